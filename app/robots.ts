import type { MetadataRoute } from 'next';
import { SITEMAP_INDEX_PATH } from '@/lib/i18n/sitemap-paths';
import { siteUrl } from '@/lib/http/site';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/api/'] }],
    sitemap: `${siteUrl()}${SITEMAP_INDEX_PATH}`,
  };
}
