/**
 * Where a link an editor wrote takes a reader, decided the way a browser will read it: parsed as a WHATWG URL against
 * the site's origin. A browser drops tabs and newlines from a URL and reads `\` as `/`, so `/\t/evil.example` and
 * `/\evil.example` are other hosts, not paths; such links, and anything with a control character, are refused here.
 */
export type LinkTarget = 'site' | 'external' | 'mailto';

// Any origin of ours works as the base: a path stays on it exactly when it names no other host.
const BASE = 'https://site.invalid';

export function linkTarget(href: string): LinkTarget | null {
  if (!href || href !== href.trim() || /[\u0000-\u001f\u007f\\]/.test(href)) return null;
  let url: URL;
  try {
    url = new URL(href, BASE);
  } catch {
    return null;
  }
  if (href.startsWith('/')) return url.origin === BASE ? 'site' : null;
  if ((url.protocol === 'https:' || url.protocol === 'http:') && /^https?:\/\/[^/]/i.test(href)) return 'external';
  if (url.protocol === 'mailto:' && /^mailto:[^\s]/i.test(href)) return 'mailto';
  return null;
}
