/**
 * `npm run rates:import [YYYY-MM-DD]`: imports the Central Bank's rates of that day (default: today in Baku) from
 * CBAR_RATES_URL. On failure the stored rates stay as they were and the exit code is 1.
 */
import { bakuToday, describeImport, importRates } from '@/lib/rates/import';
import { withDatabase } from './with-database';

const day = process.argv[2] ?? bakuToday();
if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`))) {
  console.error('usage: npm run rates:import [YYYY-MM-DD]');
  process.exit(2);
}

await withDatabase(async () => {
  const result = await importRates(day);
  const line = describeImport(day, result);
  if (result.ok) console.log(line);
  else console.error(line);
  return result.ok ? 0 : 1;
});
