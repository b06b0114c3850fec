'use client';

import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { LANGUAGE_NAMES, locales } from '@/lib/i18n/locales';
import type { NowBoard as Board, NowPage, SourceCounts } from '@/lib/now/board';
import { SOURCES } from '@/lib/now/sources';
import { REFRESH_MS } from './refresh';
import { Sparkline } from './Sparkline';

const TIME = { hour: '2-digit', minute: '2-digit', second: '2-digit', timeZone: 'Asia/Baku', hourCycle: 'h23' } as const;

/**
 * The "now" board: its figures come from GET /api/admin/now every 5 s (while the tab is visible). Every number sits in
 * a box of fixed width with tabular figures, so the page does not jump as they change; big on a TV, stacked on a phone.
 */
export function NowBoard({ initial }: { initial: Board }) {
  const t = useTranslations('Admin.now');
  const format = useFormatter();
  const [board, setBoard] = useState(initial);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let stopped = false;
    const refresh = async () => {
      if (document.visibilityState !== 'visible') return;
      try {
        const response = await fetch('/api/admin/now', { cache: 'no-store' });
        if (!response.ok) throw new Error(String(response.status));
        const next = (await response.json()) as Board;
        if (!stopped) {
          setBoard(next);
          setFailed(false);
        }
      } catch {
        if (!stopped) setFailed(true);
      }
    };
    const timer = setInterval(refresh, REFRESH_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, []);
  const time = format.dateTime(new Date(board.at), TIME);

  return (
    <div className="space-y-6 2xl:text-xl">
      <section aria-labelledby="now-total" className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <div className="col-span-2 rounded border border-neutral-200 bg-white p-4 sm:col-span-1">
          <h2 id="now-total" className="text-sm text-neutral-600 2xl:text-lg">
            {t('total')}
          </h2>
          <p className="text-5xl font-bold tabular-nums 2xl:text-7xl" data-testid="now-total">
            {board.readers.total}
          </p>
        </div>
        {locales.map((locale) => (
          <div key={locale} className="rounded border border-neutral-200 bg-white p-4" data-testid={`now-locale-${locale}`}>
            <h2 className="text-sm text-neutral-600 2xl:text-lg" lang={locale}>
              {LANGUAGE_NAMES[locale]}
            </h2>
            <p className="text-3xl font-bold tabular-nums 2xl:text-5xl">{board.readers.byLocale[locale]}</p>
          </div>
        ))}
      </section>
      <p className="text-sm text-neutral-600" role={failed ? 'alert' : undefined}>
        {failed ? t('stale', { time }) : t('updated', { time })}
      </p>

      <section aria-labelledby="now-sources">
        <h2 id="now-sources" className="mb-2 text-lg font-bold">
          {t('sources')}
        </h2>
        <SourceList sources={board.sources} />
      </section>

      <section aria-labelledby="now-top">
        <h2 id="now-top" className="mb-2 text-lg font-bold">
          {t('top')}
        </h2>
        {board.top.length === 0 ? (
          <p>{t('none')}</p>
        ) : (
          <ol className="space-y-2">
            {board.top.map((page) => (
              <PageRow key={page.page} page={page} />
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

function PageRow({ page }: { page: NowPage }) {
  const t = useTranslations('Admin.now');
  const name = pageName(page, t);
  return (
    <li className="grid grid-cols-[3.5rem_1fr] items-center gap-x-3 gap-y-2 rounded border border-neutral-200 bg-white p-3 md:grid-cols-[3.5rem_1fr_auto_8rem]" data-page={page.page}>
      <span className="text-right text-3xl font-bold tabular-nums 2xl:text-5xl" aria-label={`${t('readers')}: ${page.total}`}>
        {page.total}
      </span>
      <div className="min-w-0">
        <p className="truncate font-semibold">
          {page.kind === 'article' && page.id ? <Link href={`/admin/now/${page.id}`}>{name}</Link> : name}
        </p>
        {page.missing.length > 0 ? (
          <p className="text-sm text-amber-800">{t('missing', { languages: page.missing.map((l) => LANGUAGE_NAMES[l]).join(', ') })}</p>
        ) : null}
        <SourceList sources={page.sources} compact />
      </div>
      <ul className="col-span-2 flex gap-2 md:col-span-1" aria-label={t('byLanguage')}>
        {locales.map((locale) => (
          <li key={locale} className="w-16 rounded bg-neutral-100 px-2 py-1 text-center" data-testid={`readers-${locale}`}>
            <span className="block text-xs uppercase text-neutral-600">{locale}</span>
            <span className="text-lg font-bold tabular-nums" aria-label={t('languageReaders', { language: LANGUAGE_NAMES[locale], count: page.readers[locale] })}>
              {page.readers[locale]}
            </span>
          </li>
        ))}
      </ul>
      <Sparkline values={page.sparkline} label={t('lastHour', { peak: Math.max(0, ...page.sparkline) })} className="col-span-2 h-8 w-full md:col-span-1" />
    </li>
  );
}

function pageName(page: NowPage, t: ReturnType<typeof useTranslations<'Admin.now'>>): string {
  if (page.kind === 'home') return t('home');
  if (page.kind === 'category') return t('section', { name: page.title });
  if (page.kind === 'live') return page.title || t('live', { id: page.id ?? 0 });
  return page.title || t('untitled', { id: page.id ?? 0 });
}

function SourceList({ sources, compact = false }: { sources: SourceCounts; compact?: boolean }) {
  const t = useTranslations('Admin.now');
  const present = SOURCES.filter((source) => (sources[source] ?? 0) > 0);
  if (present.length === 0) return compact ? null : <p className="text-sm text-neutral-600">{t('noSource')}</p>;
  return (
    <ul className={`flex flex-wrap gap-x-3 gap-y-1 ${compact ? 'text-xs text-neutral-600' : 'text-sm'}`}>
      {present.map((source) => (
        <li key={source} className="whitespace-nowrap">
          {t(`source.${source}`)} <span className="font-bold tabular-nums">{sources[source]}</span>
        </li>
      ))}
    </ul>
  );
}

