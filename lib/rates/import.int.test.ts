import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getTickerRates } from '@/lib/content/rates';
import { getDb } from '@/lib/db/client';
import { demoPreviousRates } from '@/lib/demo';
import { startCbarFixtureServer, type FixtureServer } from '@/test/cbar-server';
import { freePort } from '@/test/free-port';
import { listenForSiteChanges } from '@/test/notifications';
import { importRates, ratesUrl } from './import';

let bank: FixtureServer;
beforeAll(async () => {
  bank = await startCbarFixtureServer();
});
afterAll(() => bank.close());
afterEach(async () => {
  await getDb().deleteFrom('currency_rates').where('source', '=', 'cbar').execute();
  // The 21 October fixture lands on the demo's day before (the ticker's move, read by lib/content/rates.int.test.ts):
  // that day is put back as the demo has it.
  await getDb()
    .insertInto('currency_rates')
    .values(Object.entries(demoPreviousRates.values).map(([code, value]) => ({ code, rate_date: demoPreviousRates.date, value, source: 'demo' })))
    .onConflict((oc) => oc.columns(['code', 'rate_date']).doNothing())
    .execute();
});

async function storedOn(day: string) {
  const rows = await getDb()
    .selectFrom('currency_rates')
    .select(['code', 'nominal', 'value', 'version'])
    .where('rate_date', '=', day)
    .where('source', '=', 'cbar')
    .orderBy('code')
    .execute();
  return Object.fromEntries(rows.map((row) => [row.code, row]));
}

// The fixtures are dated before the demo rates (22.10.2025), so the ticker other tests read keeps its day; the 21st is
// the demo's day before, put back after each test.
describe('rates importer', () => {
  it('builds the address of a day from the template', () => {
    expect(ratesUrl('2025-10-20', 'https://www.cbar.az/currencies/{DD.MM.YYYY}.xml')).toBe('https://www.cbar.az/currencies/20.10.2025.xml');
  });

  it('stores every currency of a good file under its date, and a repeat import changes nothing', async () => {
    const changes = await listenForSiteChanges();
    try {
      const first = await importRates('2025-10-20', { url: bank.url('/fixture/good-2025-10-20.xml') });
      expect(first).toMatchObject({ ok: true, date: '2025-10-20', stored: 10, skipped: [] });
      const stored = await storedOn('2025-10-20');
      expect(Object.keys(stored)).toHaveLength(10);
      expect(stored.USD).toMatchObject({ nominal: 1, value: '1.700000', version: 1 });
      expect(stored.RUB).toMatchObject({ nominal: 1, value: '0.021100' });
      expect(stored.JPY).toMatchObject({ nominal: 100, value: '1.120300' });
      expect(stored.KRW).toMatchObject({ nominal: 100, value: '0.119500' });
      await changes.settle();
      expect(changes.received).toEqual(['rates']);

      const again = await importRates('2025-10-20', { url: bank.url('/fixture/good-2025-10-20.xml') });
      expect(again).toMatchObject({ ok: true, changed: [] });
      expect((await storedOn('2025-10-20')).USD?.version).toBe(1);
      await changes.settle();
      // Nothing changed, so cached pages are left alone.
      expect(changes.received).toEqual(['rates']);
    } finally {
      await changes.close();
    }
  });

  it('keeps history per day; a corrected file rewrites only the rows that changed', async () => {
    await importRates('2025-10-20', { url: bank.url('/fixture/good-2025-10-20.xml') });
    const next = await importRates('2025-10-21', { url: bank.url('/fixture/good-2025-10-21.xml') });
    expect(next).toMatchObject({ ok: true, date: '2025-10-21' });
    expect((await storedOn('2025-10-20')).EUR?.value).toBe('1.974500');
    expect((await storedOn('2025-10-21')).EUR?.value).toBe('1.976800');

    // A file is stored under the day it is valid for, whatever day was asked for.
    expect(await importRates('2025-10-20', { url: bank.url('/fixture/good-2025-10-21.xml') })).toMatchObject({ ok: true, date: '2025-10-21', changed: [] });

    // The bank corrects the 20th: only the rows whose value changed are rewritten, with a new version.
    await getDb().updateTable('currency_rates').set({ value: '1.9' }).where('code', '=', 'EUR').where('rate_date', '=', '2025-10-20').execute();
    const corrected = await importRates('2025-10-20', { url: bank.url('/fixture/good-2025-10-20.xml') });
    expect(corrected).toMatchObject({ ok: true, changed: ['EUR'] });
    const day = await storedOn('2025-10-20');
    expect(day.EUR).toMatchObject({ value: '1.974500', version: 2 });
    expect(day.USD?.version).toBe(1);
  });

  it('imports the valid currencies of a partial file and reports the rest', async () => {
    const result = await importRates('2025-10-19', { url: bank.url('/fixture/partial-2025-10-19.xml') });
    expect(result).toMatchObject({ ok: true, date: '2025-10-19', stored: 3 });
    expect(Object.keys(await storedOn('2025-10-19'))).toEqual(['JPY', 'RUB', 'USD']);
  });

  it.each([
    ['an HTML error page', '/fixture/html-error.html', /does not start with <ValCurs>/],
    ['truncated XML', '/fixture/truncated-2025-10-20.xml', /not well-formed/],
    ['a file without a date', '/fixture/no-date.xml', /Date/],
    ['non-numeric values', '/fixture/non-numeric-2025-10-20.xml', /no valid rate/],
    ['a server error', '/status/503', /503/],
    ['a missing file', '/status/404', /404/],
  ])('keeps the last good rates when the bank answers %s', async (_, pathname, reason) => {
    await importRates('2025-10-20', { url: bank.url('/fixture/good-2025-10-20.xml') });
    const before = await storedOn('2025-10-20');
    const ticker = await getTickerRates();
    const result = await importRates('2025-10-20', { url: bank.url(pathname) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(reason);
    expect(await storedOn('2025-10-20')).toEqual(before);
    const usdEur = (rates: typeof ticker) => rates.filter((rate) => rate.code === 'USD' || rate.code === 'EUR');
    expect(usdEur(await getTickerRates())).toEqual(usdEur(ticker));
  });

  it('fails cleanly when the bank is unreachable (connection refused) or does not answer in time', async () => {
    const closed = await freePort();
    const refused = await importRates('2025-10-20', { url: `http://127.0.0.1:${closed}/20.10.2025.xml` });
    expect(refused).toMatchObject({ ok: false });
    if (!refused.ok) expect(refused.error).toMatch(/ECONNREFUSED|fetch failed/);

    const started = Date.now();
    const hung = await importRates('2025-10-20', { url: bank.url('/hang'), timeoutMs: 300 });
    expect(hung).toMatchObject({ ok: false });
    if (!hung.ok) expect(hung.error).toMatch(/timeout|aborted/i);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await storedOn('2025-10-20')).toEqual({});
  });
});
