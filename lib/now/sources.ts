/**
 * Where readers come from, told by the host of the page that sent them (the script sends the referrer's host only,
 * never its path). Social networks are named, as editors ask "is it Telegram?".
 */
export const SOCIAL_NETWORKS = ['telegram', 'facebook', 'x', 'instagram', 'whatsapp', 'youtube'] as const;
export const SOURCES = ['search', ...SOCIAL_NETWORKS, 'other', 'internal', 'direct'] as const;
export type Source = (typeof SOURCES)[number];

const SEARCH = /(^|\.)(google|bing|yandex|duckduckgo|yahoo|baidu|ecosia|qwant|naver|seznam|startpage|brave)\.[a-z.]+$|^com\.google\.android\.googlequicksearchbox$/;
const SOCIAL: [RegExp, Source][] = [
  [/(^|\.)(t\.me|telegram\.(org|me))$|^org\.telegram\./, 'telegram'],
  [/(^|\.)(facebook\.com|fb\.com|fb\.me|messenger\.com)$|^com\.facebook\./, 'facebook'],
  [/(^|\.)(x\.com|twitter\.com|t\.co)$|^com\.twitter\./, 'x'],
  [/(^|\.)instagram\.com$|^com\.instagram\./, 'instagram'],
  [/(^|\.)(whatsapp\.com|wa\.me)$|^com\.whatsapp/, 'whatsapp'],
  [/(^|\.)(youtube\.com|youtu\.be)$|^com\.google\.android\.youtube$/, 'youtube'],
];

/**
 * The source of a reader who came from `host`: '.' is this site (the script compares the hosts), empty is no referrer
 * (a typed address, a bookmark, an app). Android apps send `android-app://org.telegram.messenger` and the like, whose
 * "host" is the app's name.
 */
export function sourceOf(host: string): Source {
  if (host === '.') return 'internal';
  const name = host.toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
  if (name === '') return 'direct';
  if (SEARCH.test(name)) return 'search';
  for (const [pattern, source] of SOCIAL) if (pattern.test(name)) return source;
  return 'other';
}

export function isSource(value: string): value is Source {
  return (SOURCES as readonly string[]).includes(value);
}
