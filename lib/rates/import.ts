import 'server-only';
import { sql } from 'kysely';
import { announceSiteChange } from '@/lib/cache/site-changes';
import { TICKER_CURRENCIES } from '@/lib/content/rates';
import { getDb } from '@/lib/db/client';
import { parseCbarRates, toCbarDay } from './cbar';
import { env } from '@/lib/ops/env.mjs';

const SOURCE = 'cbar';
const MAX_BYTES = 1_000_000;

export type RatesImportResult =
  | { ok: true; date: string; stored: number; changed: string[]; skipped: string[] }
  | { ok: false; error: string };

/** The file's address for a day, from CBAR_RATES_URL (a template with `{DD.MM.YYYY}`), else the bank's own. */
export function ratesUrl(day: string, template = env().CBAR_RATES_URL): string {
  return template.replaceAll('{DD.MM.YYYY}', toCbarDay(day));
}

/** Today in Baku, `YYYY-MM-DD`: the bank's day, whatever the server's time zone. */
export function bakuToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Baku' }).format(now);
}

async function download(url: string, timeoutMs: number): Promise<string> {
  const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/xml, text/xml' } });
  if (!response.ok) throw new Error(`the bank answered ${response.status} ${response.statusText}`);
  const body = await response.text();
  if (body.length > MAX_BYTES) throw new Error(`the answer is ${body.length} characters long, more than a rates file`);
  return body;
}

/**
 * Fetches the bank's rates of `day` and stores every valid currency under the day the file says it is valid for
 * (upsert by code and day, so a repeated import changes nothing). Anything wrong (unreachable bank, timeout, an
 * error page, broken XML) leaves the stored rates exactly as they were, so the ticker keeps the last good ones;
 * the result says what happened and the caller logs it.
 *
 * Only when a ticker currency actually changed are reader pages told to refresh: every page shows the ticker, and
 * `revalidateEverything()` marks them stale so each regenerates on its next visit, not all at once. Importing an
 * unchanged file, or one whose changes the ticker does not show, costs the cache nothing.
 */
export async function importRates(day: string, { timeoutMs = 15_000, url = ratesUrl(day) } = {}): Promise<RatesImportResult> {
  let parsed;
  try {
    parsed = parseCbarRates(await download(url, timeoutMs));
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return { ok: false, error: `${url}: ${error instanceof Error ? error.message : String(error)}${cause}` };
  }
  const { date, rates, skipped } = parsed;
  const changedRows = await getDb()
    .insertInto('currency_rates')
    .values(rates.map((rate) => ({ code: rate.code, rate_date: date, nominal: rate.nominal, value: rate.value, source: SOURCE })))
    .onConflict((oc) =>
      oc
        .columns(['code', 'rate_date'])
        .doUpdateSet({
          nominal: (eb) => eb.ref('excluded.nominal'),
          value: (eb) => eb.ref('excluded.value'),
          source: (eb) => eb.ref('excluded.source'),
          version: sql<number>`currency_rates.version + 1`,
          updated_at: sql<Date>`now()`,
        })
        .where(sql<boolean>`(currency_rates.value, currency_rates.nominal) is distinct from (excluded.value, excluded.nominal)`),
    )
    .returning('code')
    .execute();
  const changed = changedRows.map((row) => row.code);
  if (changed.some((code) => (TICKER_CURRENCIES as readonly string[]).includes(code))) await announceSiteChange('rates');
  return { ok: true, date, stored: rates.length, changed, skipped };
}

/** One line for the log, so an operator sees at a glance whether the ticker moved or kept the last good rates. */
export function describeImport(day: string, result: RatesImportResult): string {
  if (!result.ok) return `[rates] import for ${day} failed, the last good rates stay on the ticker: ${result.error}`;
  const skipped = result.skipped.length ? `; skipped ${result.skipped.join(', ')}` : '';
  return `[rates] ${result.stored} rates valid for ${result.date}: ${result.changed.length} new or changed${skipped}`;
}
