import 'server-only';
import { getDb } from '@/lib/db/client';
import { documentText } from '@/lib/document/schema';
import type { LiveEntryStatus } from '@/lib/db/schema';
import { locales, type Locale } from '@/lib/i18n/locales';

/** What the live desk reads (app/admin/live): live pages, and one page's entries in every language, drafts included. */

const DESK_ENTRIES = 200;

export interface LivePageRow {
  id: number;
  titles: Partial<Record<Locale, string>>;
  ended: boolean;
  entries: number;
}

/** Every live page, newest first. */
export async function listLivePages(): Promise<LivePageRow[]> {
  const db = getDb();
  const pages = await db
    .selectFrom('articles as a')
    .select(['a.id', 'a.coverage_ended_at'])
    .select((eb) => eb.selectFrom('live_entries as e').select(eb.fn.countAll<string>().as('n')).whereRef('e.article_id', '=', 'a.id').where('e.deleted_at', 'is', null).as('entries'))
    .where('a.kind', '=', 'live')
    .orderBy('a.id', 'desc')
    .limit(100)
    .execute();
  const titles = pages.length
    ? await db.selectFrom('article_translations').select(['article_id', 'locale', 'title']).where('article_id', 'in', pages.map((p) => p.id)).execute()
    : [];
  return pages.map((page) => ({
    id: page.id,
    ended: page.coverage_ended_at !== null,
    entries: Number(page.entries ?? 0),
    titles: Object.fromEntries(titles.filter((t) => t.article_id === page.id).map((t) => [t.locale, t.title])),
  }));
}

export interface DeskText {
  title: string;
  /** The body as plain paragraphs, one blank line apart: what the desk's short editor edits. */
  text: string;
  status: LiveEntryStatus;
  version: number;
}

export interface DeskEntry {
  id: number;
  postedAt: Date;
  keyEvent: boolean;
  pinned: boolean;
  version: number;
  createdBy: number | null;
  author: string | null;
  texts: Partial<Record<Locale, DeskText>>;
}

export interface DeskPage {
  id: number;
  titles: Partial<Record<Locale, { title: string; slug: string; published: boolean }>>;
  ended: boolean;
  seq: number;
  entries: DeskEntry[];
}

/** One live page as the desk shows it; null for an article that is not live coverage. */
export async function getDeskPage(articleId: number): Promise<DeskPage | null> {
  const db = getDb();
  const page = await db.selectFrom('articles').select(['id', 'kind', 'coverage_ended_at', 'live_seq']).where('id', '=', articleId).executeTakeFirst();
  if (!page || page.kind !== 'live') return null;
  const [translations, entries] = await Promise.all([
    db.selectFrom('article_translations').select(['locale', 'title', 'slug', 'status']).where('article_id', '=', articleId).execute(),
    db
      .selectFrom('live_entries as e')
      .leftJoin('users as u', 'u.id', 'e.created_by')
      .select(['e.id', 'e.posted_at', 'e.key_event', 'e.pinned', 'e.version', 'e.created_by', 'u.name as author'])
      .where('e.article_id', '=', articleId)
      .where('e.deleted_at', 'is', null)
      .orderBy('e.posted_at', 'desc')
      .orderBy('e.id', 'desc')
      .limit(DESK_ENTRIES)
      .execute(),
  ]);
  const texts = entries.length
    ? await db
        .selectFrom('live_entry_translations')
        .select(['entry_id', 'locale', 'title', 'body', 'status', 'version'])
        .where('entry_id', 'in', entries.map((e) => e.id))
        .execute()
    : [];
  return {
    id: page.id,
    ended: page.coverage_ended_at !== null,
    seq: Number(page.live_seq),
    titles: Object.fromEntries(translations.map((t) => [t.locale, { title: t.title, slug: t.slug, published: t.status === 'published' }])),
    entries: entries.map((entry) => ({
      id: entry.id,
      postedAt: entry.posted_at,
      keyEvent: entry.key_event,
      pinned: entry.pinned,
      version: entry.version,
      createdBy: entry.created_by,
      author: entry.author,
      texts: Object.fromEntries(
        texts
          .filter((t) => t.entry_id === entry.id && locales.includes(t.locale))
          .map((t) => [t.locale, { title: t.title, text: documentText(t.body), status: t.status, version: t.version }]),
      ),
    })),
  };
}
