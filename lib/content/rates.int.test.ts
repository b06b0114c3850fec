import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/client';
import { getTickerRates } from './rates';

describe('ticker rates', () => {
  it("are the seed rates, in ticker order, with their date and their move since the day before's", async () => {
    expect(await getTickerRates()).toEqual([
      { code: 'USD', perUnit: '1.7', date: '2025-10-22', change: 'same' },
      { code: 'EUR', perUnit: '1.9811', date: '2025-10-22', change: 'up' },
      { code: 'RUB', perUnit: '0.021216', date: '2025-10-22', change: 'down' },
      { code: 'TRY', perUnit: '0.0394', date: '2025-10-22', change: 'down' },
      { code: 'GBP', perUnit: '2.284', date: '2025-10-22', change: 'up' },
    ]);
  });

  it('use the newest day and show a rate quoted per 100 units per one unit, compared per unit with the day before', async () => {
    const db = getDb();
    await db.insertInto('currency_rates').values({ code: 'RUB', rate_date: '2025-10-23', nominal: 100, value: '2.1301', source: 'test' }).execute();
    try {
      const rub = (await getTickerRates()).find((rate) => rate.code === 'RUB');
      expect(rub).toEqual({ code: 'RUB', perUnit: '0.021301', date: '2025-10-23', change: 'up' });
    } finally {
      await db.deleteFrom('currency_rates').where('source', '=', 'test').execute();
    }
  });
});
