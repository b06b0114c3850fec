import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/client';
import { getTickerRates } from './rates';

describe('ticker rates', () => {
  it('are the seed rates, in ticker order, with their date', async () => {
    expect(await getTickerRates()).toEqual([
      { code: 'USD', perUnit: '1.7', date: '2025-10-22' },
      { code: 'EUR', perUnit: '1.9811', date: '2025-10-22' },
      { code: 'RUB', perUnit: '0.021216', date: '2025-10-22' },
      { code: 'TRY', perUnit: '0.0394', date: '2025-10-22' },
      { code: 'GBP', perUnit: '2.284', date: '2025-10-22' },
    ]);
  });

  it('use the newest day and show a rate quoted per 100 units per one unit', async () => {
    const db = getDb();
    await db.insertInto('currency_rates').values({ code: 'RUB', rate_date: '2025-10-23', nominal: 100, value: '2.1301', source: 'test' }).execute();
    try {
      const rub = (await getTickerRates()).find((rate) => rate.code === 'RUB');
      expect(rub).toEqual({ code: 'RUB', perUnit: '0.021301', date: '2025-10-23' });
    } finally {
      await db.deleteFrom('currency_rates').where('source', '=', 'test').execute();
    }
  });
});
