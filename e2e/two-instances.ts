import { randomBytes, randomUUID } from 'node:crypto';
import { test } from '@playwright/test';
import { findVarnishd, startEdge, type Edge } from '../scripts/edge-server';
import { behindTheEdge, startInstance, stopInstance, untilReady, type Instance } from '../scripts/instances';
import { freePort } from '../test/free-port';
import { deleteKeysUnder } from '../test/redis-keys';

/**
 * The production topology for a spec: two instances of the site's build sharing the e2e database, its uploads and one
 * Redis (their keys under a prefix of the spec's own, deleted afterwards), behind the edge (Varnish) when it is
 * installed, which every instance purges with the spec's secret. Called at a spec's top level: it starts them before
 * the spec's tests and stops them after.
 */
export function twoInstancesBehindTheEdge(name: string) {
  const redisUrl = process.env.E2E_REDIS_URL!;
  const setup = {
    instances: [] as Instance[],
    edge: undefined as Edge | undefined,
    edgePort: 0,
    keyPrefix: `anews-e2e-${name}:${randomUUID()}:`,
    purgeSecret: randomBytes(24).toString('base64url'),
    redisUrl,
    /** An address through the edge. */
    edgeUrl: (path = '') => `http://127.0.0.1:${setup.edgePort}${path}`,
    /** What an instance of this topology is started with. */
    env: () => ({
      DATABASE_URL: process.env.E2E_DATABASE_URL!,
      REVALIDATE_SECRET: process.env.E2E_REVALIDATE_SECRET!,
      SITE_URL: process.env.E2E_BASE_URL!,
      REDIS_URL: redisUrl,
      REDIS_KEY_PREFIX: setup.keyPrefix,
      // Purging the edge with its secret, trusting it for the reader's address, reachable on loopback alone.
      ...behindTheEdge(`http://127.0.0.1:${setup.edgePort}`, setup.purgeSecret),
      // The uploads of the site's database, as instances of one site share them (a shared volume in production).
      NEWSROOM_MEDIA_DIR: process.env.E2E_MEDIA_DIR!,
    }),
  };
  test.beforeAll(async () => {
    test.setTimeout(180_000);
    setup.edgePort = await freePort();
    setup.instances.push(await startInstance(setup.env()), await startInstance(setup.env()));
    await Promise.all(setup.instances.map((instance) => untilReady(instance)));
    if (findVarnishd()) setup.edge = await startEdge({ port: setup.edgePort, origins: setup.instances.map((instance) => instance.origin), purgeSecret: setup.purgeSecret });
  });
  test.afterAll(async () => {
    await setup.edge?.stop();
    await Promise.all(setup.instances.map((instance) => stopInstance(instance, 3_000)));
    await deleteKeysUnder(setup.keyPrefix, redisUrl);
  });
  return setup;
}
