import { getTranslations } from 'next-intl/server';
import { LANGUAGE_NAMES, locales, type Alternates, type Locale } from '@/lib/i18n/locales';

// Below 1024 px: a two-letter code in a box a thumb can hit.
const box = 'max-lg:inline-flex max-lg:h-11 max-lg:min-w-9 max-lg:items-center max-lg:justify-center';

/**
 * Plain links, not client navigation: switching language loads the page in full, so `<html lang>` changes. Each goes
 * through /api/language, which remembers the choice and redirects to the page in that language. A language the page
 * does not exist in is shown, not linked. Crawlers find the translations through hreflang, not through these links.
 * Below 1024 px each shows its two-letter code (the name stays for screen readers), in a tap-sized box.
 */
export async function LanguageSwitcher({ locale, alternates }: { locale: Locale; alternates: Alternates }) {
  const t = await getTranslations({ locale, namespace: 'LanguageSwitcher' });
  return (
    <nav aria-label={t('label')}>
      <ul className="flex lg:gap-3">
        {locales.map((target) => {
          const language = LANGUAGE_NAMES[target];
          const label = (
            <>
              <span className="max-lg:sr-only">{language}</span>
              <span aria-hidden="true" className="lg:hidden">
                {target.toUpperCase()}
              </span>
            </>
          );
          const href = alternates[target];
          if (target === locale) {
            return (
              <li key={target}>
                <span aria-current="true" title={t('current', { language })} className={`${box} font-bold text-neutral-900 underline underline-offset-4`} lang={target}>
                  {label}
                </span>
              </li>
            );
          }
          if (!href) {
            return (
              <li key={target}>
                <span aria-disabled="true" title={t('unavailable', { language })} className={`${box} cursor-not-allowed text-neutral-500 line-through`} lang={target}>
                  {label}
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
                className={`${box} text-accent hover:underline`}
              >
                {label}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
