import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { LANGUAGE_NAMES, locales, type Locale } from '@/lib/i18n/locales';
import { getTranslationReaders } from '@/lib/now/board';

/**
 * Each translation's readers now (the "now" board's live window) and views today (Baku day), in the article editor.
 * Reads what it shows itself, so the editor's page only places it. The page checks the session before rendering it.
 */
export async function TranslationReaders({ articleId, locale }: { articleId: number; locale: Locale }) {
  const [t, readers] = await Promise.all([getTranslations({ locale, namespace: 'Admin.now' }), getTranslationReaders(articleId)]);
  return (
    <section aria-labelledby="translation-readers" className="mb-4 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
      <h2 id="translation-readers" className="font-bold">
        {t('editorHeading')}
      </h2>
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {locales.map((l) => (
          <li key={l} data-testid={`translation-readers-${l}`}>
            {LANGUAGE_NAMES[l]}: <strong className="tabular-nums">{readers.now[l]}</strong> {t('editorNow')} ·{' '}
            <strong className="tabular-nums">{readers.today[l]}</strong> {t('editorToday')}
          </li>
        ))}
      </ul>
      <Link href={`/admin/now/${articleId}`} className="underline">
        {t('editorLink')}
      </Link>
    </section>
  );
}
