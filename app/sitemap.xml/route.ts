import { sitemapIndex } from '@/lib/crawlers/sitemap-content';
import { xmlResponse } from '@/lib/crawlers/xml';

// Served from the cache; every article change revalidates it (lib/cache), the interval is only a safety net.
export const revalidate = 3600;

export async function GET() {
  return xmlResponse(await sitemapIndex());
}
