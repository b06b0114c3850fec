import { getTranslations } from 'next-intl/server';
import { AdminShell } from '@/components/admin/AdminShell';
import { BakuDateTimeField } from '@/components/admin/BakuDateTimeField';
import { RatesForm } from '@/components/admin/RatesForm';
import { requireStaff } from '@/lib/auth/staff';
import { getRatesOverview } from '@/lib/editorial/commands/rates';
import { adminLocale } from '@/lib/i18n/admin-locale';
import { formatDay } from '@/lib/i18n/format';
import { adminTitle } from '@/lib/i18n/admin-metadata';
import { isCalendarDay } from '@/lib/editorial/shared/baku-time';

export const generateMetadata = adminTitle('rates.heading');

/** Today in Baku (UTC+4 all year), the day the central bank's rates are for. */
function bakuToday(): string {
  return new Date(Date.now() + 4 * 3_600_000).toISOString().slice(0, 10);
}

/** The day asked for: `dayDate=dd.mm.yyyy` from the page's own date field, or `date=yyyy-mm-dd` in a link. */
function wantedDay(query: { date?: string | string[]; dayDate?: string | string[] }): string | null {
  const pad = (n: number) => String(n).padStart(2, '0');
  const iso = typeof query.date === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(query.date) : null;
  const typed = typeof query.dayDate === 'string' ? /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(query.dayDate.trim()) : null;
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]].map(Number) : typed ? [typed[3], typed[2], typed[1]].map(Number) : [];
  if (year === undefined || month === undefined || day === undefined || !isCalendarDay(year, month, day)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Currency rates set by hand, for a day chosen in the query string (today by default). */
export default async function RatesPage(props: { searchParams: Promise<{ date?: string | string[]; dayDate?: string | string[] }> }) {
  const locale = await adminLocale();
  const staff = await requireStaff('editor');
  const date = wantedDay(await props.searchParams) ?? bakuToday();
  const [t, overview] = await Promise.all([getTranslations({ locale, namespace: 'Admin.rates' }), getRatesOverview(date)]);
  return (
    <AdminShell staff={staff} locale={locale} path={`/admin/rates?date=${date}`}>
      <h1 className="mb-2 text-2xl font-bold">{t('heading')}</h1>
      <p className="mb-4 max-w-2xl text-sm">{t('intro')}</p>
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <section className="space-y-4">
          <form method="get" className="flex items-end gap-2 text-sm">
            <BakuDateTimeField name="day" legend={t('date')} time={false} required defaultValue={{ date: date.split('-').reverse().join('.') }} />
            <button type="submit" className="rounded border border-neutral-300 px-3 py-1.5">
              {t('load')}
            </button>
          </form>
          <RatesForm key={`${date}-${overview.rates.map((r) => r.version).join('.')}`} date={date} rates={overview.rates} />
        </section>
        <aside className="rounded border border-neutral-200 bg-white p-4 text-sm">
          <h2 className="mb-2 font-bold">{t('newest')}</h2>
          {overview.newest.length === 0 ? (
            <p>{t('none')}</p>
          ) : (
            <table className="w-full" data-testid="newest-rates">
              <thead>
                <tr className="text-left">
                  <th className="p-1">{t('currency')}</th>
                  <th className="p-1">{t('value')}</th>
                  <th className="p-1">{t('day')}</th>
                  <th className="p-1">{t('source')}</th>
                </tr>
              </thead>
              <tbody>
                {overview.newest.map((rate) => (
                  <tr key={rate.code}>
                    <td className="p-1 font-mono">
                      {rate.nominal > 1 ? `${rate.nominal} ` : ''}
                      {rate.code}
                    </td>
                    <td className="p-1">{rate.value}</td>
                    <td className="p-1">{formatDay(rate.date, locale)}</td>
                    <td className="p-1">{rate.source}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </aside>
      </div>
    </AdminShell>
  );
}
