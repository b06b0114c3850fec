import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { createClient } from '@redis/client';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { freePort } from '../test/free-port';
import { articleIdByKey, timeUntil, withDatabase } from './content';
import { readHead } from './crawl';

/**
 * Two more instances of the same build, started as `SKIP_BUILD=1 npm start` would, on the site's database and one
 * Redis (REDIS_URL): what is changed through one of them is served by the other at once, and a page one of them
 * rendered is a cache hit on the other. Their keys live under a prefix of their own, deleted afterwards.
 */
const ARTICLE = 'caspian-sea-level-falls-another-30-cm';
const root = path.resolve(import.meta.dirname, '..');
const redisUrl = process.env.E2E_REDIS_URL!;
const keyPrefix = `anews-e2e:${randomUUID()}:`;

interface Instance {
  origin: string;
  process: ChildProcess;
  log: string[];
}
const instances: Instance[] = [];

async function startInstance(): Promise<Instance> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'run.ts'), 'start'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      SKIP_BUILD: '1',
      DATABASE_URL: process.env.E2E_DATABASE_URL,
      REDIS_URL: redisUrl,
      REDIS_KEY_PREFIX: keyPrefix,
      REVALIDATE_SECRET: process.env.E2E_REVALIDATE_SECRET,
      SITE_URL: process.env.E2E_BASE_URL,
      RATES_IMPORT: 'off',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so that `npm start`'s wrapper and the Next server it starts are stopped together.
    detached: true,
  });
  const instance = { origin: `http://127.0.0.1:${port}`, process: child, log: [] as string[] };
  child.stdout!.on('data', (chunk: Buffer) => instance.log.push(chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => instance.log.push(chunk.toString()));
  instances.push(instance);
  return instance;
}

async function untilServing(instance: Instance): Promise<void> {
  await timeUntil(async () => {
    if (instance.process.exitCode !== null) throw new Error(`an instance exited:\n${instance.log.join('').slice(-3_000)}`);
    return fetch(`${instance.origin}/robots.txt`).then((r) => r.ok, () => false);
  }, 60_000);
}

test.beforeAll(async () => {
  test.setTimeout(90_000);
  const [a, b] = [await startInstance(), await startInstance()];
  await Promise.all([untilServing(a), untilServing(b)]);
});

/**
 * On SIGTERM `next start` waits for open keep-alive connections, which its own background requests keep busy: after a
 * grace period the instance's whole process group is killed, so that nothing writes to Redis after its keys are deleted.
 */
async function stop(instance: Instance): Promise<void> {
  const group = -instance.process.pid!;
  const signal = (name: NodeJS.Signals | 0) => {
    try {
      process.kill(group, name);
      return true;
    } catch {
      return false;
    }
  };
  if (!signal('SIGTERM')) return;
  const deadline = Date.now() + 3_000;
  while (Date.now() < deadline && signal(0)) await new Promise((resolve) => setTimeout(resolve, 100));
  if (signal('SIGKILL')) await new Promise((resolve) => setTimeout(resolve, 200));
}

test.afterAll(async () => {
  await Promise.all(instances.map(stop));
  const redis = createClient({ url: redisUrl });
  await redis.connect();
  for await (const keys of redis.scanIterator({ MATCH: `${keyPrefix}*`, COUNT: 500 })) if (keys.length) await redis.del(keys);
  await redis.close();
});

const cacheOf = async (request: APIRequestContext, url: string) => (await request.get(url)).headers()['x-nextjs-cache'];

test('instances sharing Redis serve one cache: a page rendered by one is a hit on the other, a change through one is live on the other at once', async ({ playwright }) => {
  const [a, b] = instances as [Instance, Instance];
  const onA = await playwright.request.newContext({ baseURL: a.origin });
  const onB = await playwright.request.newContext({ baseURL: b.origin });
  const id = await articleIdByKey(ARTICLE);
  const original = await withDatabase(async (db) => (await db.query<{ title: string; slug: string; section: string }>(
    `select t.title, t.slug, ct.slug as section from article_translations t join articles a on a.id = t.article_id
     join category_translations ct on ct.category_id = a.category_id and ct.locale = t.locale
     where t.article_id = $1 and t.locale = 'en'`, [id])).rows[0]!);
  const page = `/en/news/${id}-${original.slug}`;
  const section = `/en/category/${original.section}`;

  // B renders and caches the pages; A, which never rendered them, serves them from the shared cache on its first request.
  for (const url of [page, section]) {
    await timeUntil(async () => (await cacheOf(onB, url)) === 'HIT');
    expect(await cacheOf(onA, url), `${url} on the instance that did not render it`).toBe('HIT');
  }

  const title = `${original.title} (corrected ${randomUUID().slice(0, 8)})`;
  const setTitle = (t: string) => withDatabase((db) => db.query("update article_translations set title = $1, updated_at = now() where article_id = $2 and locale = 'en'", [t, id]));
  const revalidateOnA = async () => {
    const response = await onA.post('/api/revalidate', { headers: { authorization: `Bearer ${process.env.E2E_REVALIDATE_SECRET}` }, data: { article: id } });
    expect(response.status()).toBe(200);
  };
  await setTitle(title);
  try {
    await revalidateOnA();
    // The very next request on B, with no waiting and no message between the instances, serves the change.
    const started = performance.now();
    expect(readHead(await (await onB.get(page)).text()).title).toContain(title);
    expect(await (await onB.get(section)).text()).toContain(title);
    console.log(`shared cache: instance B served the change made through instance A ${(performance.now() - started).toFixed(0)} ms after A's revalidation answered`);
    // And the new page is cached again, for both.
    await timeUntil(async () => (await cacheOf(onB, page)) === 'HIT');
    expect(await cacheOf(onA, page)).toBe('HIT');
  } finally {
    await setTitle(original.title);
    await revalidateOnA();
    await onA.dispose();
    await onB.dispose();
  }
});
