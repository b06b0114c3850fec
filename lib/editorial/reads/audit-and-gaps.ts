import 'server-only';
import { sql } from 'kysely';
import { getDb } from '@/lib/db/client';
import { locales, type Locale } from '@/lib/i18n/locales';

export interface TranslationGap {
  id: number;
  title: string;
  source: Locale;
  missing: Locale[];
  /** Translations last saved before their source was: they may no longer say the same. */
  stale: Locale[];
}

/**
 * Articles that lack a language or have a translation older than its source (the translation written first), newest
 * articles first.
 */
export async function listTranslationGaps(limit = 100): Promise<TranslationGap[]> {
  const { rows } = await sql<{ article_id: number; locale: Locale; title: string; source: Locale; stale: boolean }>`
    with source as (
      select distinct on (article_id) article_id, locale, updated_at
      from article_translations
      order by article_id, created_at, locale
    ), flagged as (
      select t.article_id, t.locale, t.title, s.locale as source, (t.locale <> s.locale and t.updated_at < s.updated_at) as stale
      from article_translations t
      join source s on s.article_id = t.article_id
    ), gaps as (
      select article_id from flagged
      group by article_id
      having count(*) < ${locales.length} or bool_or(stale)
      order by article_id desc
      limit ${limit}
    )
    select * from flagged where article_id in (select article_id from gaps)
    order by article_id desc`.execute(getDb());
  const gaps = new Map<number, TranslationGap>();
  for (const row of rows) {
    const gap = gaps.get(row.article_id) ?? { id: row.article_id, title: '', source: row.source, missing: [...locales], stale: [] };
    gap.missing = gap.missing.filter((l) => l !== row.locale);
    if (row.locale === row.source) gap.title = row.title;
    if (row.stale) gap.stale.push(row.locale);
    gaps.set(row.article_id, gap);
  }
  return [...gaps.values()];
}

export interface AuditRow {
  id: string;
  at: Date;
  user: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  locale: string | null;
  /** Where a sign-in came from, and the email a failed one typed. */
  address: string | null;
  email: string | null;
  /** Why a story was unpublished, as the editor wrote it. */
  reason: string | null;
}

/** The audit log, newest first, paged by id. */
export async function listAudit(before: string | null, limit = 100): Promise<{ rows: AuditRow[]; next: string | null }> {
  const rows = await getDb()
    .selectFrom('audit_log as l')
    .leftJoin('users as u', 'u.id', 'l.user_id')
    .select(['l.id', 'l.created_at', 'u.name', 'l.action', 'l.entity', 'l.entity_id', 'l.locale', 'l.details'])
    .$if(before !== null, (q) => q.where('l.id', '<', before!))
    .orderBy('l.id', 'desc')
    .limit(limit + 1)
    .execute();
  const page = rows.slice(0, limit).map((r) => {
    const details = (r.details ?? {}) as { address?: unknown; email?: unknown; reason?: unknown };
    return {
      id: r.id,
      at: r.created_at,
      user: r.name,
      action: r.action,
      entity: r.entity,
      entityId: r.entity_id,
      locale: r.locale,
      address: typeof details.address === 'string' ? details.address : null,
      email: typeof details.email === 'string' ? details.email : null,
      reason: typeof details.reason === 'string' ? details.reason : null,
    };
  });
  return { rows: page, next: rows.length > limit ? (page.at(-1)?.id ?? null) : null };
}
