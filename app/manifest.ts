import type { MetadataRoute } from 'next';
import { getTranslations } from 'next-intl/server';
import { ACCENT } from '@/lib/brand/logo';
import { defaultLocale } from '@/lib/i18n/locales';

/** The web app manifest, in the default language; `/` sends each reader on to their own. Icons: scripts/icons.ts. */
export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const [site, metadata] = await Promise.all([
    getTranslations({ locale: defaultLocale, namespace: 'Site' }),
    getTranslations({ locale: defaultLocale, namespace: 'Metadata' }),
  ]);
  return {
    name: metadata('homeTitle'),
    short_name: site('name'),
    description: metadata('homeDescription'),
    lang: defaultLocale,
    start_url: '/',
    display: 'standalone',
    theme_color: ACCENT,
    background_color: '#ffffff',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
