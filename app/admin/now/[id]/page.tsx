import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { AdminShell } from '@/components/admin/AdminShell';
import { AutoRefresh } from '@/components/admin/now/AutoRefresh';
import { MinuteChart } from '@/components/admin/now/MinuteChart';
import { REFRESH_MS } from '@/components/admin/now/refresh';
import { requireStaff } from '@/lib/auth/staff';
import { getDb } from '@/lib/db/client';
import { adminLocale } from '@/lib/i18n/admin-locale';
import { adminTitle } from '@/lib/i18n/admin-metadata';
import { LANGUAGE_NAMES, locales } from '@/lib/i18n/locales';
import { getStoryNow } from '@/lib/now/board';
import { minuteOf } from '@/lib/now/counter';
import { SOURCES } from '@/lib/now/sources';

export const generateMetadata = adminTitle('now.heading');

/** One story on the "now" board: its readers now, its minutes over 48 hours per language, its sources and engaged time. */
export default async function StoryNowPage({ params }: { params: Promise<{ id: string }> }) {
  const locale = await adminLocale();
  const staff = await requireStaff();
  const { id: raw } = await params;
  const id = /^[1-9]\d{0,8}$/.test(raw) ? Number(raw) : null;
  if (id === null) notFound();
  const translations = await getDb().selectFrom('article_translations').select(['locale', 'title']).where('article_id', '=', id).execute();
  if (translations.length === 0) notFound();
  const title = (translations.find((tr) => tr.locale === locale) ?? translations[0]!).title;
  const at = new Date();
  const [t, story] = await Promise.all([getTranslations({ locale, namespace: 'Admin.now' }), getStoryNow(id, at)]);
  const sources = SOURCES.filter((s) => (story.sources[s] ?? 0) > 0);
  return (
    <AdminShell staff={staff} locale={locale} path={`/admin/now/${id}`}>
      <AutoRefresh everyMs={REFRESH_MS} />
      <p className="mb-2 text-sm">
        <Link href="/admin/now" className="underline">
          {t('back')}
        </Link>
      </p>
      <h1 className="mb-4 text-2xl font-bold">{t('storyHeading', { title })}</h1>
      <section aria-labelledby="story-now" className="mb-6">
        <h2 id="story-now" className="mb-2 text-lg font-bold">
          {t('byLanguage')}
        </h2>
        <dl className="grid grid-cols-3 gap-3">
          {locales.map((l) => (
            <div key={l} className="rounded border border-neutral-200 bg-white p-3" data-testid={`story-readers-${l}`}>
              <dt className="text-sm text-neutral-600">{LANGUAGE_NAMES[l]}</dt>
              <dd className="text-3xl font-bold tabular-nums">{story.readers[l]}</dd>
              <dd className="text-sm text-neutral-600">
                {t('engaged')}:{' '}
                <span className="tabular-nums">{story.medianEngaged[l] === null ? t('noData') : t('seconds', { seconds: story.medianEngaged[l] })}</span>
              </dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="story-series" className="mb-6 rounded border border-neutral-200 bg-white p-3">
        <h2 id="story-series" className="mb-2 text-lg font-bold">
          {t('series')}
        </h2>
        {story.series.length === 0 ? (
          <p>{t('noSeries')}</p>
        ) : (
          <MinuteChart
            series={story.series}
            endMinute={minuteOf(at)}
            label={t('series')}
            legend={LANGUAGE_NAMES}
            ticks={[48, 36, 24, 12, 0].map((hours) => ({ hoursAgo: hours, text: hours === 0 ? t('nowLabel') : t('hoursAgo', { hours }) }))}
          />
        )}
      </section>
      <section aria-labelledby="story-sources">
        <h2 id="story-sources" className="mb-2 text-lg font-bold">
          {t('storySources')}
        </h2>
        {sources.length === 0 ? (
          <p>{t('noSource')}</p>
        ) : (
          <table className="text-sm">
            <tbody>
              {sources.map((s) => (
                <tr key={s}>
                  <th scope="row" className="py-1 pr-4 text-left font-normal">
                    {t(`source.${s}`)}
                  </th>
                  <td className="text-right font-bold tabular-nums">{story.sources[s]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </AdminShell>
  );
}
