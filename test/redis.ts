import net from 'node:net';
import { env } from '@/lib/ops/env.mjs';

/**
 * The Redis the tests use for the shared page cache (lib/cache/redis/): TEST_REDIS_URL, else the usual local server.
 * Tests write only under a key prefix of their own and delete only those keys.
 */
export const TEST_REDIS_URL = env().TEST_REDIS_URL;

export const REDIS_INSTALL_HINT = [
  `No Redis answers at ${TEST_REDIS_URL}; the shared page cache (REDIS_URL) is tested against a real one. Either:`,
  '  Debian/Ubuntu:  sudo apt-get install -y redis-server      (listens on 127.0.0.1:6379)',
  '  elsewhere:      docker run -d -p 6379:6379 redis:7',
  '  or point TEST_REDIS_URL at an existing Redis server (its other keys are never touched).',
].join('\n');

/** Whether something accepts TCP connections at the Redis URL's host and port (within a second). */
export function redisAnswers(url = TEST_REDIS_URL): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname.replace(/^\[|\]$/g, ''), port: Number(port || 6379) });
    const done = (answered: boolean) => {
      socket.destroy();
      resolve(answered);
    };
    socket.setTimeout(1_000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}
