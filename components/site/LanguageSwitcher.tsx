import { getTranslations } from 'next-intl/server';
import { LANGUAGE_NAMES, locales, type Alternates, type Locale } from '@/lib/i18n/locales';

/**
 * Plain links, not client navigation: switching language loads the page in full, so `<html lang>` changes. Each goes
 * through /api/language, which remembers the choice and redirects to the page in that language. A language the page
 * does not exist in is shown, not linked. Crawlers find the translations through hreflang, not through these links.
 */
export async function LanguageSwitcher({ locale, alternates }: { locale: Locale; alternates: Alternates }) {
  const t = await getTranslations({ locale, namespace: 'LanguageSwitcher' });
  return (
    <nav aria-label={t('label')}>
      <ul className="flex gap-3">
        {locales.map((target) => {
          const language = LANGUAGE_NAMES[target];
          const href = alternates[target];
          if (target === locale) {
            return (
              <li key={target}>
                <span aria-current="true" title={t('current', { language })} className="font-bold text-neutral-900 underline underline-offset-4" lang={target}>
                  {language}
                </span>
              </li>
            );
          }
          if (!href) {
            return (
              <li key={target}>
                <span aria-disabled="true" title={t('unavailable', { language })} className="cursor-not-allowed text-neutral-500 line-through" lang={target}>
                  {language}
                  <span className="sr-only"> — {t('unavailable', { language })}</span>
                </span>
              </li>
            );
          }
          return (
            <li key={target}>
              <a
                href={`/api/language?to=${encodeURIComponent(href)}`}
                hrefLang={target}
                lang={target}
                rel="nofollow"
                className="text-accent hover:underline"
              >
                {language}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
