import { gzipSync } from 'node:zlib';
import { NOW_SCRIPT } from '../../lib/now/script';

/** The JavaScript budget of a reader page, gzipped: Next's and React's runtime plus the few client leaves we ship. */
export const JS_BUDGET_KB = 152;

export interface FirstLoadJs {
  scripts: { src: string; bytes: number; gzipped: number }[];
  totalBytes: number;
  totalGzipped: number;
}

/** The JavaScript a browser downloads to show one page: every script the HTML references, sized raw and gzipped. */
export async function measureFirstLoadJs(pageUrl: string): Promise<FirstLoadJs> {
  const html = await (await fetch(pageUrl)).text();
  const sources = [...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!))].filter(
    (src) => !/noModule/i.test(html.slice(html.indexOf(src) - 200, html.indexOf(src) + src.length + 20)),
  );
  const inlines = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  // Our own script (the "now" board's, lib/now/script.ts) apart from the framework's inline data and bootstrap.
  const ours = inlines.filter((body) => body === NOW_SCRIPT).join('');
  const inline = inlines.filter((body) => body !== NOW_SCRIPT).join('');
  const scripts = await Promise.all(
    sources.map(async (src) => {
      const body = Buffer.from(await (await fetch(new URL(src, pageUrl))).arrayBuffer());
      return { src, bytes: body.length, gzipped: gzipSync(body).length };
    }),
  );
  scripts.push({ src: '(inline)', bytes: Buffer.byteLength(inline), gzipped: gzipSync(inline).length });
  if (ours) scripts.push({ src: '(inline) lib/now/script.ts', bytes: Buffer.byteLength(ours), gzipped: gzipSync(ours).length });
  return {
    scripts,
    totalBytes: scripts.reduce((sum, s) => sum + s.bytes, 0),
    totalGzipped: scripts.reduce((sum, s) => sum + s.gzipped, 0),
  };
}
