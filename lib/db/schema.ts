import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { ArticleDocument } from '@/lib/document/schema';
import type { Locale } from '@/lib/i18n/locales';
import type { ArticleKind, LiveEntryStatus, Role, TranslationStatus } from './enums';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Versioned = {
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type { ArticleKind, LiveEntryStatus, Role, TranslationStatus } from './enums';

export interface UsersTable extends Versioned {
  id: Generated<number>;
  email: string;
  name: string;
  role: Role;
  password_hash: string | null;
  active: Generated<boolean>;
  session_version: Generated<number>;
  totp_secret: string | null;
  totp_pending_secret: string | null;
  totp_enabled_at: NullableTimestamp;
  /** bigint: pg returns it as a string. */
  totp_last_step: ColumnType<string | null, string | number | null, string | number | null>;
}

export interface RecoveryCodesTable {
  user_id: number;
  code_hash: string;
  used_at: NullableTimestamp;
  created_at: Generated<Date>;
}

export interface AuthorsTable extends Versioned {
  id: Generated<number>;
  slug: string;
  user_id: number | null;
}

export interface AuthorTranslationsTable {
  author_id: number;
  locale: Locale;
  name: string;
  bio: Generated<string>;
}

export interface CategoriesTable extends Versioned {
  id: Generated<number>;
  key: string;
  position: Generated<number>;
}

export interface CategoryTranslationsTable {
  category_id: number;
  locale: Locale;
  name: string;
  slug: string;
}

export interface TagsTable extends Versioned {
  id: Generated<number>;
  key: string;
}

export interface TagTranslationsTable {
  tag_id: number;
  locale: Locale;
  name: string;
  slug: string;
}

export interface MediaTable {
  id: Generated<number>;
  storage_key: string;
  mime_type: string;
  width: number;
  height: number;
  byte_size: number;
  /** Hex prefix of the SHA-256 of the cleaned original: part of every variant's URL (lib/media/variants.ts). */
  content_hash: string;
  uploaded_by: number | null;
  /** The uploaded file's name, for searching the library; null for uploads from before it was kept. */
  file_name: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: Timestamp;
}

/** An image's own alt text and caption in one language, offered when it is picked; an article's own text overrides it. */
export interface MediaTextsTable {
  media_id: number;
  locale: Locale;
  alt: Generated<string>;
  caption: Generated<string>;
}

export interface ArticlesTable extends Versioned {
  id: Generated<number>;
  /** Stable external key (demo content, imports); null for articles written in the admin. */
  key: string | null;
  category_id: number;
  author_id: number;
  cover_media_id: number | null;
  kind: Generated<ArticleKind>;
  /** Live coverage only: when it began and ended (null while it is live). */
  coverage_started_at: NullableTimestamp;
  coverage_ended_at: NullableTimestamp;
  /** The number of the live page's last change (migration 2026_12_07_80); bigint, so pg returns a string. */
  live_seq: ColumnType<string, never, string>;
  live_indexnow_at: NullableTimestamp;
}

type JsonDocument = ColumnType<ArticleDocument, string, string>;

export interface ArticleTranslationsTable extends Versioned {
  article_id: number;
  locale: Locale;
  slug: string;
  title: string;
  lead: Generated<string>;
  body: JsonDocument;
  seo_title: string | null;
  seo_description: string | null;
  cover_alt: string | null;
  cover_caption: string | null;
  status: TranslationStatus;
  published_at: NullableTimestamp;
  /** Maintained by a trigger from title, lead and body (migration 2026_11_26_10_search); never written by the app. */
  search_vector: ColumnType<string, never, never>;
  search_head: ColumnType<string, never, never>;
  /** The article's category and author, kept by triggers for the scoped listings (migration 2026_12_01_10). */
  category_id: ColumnType<number, never, never>;
  author_id: ColumnType<number, never, never>;
}

/** Words in use per locale, for correcting typos by trigram similarity; filled by a trigger on translations. */
export interface SearchWordsTable {
  locale: Locale;
  word: string;
  trigrams: string;
  /** How many published translations of the locale use the word; a word no published text uses is not listed. */
  uses: Generated<number>;
}

export interface ArticleTagsTable {
  article_id: number;
  tag_id: number;
  position: Generated<number>;
}

export interface ArticleRevisionsTable {
  id: Generated<string>;
  article_id: number;
  locale: Locale;
  title: string;
  lead: string;
  body: JsonDocument;
  created_by: number | null;
  created_at: Timestamp;
}

export interface CurrencyRatesTable {
  code: string;
  rate_date: ColumnType<string, string, string>;
  nominal: Generated<number>;
  /** numeric comes back from pg as a string, so no precision is lost on the way. */
  value: ColumnType<string, string | number, string | number>;
  source: string;
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface SiteSettingsTable {
  key: string;
  value: ColumnType<unknown, string, string>;
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface AuditLogTable {
  id: Generated<string>;
  user_id: number | null;
  action: string;
  entity: string;
  entity_id: string | null;
  locale: string | null;
  details: ColumnType<unknown, string | undefined, string>;
  created_at: Timestamp;
}

export interface JobRunsTable {
  name: string;
  done_key: string | null;
  locked_until: NullableTimestamp;
  last_started_at: NullableTimestamp;
  last_finished_at: NullableTimestamp;
  last_error: string | null;
  updated_at: Timestamp;
}

export interface ArticleViewsTable {
  article_id: number;
  locale: Locale;
  hour: Timestamp;
  /** bigint comes back from pg as a string. */
  views: ColumnType<string, string | number, string | number>;
}

/** The reader hash's salt of one Baku day (lib/now/salt.ts); yesterday's is deleted. */
export interface NowSaltsTable {
  /** `YYYY-MM-DD`; pg's date type comes back as a string (lib/db/connect.ts). */
  day: string;
  salt: Buffer;
  created_at: Generated<Date>;
}

/** Readers present on a page in one minute, per language and source ('all' for every reader); kept 48 hours. */
export interface NowMinutesTable {
  minute: Timestamp;
  page: string;
  locale: Locale;
  source: string;
  readers: number;
  engaged_seconds: number;
}

/** The minutes rolled up by hour; kept 90 days. */
export interface NowHoursTable {
  hour: Timestamp;
  page: string;
  locale: Locale;
  source: string;
  reader_minutes: number;
  peak_readers: number;
  engaged_seconds: number;
}

export interface BreakingNewsTable {
  locale: Locale;
  text: string;
  link: string | null;
  starts_at: Timestamp;
  expires_at: Timestamp;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** A cover's alt text and caption in a language whose translation does not exist yet (migration 2026_12_07_30). */
export interface ArticleCoverTextsTable {
  article_id: number;
  locale: Locale;
  alt: string | null;
  caption: string | null;
  updated_at: Timestamp;
}

/** One open editor of a story, kept alive by its heartbeat (lib/editorial/presence.ts). */
export interface EditorPresenceTable {
  article_id: number;
  client_id: string;
  user_id: number;
  locale: Locale;
  seen_at: Timestamp;
  /** When the tab said goodbye; its late beats do not bring it back. */
  left_at: Timestamp | null;
}

export interface LoginFailuresTable {
  id: Generated<string>;
  /** `pair` counts an account and an address together; its subject is `{account}\n{address}`. */
  scope: 'account' | 'ip' | 'pair';
  subject: string;
  created_at: Timestamp;
}

export interface SignInAddressesTable {
  account: string;
  address: string;
  last_success_at: Generated<Timestamp>;
}

export interface StaffSessionsTable {
  id: string;
  user_id: number;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  /** Wrong two-factor codes typed in this session (lib/auth/session-codes.ts); the tenth ends it. */
  code_failures: Generated<number>;
}

/** A "forgot password" link's token, by its SHA-256 only (lib/auth/password-reset.ts); one per user at most. */
export interface PasswordResetTokensTable {
  user_id: number;
  token_hash: string;
  created_at: Generated<Date>;
  expires_at: Timestamp;
}

export interface PasswordResetAttemptsTable {
  id: Generated<string>;
  /** `account`: a link asked for this typed email; `ip`: from this address; `badToken`: a wrong link from this address. */
  scope: 'account' | 'ip' | 'badToken';
  subject: string;
  created_at: Generated<Date>;
}

export interface LiveEntriesTable extends Versioned {
  id: Generated<number>;
  article_id: number;
  created_by: number | null;
  posted_at: Timestamp;
  key_event: Generated<boolean>;
  pinned: Generated<boolean>;
  deleted_at: NullableTimestamp;
}

export interface LiveEntryTranslationsTable extends Versioned {
  entry_id: number;
  locale: Locale;
  title: Generated<string>;
  body: JsonDocument;
  status: LiveEntryStatus;
  published_at: NullableTimestamp;
}

export interface LiveEntryRevisionsTable {
  id: Generated<string>;
  entry_id: number;
  locale: Locale;
  title: string;
  body: JsonDocument;
  created_by: number | null;
  created_at: Timestamp;
}

/** One change of a live page that the readers of one language see (lib/live/changes.ts). */
export interface LiveChangesTable {
  article_id: number;
  /** bigint: pg returns it as a string. */
  seq: ColumnType<string, string | number, never>;
  locale: Locale;
  /** Null for a change of the page itself (its coverage ended or resumed). */
  entry_id: number | null;
  /** False for a change only the newsroom sees (a draft). */
  for_readers: boolean;
  created_at: Timestamp;
}

export interface Database {
  users: UsersTable;
  recovery_codes: RecoveryCodesTable;
  authors: AuthorsTable;
  author_translations: AuthorTranslationsTable;
  categories: CategoriesTable;
  category_translations: CategoryTranslationsTable;
  tags: TagsTable;
  tag_translations: TagTranslationsTable;
  media: MediaTable;
  media_texts: MediaTextsTable;
  articles: ArticlesTable;
  article_translations: ArticleTranslationsTable;
  article_tags: ArticleTagsTable;
  article_revisions: ArticleRevisionsTable;
  currency_rates: CurrencyRatesTable;
  site_settings: SiteSettingsTable;
  audit_log: AuditLogTable;
  job_runs: JobRunsTable;
  article_views: ArticleViewsTable;
  breaking_news: BreakingNewsTable;
  login_failures: LoginFailuresTable;
  sign_in_addresses: SignInAddressesTable;
  staff_sessions: StaffSessionsTable;
  password_reset_tokens: PasswordResetTokensTable;
  password_reset_attempts: PasswordResetAttemptsTable;
  search_words: SearchWordsTable;
  article_cover_texts: ArticleCoverTextsTable;
  editor_presence: EditorPresenceTable;
  now_salts: NowSaltsTable;
  now_minutes: NowMinutesTable;
  now_hours: NowHoursTable;
  live_entries: LiveEntriesTable;
  live_entry_translations: LiveEntryTranslationsTable;
  live_entry_revisions: LiveEntryRevisionsTable;
  live_changes: LiveChangesTable;
}

export type User = Selectable<UsersTable>;
export type NewArticleTranslation = Insertable<ArticleTranslationsTable>;
export type ArticleTranslationUpdate = Updateable<ArticleTranslationsTable>;
