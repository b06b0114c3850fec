import { getTranslations } from 'next-intl/server';
import { getTickerRates, type TickerCurrency } from '@/lib/content/rates';
import { formatDay, formatRate } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';

const SYMBOLS: Record<TickerCurrency, string> = { USD: '$', EUR: '€', RUB: '₽', TRY: '₺', GBP: '£' };

export async function RatesTicker({ locale }: { locale: Locale }) {
  const [t, rates] = await Promise.all([getTranslations({ locale, namespace: 'Rates' }), getTickerRates()]);
  if (rates.length === 0) return null;
  // Rates of one import share a day; the newest is what the ticker is "as of".
  const asOf = rates.map((rate) => rate.date).sort().at(-1)!;
  const day = formatDay(asOf, locale);
  return (
    <section aria-label={t('label')} className="flex flex-wrap items-center gap-x-4 gap-y-1">
      <ul className="flex flex-wrap gap-x-4" title={t('asOf', { date: day })}>
        {rates.map((rate) => (
          <li key={rate.code} data-currency={rate.code}>
            <abbr title={t(`currency.${rate.code}`)} className="no-underline">
              {SYMBOLS[rate.code]}
            </abbr>{' '}
            <span className="font-semibold tabular-nums">{formatRate(rate.perUnit, locale)}</span>
          </li>
        ))}
      </ul>
      <time dateTime={asOf} className="text-neutral-300">
        {t('date', { date: day })}
      </time>
    </section>
  );
}
