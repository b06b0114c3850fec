import { serializeJsonLd, type JsonLdObject } from '@/lib/seo/structured-data';

/** Structured data for crawlers. The JSON is escaped (serializeJsonLd), so editors' text cannot end the script. */
export function JsonLd({ data }: { data: JsonLdObject | JsonLdObject[] }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
