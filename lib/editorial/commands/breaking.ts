import 'server-only';
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import { MAX_LENGTH } from '@/lib/editorial/shared/limits';
import { announceSiteChange } from '@/lib/cache/site-changes';
import { getDb } from '@/lib/db/client';
import type { Database } from '@/lib/db/schema';
import { locales } from '@/lib/i18n/locales';

// A link is a path on this site or an https address: never `javascript:`, `data:`, `//evil.example` or `/\evil`.
const internalPath = z.string().regex(/^\/(?![/\\])[^\s\\]*$/, 'Breaking.errors.link');
const httpsUrl = z
  .string()
  .refine((value) => URL.canParse(value) && new URL(value).protocol === 'https:' && !/\s/.test(value), 'Breaking.errors.link');

const MAX_MINUTES = 7 * 24 * 60;

export const breakingNewsInput = z
  .object({
    locale: z.enum(locales, { error: 'Breaking.errors.locale' }),
    text: z.string({ error: 'Breaking.errors.text' }).trim().min(3, 'Breaking.errors.text').max(MAX_LENGTH.breakingText, 'Breaking.errors.textTooLong'),
    link: z.preprocess((v) => (v === '' ? null : v), z.union([internalPath, httpsUrl], { error: 'Breaking.errors.link' }).nullable().default(null)),
    startsAt: z.coerce.date({ error: 'Breaking.errors.startsAt' }).optional(),
    minutes: z.coerce.number({ error: 'Breaking.errors.minutes' }).int('Breaking.errors.minutes').min(1, 'Breaking.errors.minutes').max(MAX_MINUTES, 'Breaking.errors.minutes'),
    /** The version the editor saw, for optimistic locking; absent when setting a line where there is none. */
    version: z.number().int().positive().optional(),
  })
  .strict();
export type BreakingNewsInput = z.input<typeof breakingNewsInput>;

export type BreakingResult = { ok: true; version: number; expiresAt: Date } | { ok: false; errors: Record<string, string> };

function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    errors[field] ??= issue.message.startsWith('Breaking.') ? issue.message : `Breaking.errors.${field}`;
  }
  return errors;
}

/**
 * Sets (or replaces) the breaking-news line of a locale, shown from `startsAt` (default now) for `minutes`. The
 * change is announced to every app instance, whose listener revalidates every reader page at once and again when
 * the line expires. The admin wraps this in its auth-checking action; it takes plain input and validates it itself.
 */
/** Work that must commit or fail with the line itself (the admin's audit entry). */
type AlsoInTransaction = (trx: Kysely<Database>) => Promise<void>;

export async function setBreakingNews(input: unknown, alsoInTransaction?: AlsoInTransaction): Promise<BreakingResult> {
  const parsed = breakingNewsInput.safeParse(input);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  const { locale, text, link, startsAt, minutes, version } = parsed.data;
  const starts = startsAt ?? new Date();
  const expires = new Date(starts.getTime() + minutes * 60_000);
  const row = await getDb()
    .transaction()
    .execute(async (trx) => {
      const saved = await trx
        .insertInto('breaking_news')
        .values({ locale, text, link, starts_at: starts, expires_at: expires })
        .onConflict((oc) => {
          const update = oc.column('locale').doUpdateSet({
            text,
            link,
            starts_at: starts,
            expires_at: expires,
            version: sql<number>`breaking_news.version + 1`,
            updated_at: sql<Date>`now()`,
          });
          return version === undefined ? update : update.where('breaking_news.version', '=', version);
        })
        .returning(['version', 'expires_at'])
        .executeTakeFirst();
      if (saved) await alsoInTransaction?.(trx);
      return saved;
    });
  if (!row) return { ok: false, errors: { form: 'Breaking.errors.stale' } };
  await announceSiteChange('breaking');
  return { ok: true, version: row.version, expiresAt: row.expires_at };
}

/**
 * Takes a locale's breaking line down now; returns whether there was one. With `version`, only if the line is still
 * the one the editor saw.
 */
export async function clearBreakingNews(
  locale: unknown,
  options: { version?: number; alsoInTransaction?: AlsoInTransaction } = {},
): Promise<{ ok: true; cleared: boolean } | { ok: false; errors: Record<string, string> }> {
  const parsed = breakingNewsInput.shape.locale.safeParse(locale);
  if (!parsed.success) return { ok: false, errors: { locale: 'Breaking.errors.locale' } };
  const cleared = await getDb()
    .transaction()
    .execute(async (trx) => {
      const deleted = await trx
        .deleteFrom('breaking_news')
        .where('locale', '=', parsed.data)
        .$if(options.version !== undefined, (q) => q.where('version', '=', options.version!))
        .executeTakeFirst();
      if (deleted.numDeletedRows === 0n) return false;
      await options.alsoInTransaction?.(trx);
      return true;
    });
  if (cleared) await announceSiteChange('breaking');
  return { ok: true, cleared };
}
