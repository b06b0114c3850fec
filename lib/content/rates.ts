import 'server-only';
import { sql } from 'kysely';
import { cache } from 'react';
import { getDb } from '@/lib/db/client';

/** The currencies the ticker shows, in its order. */
export const TICKER_CURRENCIES = ['USD', 'EUR', 'RUB', 'TRY', 'GBP'] as const;
export type TickerCurrency = (typeof TICKER_CURRENCIES)[number];

export interface Rate {
  code: TickerCurrency;
  /** AZN for one unit of the currency, as a decimal string (exact, as stored). */
  perUnit: string;
  /** The day the rate is valid for, `YYYY-MM-DD`. */
  date: string;
}

/** The newest known rate of each ticker currency; a currency never imported is left out. */
export const getTickerRates = cache(async (): Promise<Rate[]> => {
  const rows = await getDb()
    .selectFrom('currency_rates')
    .distinctOn('code')
    .select([
      'code',
      'rate_date',
      // Rates are quoted per nominal (100 RUB); the ticker shows one unit, divided exactly in numeric.
      sql<string>`trim_scale(round(value / nominal, 8))`.as('perUnit'),
    ])
    .where('code', 'in', [...TICKER_CURRENCIES])
    .orderBy('code')
    .orderBy('rate_date', 'desc')
    .execute();
  const byCode = new Map(rows.map((row) => [row.code, row]));
  return TICKER_CURRENCIES.flatMap((code) => {
    const row = byCode.get(code);
    if (!row) return [];
    return [{ code, perUnit: row.perUnit, date: row.rate_date }];
  });
});
