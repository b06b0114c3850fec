import 'server-only';
import { getTranslations } from 'next-intl/server';
import { getBreakingNews, nextBreakingChangeAt } from '@/lib/content/breaking';
import { getTickerRates, type Rate, type TickerCurrency } from '@/lib/content/rates';
import { escapeXml as escape } from '@/lib/crawlers/xml';
import { formatDay, formatRate } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import { breakingKey, RATES_KEY } from '@/lib/cache/keys';

/**
 * The two pieces every reader page shows that change on their own schedule: the currency ticker and the breaking-news
 * line. Rendered to an HTML string, because the same bytes serve two ways (components/site/EdgeFragment.tsx): inline
 * in the page, and alone at /fragments/{name}/{locale}, which the edge cache includes into every page it serves
 * (ESI), so a new rate or line costs one small render instead of a render of every page. Every editor-written byte
 * is escaped here.
 */
export const FRAGMENTS = ['rates', 'breaking'] as const;
export type FragmentName = (typeof FRAGMENTS)[number];

export function isFragmentName(value: string): value is FragmentName {
  return (FRAGMENTS as readonly string[]).includes(value);
}

export interface RenderedFragment {
  html: string;
  /** The surrogate keys a change to it purges (lib/cache/keys.ts). */
  keys: string[];
  /** How long a cache may keep it: at most until the next breaking line starts or ends. */
  maxAgeSeconds: number;
}

const MAX_AGE_SECONDS = 300;
const SYMBOLS: Record<TickerCurrency, string> = { USD: '$', EUR: '€', RUB: '₽', TRY: '₺', GBP: '£' };

const ARROWS = { up: ['▲', 'text-emerald-400'], down: ['▼', 'text-red-400'], same: ['=', 'text-neutral-400'] } as const;

/** The move since the previous rate: an arrow for the eye, a word for screen readers. */
function changeHtml(change: Rate['change'], label: string): string {
  if (!change) return '';
  const [arrow, colour] = ARROWS[change];
  return ` <span class="text-xs ${colour}" title="${escape(label)}"><span aria-hidden="true">${arrow}</span><span class="sr-only">${escape(label)}</span></span>`;
}

async function ratesHtml(locale: Locale): Promise<string> {
  const [t, rates] = await Promise.all([getTranslations({ locale, namespace: 'Rates' }), getTickerRates()]);
  if (rates.length === 0) return '';
  // Rates of one import share a day; the newest is what the ticker is "as of".
  const asOf = rates.map((rate) => rate.date).sort().at(-1)!;
  const day = formatDay(asOf, locale);
  const items = rates
    .map(
      (rate) =>
        `<li data-currency="${rate.code}"><abbr title="${escape(t(`currency.${rate.code}`))}" class="no-underline">${SYMBOLS[rate.code]}</abbr> ` +
        `<span class="font-semibold tabular-nums">${escape(formatRate(rate.perUnit, locale))}</span>${changeHtml(rate.change, t(`change.${rate.change ?? 'same'}`))}</li>`,
    )
    .join('');
  return (
    // One line on a phone too: it scrolls sideways rather than pushing the stories down.
    `<section aria-label="${escape(t('label'))}" tabindex="0" class="relative flex items-center gap-x-4 overflow-x-auto whitespace-nowrap sm:flex-wrap sm:gap-y-1">` +
    `<ul class="flex gap-x-4" title="${escape(t('asOf', { date: day }))}">${items}</ul>` +
    `<time datetime="${escape(asOf)}" class="text-neutral-300">${escape(t('date', { date: day }))}</time></section>`
  );
}

/** Only a site path or an https URL is ever a link; the line was validated when it was set, this is the last guard. */
const isSafeLink = (link: string) => (link.startsWith('/') && !link.startsWith('//') && !/[\s\\]/.test(link)) || /^https:\/\/[^\s\\]+$/.test(link);

async function breakingHtml(locale: Locale): Promise<string> {
  const [t, breaking] = await Promise.all([getTranslations({ locale, namespace: 'Breaking' }), getBreakingNews(locale)]);
  if (!breaking) return '';
  const text = `<span class="font-semibold">${escape(breaking.text)}</span>`;
  const link = breaking.link && isSafeLink(breaking.link) ? breaking.link : null;
  const body = link
    ? `<a href="${escape(link)}" class="underline-offset-2 hover:underline"${link.startsWith('https:') ? ' rel="noopener noreferrer"' : ''}>${text}</a>`
    : text;
  return (
    `<section aria-label="${escape(t('label'))}" class="bg-accent text-white">` +
    `<p class="mx-auto flex max-w-6xl flex-wrap items-baseline gap-x-3 px-4 py-2">` +
    `<strong class="rounded-sm bg-white px-2 text-xs font-black uppercase tracking-wide text-accent">${escape(t('label'))}</strong>${body}</p></section>`
  );
}

async function secondsUntilBreakingChanges(): Promise<number> {
  const next = await nextBreakingChangeAt();
  if (!next) return MAX_AGE_SECONDS;
  return Math.max(1, Math.min(MAX_AGE_SECONDS, Math.ceil((next.getTime() - Date.now()) / 1000)));
}

/** The fragment's markup, as a page shows it inline. */
export function fragmentHtml(name: FragmentName, locale: Locale): Promise<string> {
  return name === 'rates' ? ratesHtml(locale) : breakingHtml(locale);
}

/** The fragment as the edge includes it: its markup, keys and lifetime (which only the edge needs to know). */
export async function renderFragment(name: FragmentName, locale: Locale): Promise<RenderedFragment> {
  const [html, maxAgeSeconds] = await Promise.all([fragmentHtml(name, locale), name === 'rates' ? MAX_AGE_SECONDS : secondsUntilBreakingChanges()]);
  return { html, keys: [name === 'rates' ? RATES_KEY : breakingKey(locale)], maxAgeSeconds };
}

export const fragmentPath = (name: FragmentName, locale: Locale) => `/fragments/${name}/${locale}`;
