import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { AdminShell } from '@/components/admin/AdminShell';
import { NewArticleForm } from '@/components/admin/NewArticleForm';
import { requireStaff } from '@/lib/auth/staff';
import { listEditorOptions } from '@/lib/editorial/reads/articles';
import { getDesk, type DeskStory } from '@/lib/editorial/reads/desk';
import { adminLocale } from '@/lib/i18n/admin-locale';
import { adminTitle } from '@/lib/i18n/admin-metadata';
import { formatDateTime } from '@/lib/i18n/format';
import { LANGUAGE_NAMES, locales, type Locale } from '@/lib/i18n/locales';
import { logger } from '@/lib/ops/log.mjs';
import { getNowBoard, type NowBoard } from '@/lib/now/board';

export const generateMetadata = adminTitle('desk.heading');

const editorHref = (story: { articleId: number; locale: Locale }) => `/admin/articles/${story.articleId}?lang=${story.locale}`;

function Panel({ id, heading, more, children }: { id: string; heading: string; more?: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded border border-neutral-200 bg-white p-4">
      <h2 id={id} className="mb-2 font-bold">
        {heading}
      </h2>
      {children}
      {more ? <p className="mt-2 text-sm">{more}</p> : null}
    </section>
  );
}

/** The newsroom's day: a new article first, then the staff member's drafts, the review queue and today's stories. */
export default async function DeskPage() {
  const locale = await adminLocale();
  const staff = await requireStaff('author');
  const [t, desk, options, board] = await Promise.all([
    getTranslations({ locale, namespace: 'Admin' }),
    getDesk(staff),
    listEditorOptions(locale),
    // The day's desk stands without the board: a board that cannot be read is said so in its panel.
    getNowBoard(locale).catch((error: unknown): NowBoard | null => {
      logger().warn({ err: error }, '[now] the desk could not read the board');
      return null;
    }),
  ]);
  const readStories = board?.top.filter((page) => page.id !== null).slice(0, 5) ?? [];
  const time = (date: Date) => formatDateTime(date, locale);

  const stories = (list: DeskStory[], empty: string, when: (story: DeskStory) => string) =>
    list.length === 0 ? (
      <p className="text-sm text-neutral-600">{empty}</p>
    ) : (
      <ul className="divide-y divide-neutral-100 text-sm">
        {list.map((story) => (
          <li key={`${story.articleId}-${story.locale}`} className="py-1.5">
            <Link href={editorHref(story)} className="font-medium underline" lang={story.locale}>
              {story.title}
            </Link>
            <span className="block text-neutral-600">
              {LANGUAGE_NAMES[story.locale]} · {when(story)}
              {story.author ? ` · ${story.author}` : ''}
            </span>
          </li>
        ))}
      </ul>
    );

  return (
    <AdminShell staff={staff} locale={locale} path="/admin">
      <h1 className="mb-4 text-2xl font-bold">{t('desk.heading')}</h1>
      {/* The form leads on a phone; on a wide screen it sits on the right, beside the day. */}
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <aside className="space-y-4 lg:order-2">
          <NewArticleForm categories={options.categories} locale={locale} />
          <p className="text-sm">
            <Link href="/admin/articles" className="underline">
              {t('desk.allArticles')}
            </Link>
          </p>
        </aside>
        <div className="grid min-w-0 content-start gap-4 md:grid-cols-2 lg:order-1">
          <Panel id="desk-drafts" heading={t('desk.myDrafts')}>
            {stories(desk.myDrafts, t('desk.noDrafts'), (s) => t('desk.updated', { time: time(s.at) }))}
          </Panel>
          <Panel
            id="desk-review"
            heading={t('desk.review')}
            more={
              <Link href="/admin/articles?status=review" className="underline">
                {t('desk.allInReview')}
              </Link>
            }
          >
            {stories(desk.review, t('desk.noReview'), (s) => t('desk.updated', { time: time(s.at) }))}
          </Panel>
          <Panel id="desk-scheduled" heading={t('desk.scheduledToday')}>
            {stories(desk.scheduledToday, t('desk.noScheduled'), (s) => t('desk.goesLive', { time: time(s.at) }))}
          </Panel>
          <Panel id="desk-gaps" heading={t('desk.gaps')}>
            {desk.gaps.length === 0 ? (
              <p className="text-sm text-neutral-600">{t('desk.noGaps')}</p>
            ) : (
              <ul className="divide-y divide-neutral-100 text-sm">
                {desk.gaps.map((gap) => (
                  <li key={gap.articleId} className="py-1.5">
                    <span className="font-medium">{gap.title}</span>
                    <span className="mt-0.5 flex flex-wrap gap-x-3">
                      {gap.missing.map((l) => (
                        <Link key={l} href={editorHref({ articleId: gap.articleId, locale: l })} className="underline">
                          {t('desk.addLanguage', { language: LANGUAGE_NAMES[l] })}
                        </Link>
                      ))}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Panel>
          <div className="md:col-span-2">
            <Panel
              id="desk-now"
              heading={t('desk.readingNow')}
              more={
                <Link href="/admin/now" className="underline">
                  {t('desk.fullBoard')}
                </Link>
              }
            >
              {board === null ? (
                <p className="text-sm text-neutral-600">{t('desk.boardUnavailable')}</p>
              ) : readStories.length === 0 ? (
                <p className="text-sm text-neutral-600">{t('desk.nobodyReading')}</p>
              ) : (
                <ol className="divide-y divide-neutral-100 text-sm">
                  {readStories.map((page) => (
                    <li key={page.page} className="flex items-baseline justify-between gap-3 py-1.5">
                      <Link href={`/admin/now/${page.id}`} className="min-w-0 font-medium underline">
                        {page.title}
                      </Link>
                      <span className="shrink-0 tabular-nums text-neutral-700">
                        {t('desk.readersNow', { count: page.total })} · {locales.map((l) => `${l.toUpperCase()} ${page.readers[l]}`).join(' · ')}
                      </span>
                    </li>
                  ))}
                </ol>
              )}
            </Panel>
          </div>
          <div className="md:col-span-2">
            <Panel id="desk-published" heading={t('desk.publishedToday')}>
              <div className="grid gap-4 md:grid-cols-3">
                {locales.map((l) => (
                  <section key={l} aria-labelledby={`desk-published-${l}`}>
                    <h3 id={`desk-published-${l}`} className="mb-1 text-sm font-bold">
                      {t('desk.inLanguage', { language: LANGUAGE_NAMES[l], count: desk.publishedCount[l] })}
                    </h3>
                    {stories(desk.publishedToday[l], t('desk.noPublished'), (s) => time(s.at))}
                  </section>
                ))}
              </div>
            </Panel>
          </div>
        </div>
      </div>
    </AdminShell>
  );
}
