import { getTranslations } from 'next-intl/server';
import { getSiteSettings } from '@/lib/content/settings';
import type { Locale } from '@/lib/i18n/locales';

/** The newsroom's YouTube channel, as promoted on the seed page; name and URL come from the site settings. */
export async function YouTubePromo({ locale }: { locale: Locale }) {
  const [t, settings] = await Promise.all([getTranslations({ locale, namespace: 'YouTube' }), getSiteSettings()]);
  return (
    <aside aria-labelledby="youtube-promo" className="rounded bg-neutral-900 p-5 text-white">
      <h2 id="youtube-promo" className="text-xl font-bold">
        {settings.youtube_channel_name}
      </h2>
      <p className="mt-1 text-neutral-200">{t('description')}</p>
      <a
        href={settings.youtube_channel_url}
        target="_blank"
        rel="noopener noreferrer"
        className="mt-4 inline-block rounded bg-accent px-4 py-2 font-semibold text-white hover:bg-accent-dark"
      >
        {t('subscribe')}
        <span className="sr-only"> ({t('opensInNewTab')})</span>
      </a>
    </aside>
  );
}
