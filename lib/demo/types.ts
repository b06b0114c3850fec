import type { Locale } from '@/lib/i18n/locales';

/** Demo content as it is written by hand: plain paragraphs, turned into article documents by the seeder. */
export interface DemoTranslation {
  title: string;
  lead: string;
  /** Paragraphs of the body, in order. */
  body: string[];
}

export interface DemoArticle {
  /** Stable key, unique across the demo set; the seeder uses it to stay idempotent. */
  key: string;
  category: DemoCategoryKey;
  author: DemoAuthorKey;
  tags: DemoTagKey[];
  /** Publication time with the Baku offset, e.g. `2025-10-22T09:20:00+04:00`. */
  publishedAt: string;
  translations: Partial<Record<Locale, DemoTranslation>>;
  /** Live coverage: the article is of the live kind, live since its publication, with these entries. */
  live?: { entries: DemoLiveEntry[] };
}

/** One entry of demo live coverage: its text in each language it has (one paragraph), a key event's title. */
export interface DemoLiveEntry {
  /** Its time with the Baku offset. */
  at: string;
  key?: boolean;
  pinned?: boolean;
  title?: Partial<Record<Locale, string>>;
  text: Partial<Record<Locale, string>>;
}

export type DemoCategoryKey = 'economy' | 'politics' | 'society' | 'world' | 'sport' | 'technology' | 'culture';

export type DemoAuthorKey = 'm-ali' | 'leyla-hasanova' | 'rashad-mammadov' | 'nigar-aliyeva' | 'orkhan-guliyev' | 'newsroom';

export type DemoTagKey =
  | 'oil'
  | 'gas'
  | 'gold'
  | 'currency'
  | 'banks'
  | 'middle-corridor'
  | 'caspian'
  | 'kazakhstan'
  | 'georgia'
  | 'turkey'
  | 'russia'
  | 'usa'
  | 'eu'
  | 'baku'
  | 'agriculture'
  | 'energy-transition'
  | 'football'
  | 'chess'
  | 'formula-1'
  | 'artificial-intelligence'
  | 'telecom'
  | 'education'
  | 'health'
  | 'transport'
  | 'climate'
  | 'film'
  | 'music'
  | 'tourism';
