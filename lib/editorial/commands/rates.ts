import 'server-only';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Staff } from '@/lib/auth/sessions';
import { announceSiteChange } from '@/lib/cache/site-changes';
import { TICKER_CURRENCIES, type TickerCurrency } from '@/lib/content/rates';
import { getDb } from '@/lib/db/client';
import { audit } from '@/lib/audit/write';
import type { ActionResult } from '@/lib/editorial/shared/result';
import { calendarDay, recordVersion } from '@/lib/editorial/plumbing/fields';
import { versionedWrite } from '@/lib/editorial/plumbing/versioned-write';

export const MANUAL_SOURCE = 'manual';
const NOMINALS = [1, 10, 100, 1000] as const;

/**
 * AZN for one unit must lie within these bounds: wide enough for any of the ticker's currencies in any plausible
 * year (a lira is a few qəpik, a pound a few manat), narrow enough to catch a misplaced decimal point or a rate typed
 * for the wrong nominal.
 */
const PER_UNIT_MIN = 0.0001;
const PER_UNIT_MAX = 50;

const isoDay = calendarDay
  // A rate is set for a day that has begun somewhere: never more than a day ahead, never before the manat's redenomination.
  .refine((day) => day >= '2006-01-01' && Date.parse(`${day}T00:00:00Z`) <= Date.now() + 86_400_000, 'rateDate');

// A decimal as people type it (comma or point), within numeric(14, 6); empty: leave this currency as it is.
const decimal = z
  .string()
  .trim()
  .transform((value) => value.replace(',', '.'))
  .refine((value) => value === '' || /^\d{1,8}(\.\d{1,6})?$/.test(value), 'invalid');

const rateFields = Object.fromEntries(
  TICKER_CURRENCIES.flatMap((code) => [
    [`value_${code}`, decimal],
    [`nominal_${code}`, z.coerce.number().refine((n) => (NOMINALS as readonly number[]).includes(n), 'invalid')],
    [`version_${code}`, recordVersion],
  ]),
) as Record<`value_${TickerCurrency}`, typeof decimal> &
  Record<`nominal_${TickerCurrency}` | `version_${TickerCurrency}`, z.ZodType<number, unknown>>;

export const ratesFormSchema = z
  .object({ date: isoDay, ...rateFields })
  .superRefine((input, ctx) => {
    let any = false;
    for (const code of TICKER_CURRENCIES) {
      const value = input[`value_${code}`];
      if (value === '') continue;
      any = true;
      const perUnit = Number(value) / input[`nominal_${code}`];
      if (!(perUnit >= PER_UNIT_MIN && perUnit <= PER_UNIT_MAX)) ctx.addIssue({ code: 'custom', path: [`value_${code}`], message: 'rateRange' });
    }
    if (!any) ctx.addIssue({ code: 'custom', path: [`value_${TICKER_CURRENCIES[0]}`], message: 'required' });
  });
export type RatesFormInput = z.output<typeof ratesFormSchema>;

export interface EditableRate {
  code: TickerCurrency;
  nominal: number;
  value: string;
  source: string;
  /** 0: there is no row for this currency on this day yet. */
  version: number;
}

export interface RatesOverview {
  date: string;
  rates: EditableRate[];
  /** The newest stored rate of each currency, whatever its day, and where it came from. */
  newest: { code: TickerCurrency; date: string; nominal: number; value: string; source: string }[];
}

/** The rates stored for one day (to edit them, with their versions) and the newest of each currency. */
export async function getRatesOverview(date: string): Promise<RatesOverview> {
  const db = getDb();
  const [onDay, newest] = await Promise.all([
    db.selectFrom('currency_rates').select(['code', 'nominal', 'value', 'source', 'version']).where('rate_date', '=', date).where('code', 'in', [...TICKER_CURRENCIES]).execute(),
    db
      .selectFrom('currency_rates')
      .distinctOn('code')
      .select(['code', 'rate_date', 'nominal', 'value', 'source'])
      .where('code', 'in', [...TICKER_CURRENCIES])
      .orderBy('code')
      .orderBy('rate_date', 'desc')
      .execute(),
  ]);
  const trim = (value: string) => value.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
  return {
    date,
    rates: TICKER_CURRENCIES.map((code) => {
      const row = onDay.find((r) => r.code === code);
      const fallback = newest.find((r) => r.code === code);
      return row
        ? { code, nominal: row.nominal, value: trim(row.value), source: row.source, version: row.version }
        : { code, nominal: fallback?.nominal ?? 1, value: '', source: '', version: 0 };
    }),
    newest: TICKER_CURRENCIES.flatMap((code) => {
      const row = newest.find((r) => r.code === code);
      return row ? [{ code, date: row.rate_date, nominal: row.nominal, value: trim(row.value), source: row.source }] : [];
    }),
  };
}

/**
 * Stores the rates an editor typed for a day as the `manual` source. Each row is written only if it is still at the
 * version the editor saw (0: there was none), so a rate the importer or another editor changed meanwhile is not
 * overwritten blindly. Every page shows the ticker, so every instance is told to refresh.
 */
export async function saveManualRates(staff: Staff, input: RatesFormInput): Promise<ActionResult<{ codes: TickerCurrency[] }>> {
  const codes = TICKER_CURRENCIES.filter((code) => input[`value_${code}`] !== '');
  const saved = await versionedWrite((current) =>
    getDb()
      .transaction()
      .execute(async (trx) => {
        for (const code of codes) {
          const fields = { nominal: input[`nominal_${code}`], value: input[`value_${code}`], source: MANUAL_SOURCE };
          const expected = input[`version_${code}`];
          current(
            expected === 0
              ? await trx
                  .insertInto('currency_rates')
                  .values({ code, rate_date: input.date, ...fields })
                  .onConflict((oc) => oc.columns(['code', 'rate_date']).doNothing())
                  .returning('code')
                  .executeTakeFirst()
              : await trx
                  .updateTable('currency_rates')
                  .set({ ...fields, version: sql`version + 1`, updated_at: sql`now()` })
                  .where('code', '=', code)
                  .where('rate_date', '=', input.date)
                  .where('version', '=', expected)
                  .returning('code')
                  .executeTakeFirst(),
          );
        }
        const details = Object.fromEntries(codes.map((code) => [code, `${input[`value_${code}`]}/${input[`nominal_${code}`]}`]));
        await audit(trx, staff.id, { action: 'rates', entity: 'rates', entityId: 0, details: { date: input.date, ...details } });
      }),
  );
  if (!saved.ok) return saved;
  await announceSiteChange('rates');
  return { ok: true, data: { codes } };
}
