import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { articleIdByKey, withDatabase } from './content';

/**
 * Hostile input against every public route and parameter: percent-encoding that decodes to `%`, NUL, control
 * characters, lone surrogates and invalid UTF-8, ids past 2^31, impossible numbers, path traversal, markup, SQL, huge
 * values, and forged headers. Whatever comes in, the site answers below 500, logs no stack trace, and writes nothing:
 * the content tables and the media folder are as they were.
 */
const HOSTILE = [
  '%25', '%2525', '%00', 'a%00b', '%0A', '%0D%0Aset-cookie:%20x=1', '%ED%A0%80', '%ED%BF%BF', '%FF', '%C0%AF', '%E0%A4%A',
  '%', '..', '..%2F..%2Fetc%2Fpasswd', '%2F%2Fevil.example', '%5C%5Cevil.example', "'%20or%201=1--", '%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '2147483648', '99999999999999999999', '-1', '0', '1e309', 'NaN', '0x10', '%E2%80%AE', '%F0%9F%98%80', 'x'.repeat(3_000),
  '%C4%B1%C3%9F', 'A%CC%8A', '%EF%BB%BF', '.%2E', '%3F%23', '~', '*',
  // Numbers JavaScript reads and PostgreSQL refuses (a search cursor), and what tsquery would read as syntax.
  '1e-999_5', '-1e-999_5', '1e-400_1', 'x.test%2Fa%3Ab', 'a%40b.az', '%3A%26%7C!*()%3C-%3E', '%5C%27%22', 'x%CC%81y', '%E2%80%8Fbaku',
];

// Where a hostile value goes: each template's `$` is replaced by one value.
function templates(article: number): string[] {
  return [
    '/$',
    '/ru/$',
    '/ru/news/$',
    `/ru/news/${article}-$`,
    '/az/news/$-slug',
    `/az/news/${article}-$/og.png`,
    '/en/news/$/og.png',
    '/ru/category/$',
    '/az/category/$/rss.xml',
    '/en/tag/$',
    '/ru/author/$',
    '/ru/latest/before/$',
    '/az/latest?before=$',
    '/en/category/economy?before=$',
    '/ru/search?q=$',
    '/en/search?q=baku&after=$',
    '/sitemaps/$/articles-0.xml',
    '/sitemaps/ru/articles-$.xml',
    '/media/$',
    '/media/1/$/320.jpg',
    '/media/1/0123456789abcdef/$',
    '/fragments/$/ru',
    '/fragments/rates/$',
    '/api/language?to=$',
    '/api/language?to=/ru/$',
    '/admin/locale?to=$&back=$',
    '/api/admin/preview?article=$&locale=ru',
    '/api/health?$',
  ];
}

// What a refused request could write. Not sessions, the audit log or views: the readers' specs beside this one sign
// in and read articles while it runs.
const TABLES = ['articles', 'article_translations', 'article_revisions', 'categories', 'tags', 'media', 'users', 'site_settings', 'currency_rates', 'breaking_news'];

const counts = () => withDatabase(async (db) => {
  const { rows } = await db.query<{ counts: Record<string, number> }>(
    `select json_build_object(${TABLES.map((table) => `'${table}', (select count(*) from ${table})`).join(', ')}) as counts`,
  );
  return rows[0]!.counts;
});

function filesUnder(dir: string): number {
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) n += entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : 1;
  return n;
}

test('a thousand hostile requests: no server error, no stack trace in the log, nothing written', async ({ request }) => {
  test.setTimeout(300_000);
  const article = await articleIdByKey('aliyev-kazakhstan-visit');
  const log = process.env.E2E_SITE_LOG!;
  const logStart = statSync(log).size;
  const before = await counts();
  const mediaBefore = filesUnder(process.env.E2E_MEDIA_DIR!);

  const requests: { method: string; url: string; headers?: Record<string, string>; data?: string }[] = [];
  for (const template of templates(article)) for (const value of HOSTILE) requests.push({ method: 'GET', url: template.replaceAll('$', value) });
  for (const value of HOSTILE) {
    // The view beacon and the revalidation hook take ids and bodies.
    requests.push({ method: 'POST', url: `/api/views/ru/${value}` });
    requests.push({ method: 'POST', url: `/api/views/${value}/${article}` });
    requests.push({ method: 'POST', url: '/api/revalidate', headers: { 'content-type': 'application/json' }, data: `{"article":"${value}"}` });
  }
  // Forged headers on a page and on the sign-in page.
  for (const [name, value] of [
    ['host', 'evil.example'], ['x-forwarded-host', 'evil.example'], ['x-forwarded-for', '1.2.3.4, <script>'], ['origin', 'https://evil.example'],
    ['cookie', 'NEXT_LOCALE=%00; authjs.session-token=garbage'], ['accept-language', 'x'.repeat(4_000)], ['rsc', '1'], ['next-router-state-tree', '%7B%22x'],
    ['next-action', 'deadbeef'], ['range', 'bytes=99999999999-'], ['if-none-match', '"x"'.repeat(500)],
  ] as const) {
    for (const url of ['/ru', `/ru/news/${article}`, '/admin/sign-in', '/media/1']) requests.push({ method: 'GET', url, headers: { [name]: value } });
    requests.push({ method: 'POST', url: '/ru', headers: { [name]: value, 'next-action': 'deadbeef', 'content-type': 'text/plain' }, data: '[]' });
  }
  expect(requests.length).toBeGreaterThanOrEqual(1_000);
  // A form of this site posted without script (the action's id in the body, no Next-Action) from another site.
  const formFromElsewhere = { 'content-type': 'multipart/form-data; boundary=x' };
  const formBody = '--x\r\nContent-Disposition: form-data; name="$ACTION_ID_0123456789abcdef0123456789abcdef01234567"\r\n\r\n\r\n--x--\r\n';
  for (const origin of ['https://evil.example', 'null', 'http://127.0.0.1.evil.example']) {
    for (const url of ['/ru', `/ru/news/${article}`, '/admin/sign-in', '/admin']) {
      requests.push({ method: 'POST', url, headers: { ...formFromElsewhere, origin }, data: formBody });
    }
  }

  const errors: string[] = [];
  // Eight at a time: a crawler's pace, not a load test.
  for (let i = 0; i < requests.length; i += 8) {
    await Promise.all(requests.slice(i, i + 8).map(async ({ method, url, headers, data }) => {
      const response = await request.fetch(url, { method, headers, data, maxRedirects: 0, failOnStatusCode: false });
      if (response.status() >= 500) errors.push(`${response.status()} ${method} ${url.slice(0, 120)} ${JSON.stringify(headers ?? {}).slice(0, 80)}`);
    }));
  }
  expect(errors).toEqual([]);

  // Refusals changed nothing, in the database or the media folder.
  expect(await counts()).toEqual(before);
  expect(filesUnder(process.env.E2E_MEDIA_DIR!)).toBe(mediaBefore);
  const logged = readFileSync(log).subarray(logStart).toString();
  // The log is JSON lines (lib/ops/log.mjs): a stack would be an error's "stack" there.
  expect(logged.match(/^.*(\n\s+at .+\(.+:\d+:\d+\)|⨯|Error:|"stack":).*$/gm) ?? []).toEqual([]);
});
