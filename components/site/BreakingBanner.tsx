import { getTranslations } from 'next-intl/server';
import { getBreakingNews } from '@/lib/content/breaking';
import type { Locale } from '@/lib/i18n/locales';

/**
 * The breaking-news line at the top of every reader page. Pages are cached: setting or clearing a line revalidates
 * them at once, and a timer revalidates them when it expires (lib/cache/site-change-listener.ts); the page's own
 * revalidate period is the safety net, and the query never returns an expired line.
 */
export async function BreakingBanner({ locale }: { locale: Locale }) {
  const [t, breaking] = await Promise.all([getTranslations({ locale, namespace: 'Breaking' }), getBreakingNews(locale)]);
  if (!breaking) return null;
  const text = <span className="font-semibold">{breaking.text}</span>;
  return (
    <section aria-label={t('label')} className="bg-accent text-white">
      <p className="mx-auto flex max-w-6xl flex-wrap items-baseline gap-x-3 px-4 py-2">
        <strong className="rounded-sm bg-white px-2 text-xs font-black uppercase tracking-wide text-accent">{t('label')}</strong>
        {breaking.link ? (
          <a
            href={breaking.link}
            className="underline-offset-2 hover:underline"
            {...(breaking.link.startsWith('https:') ? { rel: 'noopener noreferrer' } : {})}
          >
            {text}
          </a>
        ) : (
          text
        )}
      </p>
    </section>
  );
}
