import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { PURGE_SECRET_HEADER } from '../lib/cache/edge';
import { untilProbeFinds } from '../scripts/edge-probe';
import { VARNISH_INSTALL_HINT } from '../scripts/edge-server';
import { articleIdByKey, staleFor, timeUntil, withDatabase } from './content';
import { readHead } from './crawl';
import { requestFrom, signInFrom } from './from-address';
import { readUnderLoad, type Tally } from './outage-load';
import { killInstance, startInstance, stopInstance, untilLogged, untilReady, type Instance } from '../scripts/instances';
import { twoInstancesBehindTheEdge } from './two-instances';
import { DEMO_EDITOR, signInToAdmin } from './users';

/**
 * The production topology on one machine: two instances of the site's build sharing the site's database and one
 * Redis (REDIS_URL), behind the edge cache (Varnish, deploy/varnish/), which every instance purges (EDGE_URLS).
 * The instances' Redis keys live under a prefix of their own, deleted afterwards.
 */
test.describe.configure({ mode: 'serial' });

const ARTICLE = 'caspian-sea-level-falls-another-30-cm';
const topology = twoInstancesBehindTheEdge('topology');
const { instances, purgeSecret } = topology;
const instanceEnv = topology.env;

const cacheOf = async (request: APIRequestContext, url: string) => (await request.get(url)).headers()['x-nextjs-cache'];

interface Story {
  id: number;
  title: string;
  slug: string;
  section: string;
}

async function englishStory(): Promise<Story> {
  const id = await articleIdByKey(ARTICLE);
  const row = await withDatabase(async (db) => (await db.query<{ title: string; slug: string; section: string }>(
    `select t.title, t.slug, ct.slug as section from article_translations t join articles a on a.id = t.article_id
     join category_translations ct on ct.category_id = a.category_id and ct.locale = t.locale
     where t.article_id = $1 and t.locale = 'en'`, [id])).rows[0]!);
  return { id, ...row };
}

test('instances sharing Redis serve one cache: a page rendered by one is a hit on the other, a change through one is live on the other at once', async ({ playwright }) => {
  const [a, b] = instances as [Instance, Instance];
  const onA = await playwright.request.newContext({ baseURL: a.origin });
  const onB = await playwright.request.newContext({ baseURL: b.origin });
  const story = await englishStory();
  const page = `/en/news/${story.id}-${story.slug}`;
  const section = `/en/category/${story.section}`;

  // B renders and caches the pages; A, which never rendered them, serves them from the shared cache on its first request.
  for (const url of [page, section]) {
    await timeUntil(async () => (await cacheOf(onB, url)) === 'HIT');
    expect(await cacheOf(onA, url), `${url} on the instance that did not render it`).toBe('HIT');
  }

  const title = `${story.title} (corrected ${randomUUID().slice(0, 8)})`;
  const setTitle = (t: string) => withDatabase((db) => db.query("update article_translations set title = $1, updated_at = now() where article_id = $2 and locale = 'en'", [t, story.id]));
  const revalidateOnA = async () => {
    const response = await onA.post('/api/revalidate', { headers: { authorization: `Bearer ${process.env.E2E_REVALIDATE_SECRET}` }, data: { article: story.id } });
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
    // And the new page is cached again, for both. Not at once on A: its warm-up and its settling pass (SETTLE_MS
    // later) render the page there too, and a request that arrives during one of those renders joins it, a MISS.
    await timeUntil(async () => (await cacheOf(onB, page)) === 'HIT' && (await cacheOf(onA, page)) === 'HIT', 20_000);
  } finally {
    await setTitle(story.title);
    await revalidateOnA();
    await onA.dispose();
    await onB.dispose();
  }
});

test.describe('behind the edge', () => {
  test.beforeEach(() => {
    test.skip(!topology.edge, VARNISH_INSTALL_HINT);
  });

  const edgeUrl = () => topology.edge!.url;

  // Pages the other tests' changes never touch: their settling purge, two seconds after each change, must not empty
  // a page under a test that counts on it being stored.
  const SEED_ARTICLE = 'aliyev-kazakhstan-visit';
  const untouchedArticlePage = async (request: APIRequestContext, locale: 'ru' | 'az' | 'en') =>
    new URL((await request.get(`/${locale}/news/${await articleIdByKey(SEED_ARTICLE)}`)).url()).pathname;
  const untouchedSection = async (request: APIRequestContext) => {
    const { section } = await englishStory();
    const other = await withDatabase(async (db) => (await db.query<{ slug: string }>(
      "select slug from category_translations where locale = 'en' and slug <> $1 order by slug limit 1", [section])).rows[0]!.slug);
    return new URL((await request.get(`/en/category/${other}`)).url()).pathname;
  };
  const titleOf = async (request: APIRequestContext, url: string) => readHead(await (await request.get(url)).text()).title ?? '';

  test('serves pages from its own store, keeps HTML and RSC payloads apart, and passes the newsroom, search and readers’ cookies', async ({ playwright }) => {
    const reader = await playwright.request.newContext({ baseURL: edgeUrl() });
    const page = await untouchedArticlePage(reader, 'en');
    await timeUntil(async () => (await reader.get(page)).headers()['x-cache'] === 'HIT');
    const html = await reader.get(page, { headers: { cookie: 'NEXT_LOCALE=en; _ga=reader-1' } });
    expect(html.headers()['x-cache']).toBe('HIT');
    expect(html.headers()['content-type']).toContain('text/html');
    // The surrogate keys are the edge's business: they never reach a reader.
    expect(html.headers()['xkey']).toBeUndefined();

    const rsc = await reader.get(`${page}?_rsc=e2e1`, { headers: { RSC: '1' } });
    expect(rsc.headers()['content-type']).toContain('text/x-component');
    const again = await reader.get(`${page}?_rsc=e2e1`, { headers: { RSC: '1' } });
    expect(again.headers()['x-cache']).toBe('HIT');
    expect(again.headers()['content-type']).toContain('text/x-component');
    // Only the edge keeps pages: a browser's copy could not be purged, and Chromium would serve it stale after a change.
    for (const response of [html, again]) expect(response.headers()['cache-control']).toBe('public, max-age=0, must-revalidate');
    // The HTML entry is still the HTML one, at the same URL with or without the RSC header asked for before.
    const htmlAfter = await reader.get(page);
    expect(htmlAfter.headers()['content-type']).toContain('text/html');
    expect(await htmlAfter.text()).toContain('<html');

    for (const url of ['/admin/sign-in', '/en/search?q=Caspian', '/api/health']) {
      const response = await reader.get(url);
      expect(response.status(), url).toBe(200);
      expect(response.headers()['x-cache'], url).toBe('PASS');
    }
    const purge = await reader.fetch('/', { method: 'PURGE', headers: { 'xkey-purge': 'site', [PURGE_SECRET_HEADER]: purgeSecret } });
    // Loopback with the secret may purge (the instances do); that is why the answer names what was purged.
    expect(await purge.text()).toMatch(/^Purged \d+/);
    expect((await reader.fetch(page, { method: 'TRACE' })).status()).toBe(405);
    await reader.dispose();
  });

  /** Editors of this run, each with the demo editor’s password, and a function that removes them again. */
  async function newEditors(count: number) {
    const run = randomUUID().slice(0, 8);
    const editors = await withDatabase(async (db) => {
      const created: { id: number; name: string; email: string; password: string }[] = [];
      for (let i = 0; i < count; i += 1) {
        const [email, name] = [`edge-${run}-${i}@anews.test`, `Edge Editor ${run} ${i}`];
        const { rows } = await db.query<{ id: number }>(
          "insert into users (email, name, role, password_hash) select $1, $2, 'editor', password_hash from users where email = $3 returning id",
          [email, name, DEMO_EDITOR.email],
        );
        created.push({ id: rows[0]!.id, name, email, password: DEMO_EDITOR.password });
      }
      return created;
    });
    const remove = () => withDatabase((db) => db.query('delete from users where email like $1', [`edge-${run}-%`]));
    return { editors, remove };
  }

  const signInAddresses = (ids: number[]) =>
    withDatabase(async (db) => (await db.query<{ user_id: number; address: string }>(
      "select user_id, details->>'address' as address from audit_log where action = 'signIn' and user_id = any($1) order by id", [ids])).rows);

  test('editors signing in through the edge from three addresses are audited with theirs, whatever they wrote into X-Forwarded-For', async () => {
    const { editors, remove } = await newEditors(3);
    try {
      const from = ['127.0.0.2', '127.0.0.3', '127.0.0.4'];
      for (const [i, editor] of editors.entries()) {
        // The third claims another address; the edge replaces what a reader writes with the address it saw.
        const outcome = await signInFrom(from[i]!, edgeUrl(), editor, i === 2 ? { 'x-forwarded-for': '198.51.100.7' } : {});
        expect(outcome.kind, editor.email).toBe('signedIn');
        const admin = await requestFrom(from[i]!, `${edgeUrl()}/admin`, { headers: { cookie: outcome.kind === 'signedIn' ? outcome.cookies.join('; ') : '' } });
        expect(admin.status, editor.email).toBe(200);
        expect(admin.body).toContain(editor.name);
      }
      // Around the edge, straight to an instance (on loopback only): the socket's address, not the one written.
      expect((await signInFrom('127.0.0.5', instances[0]!.origin, editors[0]!, { 'x-forwarded-for': '198.51.100.8, 127.0.0.1' })).kind).toBe('signedIn');
      expect(await signInAddresses(editors.map((editor) => editor.id))).toEqual([
        { user_id: editors[0]!.id, address: '127.0.0.2' },
        { user_id: editors[1]!.id, address: '127.0.0.3' },
        { user_id: editors[2]!.id, address: '127.0.0.4' },
        { user_id: editors[0]!.id, address: '127.0.0.5' },
      ]);
    } finally {
      await remove();
    }
  });

  test('25 failed sign-ins through the edge from other addresses do not stop an editor signing in through the edge from a usual one', async () => {
    test.setTimeout(90_000);
    const { editors: [editor], remove } = await newEditors(1);
    try {
      expect((await signInFrom('127.0.0.2', edgeUrl(), editor!)).kind).toBe('signedIn');
      const guesses: (string | null)[] = [];
      for (let i = 0; i < 25; i += 1) {
        const outcome = await signInFrom(`127.0.1.${10 + i}`, edgeUrl(), { email: editor!.email, password: `guess-${i}-wrong` });
        guesses.push(outcome.kind === 'refused' ? outcome.code : 'signed in');
      }
      // Twenty guesses from addresses the account never used are checked; then the account is slowed for strangers.
      expect(guesses).toEqual([...Array<string>(20).fill('credentials'), ...Array<string>(5).fill('throttled')]);
      expect((await signInFrom('127.0.0.2', edgeUrl(), editor!)).kind).toBe('signedIn');
      expect(await signInFrom('127.0.1.99', edgeUrl(), editor!)).toEqual({ kind: 'refused', code: 'throttled' });
    } finally {
      await remove();
    }
  });

  test('through the edge, a form from another site is refused, a body over the site’s limits gets 413, and no instance answers 5xx', async ({ playwright }) => {
    const stranger = await playwright.request.newContext({ baseURL: edgeUrl() });
    const form = '--x\r\nContent-Disposition: form-data; name="$ACTION_ID_0123456789abcdef0123456789abcdef01234567"\r\n\r\n\r\n--x--\r\n';
    const foreign = await stranger.post('/ru', { headers: { origin: 'https://evil.example', 'content-type': 'multipart/form-data; boundary=x' }, data: form });
    expect(foreign.status()).toBe(403);
    const huge = await stranger.post('/admin/media', { headers: { 'content-type': 'multipart/form-data; boundary=x' }, data: Buffer.alloc(12 * 1024 * 1024, 0x61) });
    expect(huge.status()).toBe(413);
    expect((await stranger.post('/api/views/ru/1', { data: Buffer.alloc(256 * 1024, 0x61) })).status()).toBe(413);
    await stranger.dispose();
  });

  test('a purge without the edge’s secret, or with a wrong one, purges nothing, even from an address allowed to purge', async ({ playwright }) => {
    const reader = await playwright.request.newContext({ baseURL: edgeUrl() });
    const page = await untouchedArticlePage(reader, 'ru');
    await timeUntil(async () => (await reader.get(page)).headers()['x-cache'] === 'HIT');
    for (const secret of [undefined, 'wrong-secret', `${purgeSecret}x`, purgeSecret.slice(0, -1)]) {
      const purge = await reader.fetch('/', { method: 'PURGE', headers: { 'xkey-purge': 'site', ...(secret ? { [PURGE_SECRET_HEADER]: secret } : {}) } });
      expect(purge.status(), String(secret)).toBe(403);
      expect((await reader.get(page)).headers()['x-cache'], String(secret)).toBe('HIT');
    }
    const purge = await reader.fetch('/', { method: 'PURGE', headers: { 'xkey-purge': `article:${await articleIdByKey(SEED_ARTICLE)}`, [PURGE_SECRET_HEADER]: purgeSecret } });
    expect(purge.status()).toBe(200);
    expect((await reader.get(page)).headers()['x-cache']).toBe('MISS');
    await reader.dispose();
  });

  test('an editor changes a story on instance A; a reader through the edge sees it at once, gets 410 once it is withdrawn, and the story back on republishing', async ({ browser, playwright }) => {
    test.setTimeout(90_000);
    const story = await englishStory();
    const page = `/en/news/${story.id}-${story.slug}`;
    const section = `/en/category/${story.section}`;
    const reader = await playwright.request.newContext({ baseURL: edgeUrl() });
    for (const url of [page, '/en', section]) {
      await timeUntil(async () => (await reader.get(url)).headers()['x-cache'] === 'HIT');
    }

    const editor = await signInToAdmin(browser, DEMO_EDITOR, instances[0]!.origin);
    await editor.goto(`/admin/articles/${story.id}?lang=en`);
    const corrected = `${story.title} (edge ${randomUUID().slice(0, 6)})`;
    const timings: Record<string, number> = {};
    try {
      await editor.getByLabel('Headline', { exact: true }).fill(corrected);
      await editor.getByRole('button', { name: 'Save', exact: true }).click();
      await expect(editor.getByRole('status')).toHaveText('Saved.');
      timings.article = await staleFor(async () => (await titleOf(reader, page)).includes(corrected), 5_000);
      timings.home = await staleFor(async () => (await (await reader.get('/en')).text()).includes(corrected), 5_000);
      timings.section = await staleFor(async () => (await (await reader.get(section)).text()).includes(corrected), 5_000);

      await editor.getByRole('button', { name: 'Unpublish' }).click();
      await editor.getByLabel('Why is it taken off the site?').fill('Edge test');
      await editor.getByRole('button', { name: 'Unpublish now' }).click();
      await expect(editor.getByText('Status: unpublished')).toBeVisible();
      timings.gone = await staleFor(async () => (await reader.get(page)).status() === 410, 5_000);
      expect(await (await reader.get('/en')).text()).not.toContain(corrected);

      await editor.getByRole('button', { name: 'Publish' }).click();
      await expect(editor.getByText('Status: published')).toBeVisible();
      timings.republished = await staleFor(async () => (await reader.get(page)).status() === 200, 5_000);
      console.log(`edge: how long readers could still get the old version after the editor's action answered (ms): ${JSON.stringify(Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, Math.round(v)])))}`);
      // The promise is a second as a rule, and `npm run bench:freshness` measures it. Here two instances, the edge and
      // the tests share two cores, and a busy moment has taken 1.25 s: the spec holds the mechanism to 3 s, far below
      // what a page would stay stale without the purge (its 300 s), and prints what it measured (staleFor does not
      // count the time a page then takes to render).
      for (const [what, ms] of Object.entries(timings)) expect(ms, what).toBeLessThan(3_000);
    } finally {
      await editor.goto(`/admin/articles/${story.id}?lang=en`);
      await editor.getByLabel('Headline', { exact: true }).fill(story.title);
      await editor.getByRole('button', { name: 'Save', exact: true }).click();
      await expect(editor.getByRole('status')).toHaveText('Saved.');
      await editor.context().close();
      await reader.dispose();
    }
  });

  test('a reader following a link through the edge after a correction gets the new story, in the page and its title', async ({ browser }) => {
    test.setTimeout(60_000);
    const story = await englishStory();
    const context = await browser.newContext({ baseURL: edgeUrl() });
    const reader = await context.newPage();
    await reader.goto(`/en/category/${story.section}`);
    const link = reader.locator(`main a[href="/en/news/${story.id}-${story.slug}"]`).first();
    await expect(link).toBeVisible();
    // The edge holds the story's old RSC payload, as after any reader's prefetch.
    const payloadUrl = `${edgeUrl()}/en/news/${story.id}-${story.slug}?_rsc=check`;
    expect(await (await fetch(payloadUrl, { headers: { RSC: '1' } })).text()).toContain(story.title);

    const corrected = `${story.title} (navigated ${randomUUID().slice(0, 6)})`;
    const setTitle = (t: string) => withDatabase((db) => db.query("update article_translations set title = $1, updated_at = now() where article_id = $2 and locale = 'en'", [t, story.id]));
    const revalidate = async () => {
      const response = await fetch(`${instances[0]!.origin}/api/revalidate`, {
        method: 'POST',
        headers: { authorization: `Bearer ${process.env.E2E_REVALIDATE_SECRET}`, 'content-type': 'application/json' },
        body: JSON.stringify({ article: story.id }),
      });
      expect(response.status).toBe(200);
    };
    await setTitle(corrected);
    try {
      await revalidate();
      await expect(async () => {
        const payload = await fetch(payloadUrl, { headers: { RSC: '1' } });
        expect(await payload.text()).toContain(corrected);
      }).toPass({ timeout: 5_000 });
      // The reader comes back to the section (a browser keeps a prefetched payload for minutes: Next's router cache, not
      // the edge's), and the prefetch and the navigation now go through the edge that held the old payload.
      await reader.reload();
      await expect(link).toBeVisible();
      const documents: string[] = [];
      reader.on('request', (request) => {
        if (request.resourceType() === 'document') documents.push(request.url());
      });
      await link.click();
      await expect(reader.getByRole('heading', { level: 1 })).toHaveText(corrected);
      await expect(reader).toHaveTitle(new RegExp(corrected.replace(/[()]/g, '\\$&')));
      // Reader links are plain anchors (no client router on reader pages): the story came as a document, through the
      // edge that held the old payload.
      expect(documents).toEqual([new URL(`/en/news/${story.id}-${story.slug}`, edgeUrl()).toString()]);
    } finally {
      await setTitle(story.title);
      await revalidate();
      await context.close();
    }
  });

  test('new rates reach every page through the edge within a second, with no page rendered again', async ({ playwright }) => {
    const reader = await playwright.request.newContext({ baseURL: edgeUrl() });
    const urls = [await untouchedArticlePage(reader, 'en'), await untouchedArticlePage(reader, 'ru'), await untouchedArticlePage(reader, 'az'), await untouchedSection(reader)];
    for (const url of urls) await timeUntil(async () => (await reader.get(url)).headers()['x-cache'] === 'HIT');

    const usd = await withDatabase(async (db) => (await db.query<{ rate_date: string; value: string }>(
      "select rate_date::text, value::text from currency_rates where code = 'USD' order by rate_date desc limit 1")).rows[0]!);
    const setUsd = async (value: string) => withDatabase(async (db) => {
      await db.query("update currency_rates set value = $1 where code = 'USD' and rate_date = $2", [value, usd.rate_date]);
      // Exactly what lib/editorial/commands/rates.ts and the daily import announce after writing rates.
      await db.query("select pg_notify('newsroom_site_changes', 'rates')");
    });
    const usdOn = async (url: string) => {
      const response = await reader.get(url);
      const match = /data-currency="USD">.*?tabular-nums">([^<]+)</.exec(await response.text());
      // Russian and Azerbaijani write a decimal comma.
      return { shown: match?.[1]?.replace(',', '.'), page: response.headers()['x-cache-assembly'] };
    };
    try {
      await setUsd('1.7777');
      const ms = await staleFor(async () => (await usdOn(urls[0]!)).shown === '1.7777', 5_000);
      console.log(`edge: the old rates were served for ${Math.round(ms)} ms after the new ones were announced`);
      for (const url of urls) {
        const { shown, page } = await usdOn(url);
        expect(shown, url).toBe('1.7777');
        // The whole page was put together again at the edge from the page it kept: no origin rendered or sent it.
        expect(page, url).toBe('HIT');
      }
      expect(ms).toBeLessThan(1_000);
    } finally {
      await setUsd(usd.value);
      await reader.dispose();
    }
  });

  /** Six readers through the edge until stopped; `answered(n)` resolves once n more of their requests were answered. */
  function readersThroughTheEdge(urls: string[]) {
    let running = true;
    let count = 0;
    let waiting: { target: number; resolve: () => void }[] = [];
    const tally = readUnderLoad(edgeUrl(), urls, () => running, {
      concurrency: 6,
      onAnswer: ({ requests }) => {
        count = requests;
        for (const waiter of waiting) if (count >= waiter.target) waiter.resolve();
        waiting = waiting.filter((waiter) => count < waiter.target);
      },
    });
    return {
      answered: (more: number) => new Promise<void>((resolve) => waiting.push({ target: count + more, resolve })),
      count: () => count,
      stop: () => ((running = false), tally),
    };
  }

  /** What readers read while an instance goes away: pages the edge keeps, and the instances' own health, never kept. */
  const readerUrls = async () => {
    const story = await englishStory();
    return ['/en', `/en/news/${story.id}-${story.slug}`, '/ru/latest', '/api/health', '/en/rss.xml', '/sitemap.xml'];
  };

  /**
   * Starts instance `index` again on its port; resolves once the edge has sent it a reader's request (its access log
   * names a request id the edge made), with how long the start and the edge's return to it took. Readers' health
   * checks are the requests that surely reach it, and the access log has them at the debug level.
   */
  async function restartIntoRotation(index: number): Promise<{ readyMs: number; inRotationMs: number }> {
    const started = performance.now();
    instances[index] = await startInstance({ ...instanceEnv(), LOG_LEVEL: 'debug' }, instances[index]!.port);
    const fromTheEdge = untilLogged(instances[index], (line) => line.path === '/api/health' && String(line.requestId).startsWith('edge-'), 60_000);
    await untilReady(instances[index]);
    const ready = performance.now();
    await fromTheEdge;
    return { readyMs: ready - started, inRotationMs: performance.now() - ready };
  }

  const expectEveryAnswerGood = (tally: Tally) => {
    expect(tally.requests).toBeGreaterThan(100);
    expect(tally.wrong).toEqual([]);
    expect(Object.keys(tally.statuses)).toEqual(['200']);
  };

  test('restarting one of two instances under load fails no request', async () => {
    test.setTimeout(120_000);
    const readers = readersThroughTheEdge(await readerUrls());
    await readers.answered(50);
    const stopped = performance.now();
    await stopInstance(instances[1]!, 15_000);
    const drainedMs = performance.now() - stopped;
    const back = await restartIntoRotation(1);
    const tally = await readers.stop();
    console.log(`edge: instance B drained and exited in ${Math.round(drainedMs)} ms, was ready ${Math.round(back.readyMs)} ms after its start and served the edge ${Math.round(back.inRotationMs)} ms later; answers during the restart: ${JSON.stringify(tally.statuses)}`);
    expectEveryAnswerGood(tally);
  });

  test('killing one of two instances outright (kill -9) under load fails no reader request, and once restarted it serves again', async () => {
    test.setTimeout(180_000);
    const readers = readersThroughTheEdge(await readerUrls());
    await readers.answered(50);
    const sick = untilProbeFinds(topology.edge!, 1, 'sick');
    const [killed, atKill] = [performance.now(), readers.count()];
    await killInstance(instances[1]!);
    // Every page must now come from an origin again, while the edge still takes the dead one for ready.
    const purge = await fetch(`${edgeUrl()}/`, { method: 'PURGE', headers: { 'xkey-purge': 'site', [PURGE_SECRET_HEADER]: purgeSecret } });
    expect(purge.status).toBe(200);
    await sick;
    const noticedMs = performance.now() - killed;
    const beforeNoticed = readers.count() - atKill;
    // And a while with instance A alone.
    await readers.answered(300);
    const downMs = performance.now() - killed;
    const back = await restartIntoRotation(1);
    const tally = await readers.stop();
    console.log(
      `edge: instance B killed (SIGKILL) under load; the probe found it sick after ${Math.round(noticedMs)} ms, ${beforeNoticed} answers later; ` +
        `${tally.requests} answers through the edge in all, statuses ${JSON.stringify(tally.statuses)}, ${tally.wrong.length} wrong; ` +
        `B was down ${Math.round(downMs)} ms, ready ${Math.round(back.readyMs)} ms after its restart, and served the edge again ${Math.round(back.inRotationMs)} ms after that`,
    );
    expectEveryAnswerGood(tally);
  });

  test('while no origin answers, the edge serves the pages it has, stale ones included, and a plain 503 for the rest', async ({ playwright }) => {
    test.setTimeout(60_000);
    const reader = await playwright.request.newContext({ baseURL: edgeUrl() });
    await timeUntil(async () => (await reader.get('/en/latest')).headers()['x-cache'] === 'HIT');
    // Stale, as after its lifetime ran out: without an origin the edge keeps serving it (grace).
    await reader.fetch('/', { method: 'PURGE', headers: { 'xkey-softpurge': 'latest:en', [PURGE_SECRET_HEADER]: purgeSecret } });
    for (const instance of instances) await stopInstance(instance, 10_000);
    // The probe takes both out of rotation.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const stale = await reader.get('/en/latest');
    expect(stale.status()).toBe(200);
    expect(await stale.text()).toContain('<html');
    const never = await reader.get(`/en/tag/never-cached-${randomUUID().slice(0, 8)}`);
    expect(never.status()).toBe(503);
    expect(never.headers()['cache-control']).toBe('no-store');
    expect(never.headers()['retry-after']).toBe('5');
    await reader.dispose();
  });
});
