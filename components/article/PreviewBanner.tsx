import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';

/** Shown only to staff previewing an article in draft mode: this may not be what readers see. */
export async function PreviewBanner({ locale, articleId }: { locale: Locale; articleId: number }) {
  const t = await getTranslations({ locale, namespace: 'Admin.preview' });
  return (
    <p className="bg-amber-100 px-4 py-2 text-center text-sm text-amber-950" role="status">
      {t('banner')}{' '}
      <a href={`/api/admin/preview?exit=${articleId}&locale=${locale}`} className="underline">
        {t('exit')}
      </a>
    </p>
  );
}
