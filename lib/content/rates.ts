import 'server-only';
import { sql } from 'kysely';
import { cache } from 'react';
import { getReaderDb } from '@/lib/db/client';

/** The currencies the ticker shows, in its order. */
export const TICKER_CURRENCIES = ['USD', 'EUR', 'RUB', 'TRY', 'GBP'] as const;
export type TickerCurrency = (typeof TICKER_CURRENCIES)[number];

export interface Rate {
  code: TickerCurrency;
  /** AZN for one unit of the currency, as a decimal string (exact, as stored). */
  perUnit: string;
  /** The day the rate is valid for, `YYYY-MM-DD`. */
  date: string;
  /** How it moved since the currency's previous known rate; null when there is none. */
  change: 'up' | 'down' | 'same' | null;
}

/** The newest known rate of each ticker currency, with its move since the one before; a currency never imported is left out. */
export const getTickerRates = cache(async (): Promise<Rate[]> => {
  const rows = await getReaderDb()
    .selectFrom('currency_rates')
    .distinctOn('code')
    .select([
      'code',
      'rate_date',
      // Rates are quoted per nominal (100 RUB); the ticker shows one unit, divided exactly in numeric.
      sql<string>`trim_scale(round(value / nominal, 8))`.as('perUnit'),
      // Compared per unit, so a change of nominal between two days is not a move.
      sql<number | null>`sign(value / nominal - (
        select p.value / p.nominal from currency_rates p
        where p.code = currency_rates.code and p.rate_date < currency_rates.rate_date
        order by p.rate_date desc limit 1
      ))::int`.as('direction'),
    ])
    .where('code', 'in', [...TICKER_CURRENCIES])
    .orderBy('code')
    .orderBy('rate_date', 'desc')
    .execute();
  const byCode = new Map(rows.map((row) => [row.code, row]));
  return TICKER_CURRENCIES.flatMap((code) => {
    const row = byCode.get(code);
    if (!row) return [];
    const change = row.direction === null ? null : row.direction > 0 ? 'up' : row.direction < 0 ? 'down' : 'same';
    return [{ code, perUnit: row.perUnit, date: row.rate_date, change }];
  });
});
