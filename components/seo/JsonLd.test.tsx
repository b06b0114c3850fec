import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { serializeJsonLd } from '@/lib/seo/structured-data';
import { JsonLd } from './JsonLd';

// What an editor could type into a headline to break out of the structured-data script.
const payload = '</script><script>alert(document.cookie)</script><!-- \u2028';

describe('structured data in a page', () => {
  const data = { '@context': 'https://schema.org' as const, '@type': 'NewsArticle', headline: payload };

  it('cannot end its script element or open another, whatever the text', () => {
    const html = renderToStaticMarkup(<JsonLd data={data} />);
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html).not.toContain('<!--');
  });

  it('still reads back as the same data for a crawler', () => {
    expect(JSON.parse(serializeJsonLd(data))).toEqual(data);
  });
});
