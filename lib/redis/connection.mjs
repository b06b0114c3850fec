// @ts-check
import { createClient, RESP_TYPES } from '@redis/client';
import { processWide } from '../ops/singleton.mjs';

/**
 * One Redis connection per process and URL, shared by every cache handler instance (Next makes one per request).
 * Redis is a cache, not a dependency: when it is unreachable or slow, `run` answers its fallback at once, the page is
 * rendered as on a miss, and the outage is logged once (and its end once).
 */
const CONNECT_TIMEOUT_MS = 1_000;
const COMMAND_TIMEOUT_MS = 1_000;
// Within a second of Redis coming back, the instances share one cache again.
const MAX_RECONNECT_DELAY_MS = 1_000;

/** @param {string} url */
function open(url) {
  const client = createClient({
    url,
    // A command sent while disconnected fails at once instead of waiting in a queue behind a reader's request.
    disableOfflineQueue: true,
    socket: {
      connectTimeout: CONNECT_TIMEOUT_MS,
      reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, MAX_RECONNECT_DELAY_MS),
    },
  }).withCommandOptions({ timeout: COMMAND_TIMEOUT_MS, typeMapping: { [RESP_TYPES.BLOB_STRING]: Buffer } });
  return client;
}

/** @typedef {ReturnType<typeof open>} RedisClient */

export class SharedRedis {
  /** @param {string} url */
  constructor(url) {
    this.url = url;
    /** @type {RedisClient} */
    this.client = open(url);
    this.down = false;
    /** @type {Set<() => void>} */
    this.readyListeners = new Set();
    this.client.on('error', (/** @type {Error} */ error) => this.reportDown(error));
    this.client.on('ready', () => this.reportUp());
    // The first request after start waits for the first connection (at most the connect timeout); later ones never wait.
    /** @type {Promise<void>} */
    this.firstConnection = Promise.race([
      this.client.connect().then(() => undefined),
      new Promise((resolve) => setTimeout(resolve, CONNECT_TIMEOUT_MS).unref()),
    ]).catch((/** @type {unknown} */ error) => this.reportDown(error));
  }

  /** @param {unknown} error */
  reportDown(error) {
    if (this.down) return;
    this.down = true;
    const reason = error instanceof Error ? error.message || error.name : String(error);
    console.error(`[cache] Redis at ${redactedUrl(this.url)} is unreachable (${reason}); pages are rendered without the shared cache until it is back`);
  }

  reportUp() {
    if (!this.down) return;
    this.down = false;
    console.info(`[cache] Redis at ${redactedUrl(this.url)} answers again; pages use the shared cache`);
    for (const listener of this.readyListeners) listener();
  }

  /**
   * Runs `operation` on the connection; answers `fallback` when Redis is not connected or the command fails.
   * @template T
   * @param {(client: RedisClient) => Promise<T>} operation
   * @param {T} fallback
   * @returns {Promise<T>}
   */
  async run(operation, fallback) {
    await this.firstConnection;
    if (!this.client.isReady) {
      this.reportDown(new Error('not connected'));
      return fallback;
    }
    try {
      const result = await operation(this.client);
      // A timeout is an outage too, which ends without a reconnection.
      this.reportUp();
      return result;
    } catch (error) {
      this.reportDown(error);
      return fallback;
    }
  }

  /** @param {() => void} listener called every time Redis answers again after an outage */
  onReady(listener) {
    this.readyListeners.add(listener);
  }

  async close() {
    this.readyListeners.clear();
    if (this.client.isOpen) await this.client.close();
    else this.client.destroy();
  }
}

/** @param {string} url */
function redactedUrl(url) {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'REDIS_URL';
  }
}

/** @type {() => Map<string, SharedRedis>} */
const connections = () => processWide('newsroom.redisConnections', () => new Map());

/** @param {string} url */
export function sharedRedis(url) {
  let connection = connections().get(url);
  if (!connection) {
    connection = new SharedRedis(url);
    connections().set(url, connection);
  }
  return connection;
}

/** Closes every connection of this process (tests; Next's process simply exits). */
export async function closeRedisConnections() {
  const open = [...connections().values()];
  connections().clear();
  await Promise.all(open.map((connection) => connection.close()));
}
