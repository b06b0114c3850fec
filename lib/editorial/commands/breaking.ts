import 'server-only';
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import { audit } from '@/lib/audit/write';
import type { Staff } from '@/lib/auth/sessions';
import { announceSiteChange } from '@/lib/cache/site-changes';
import { getDb } from '@/lib/db/client';
import type { Database } from '@/lib/db/schema';
import { bakuDateAndTime, dateTimePart, existingVersion, recordVersion } from '@/lib/editorial/plumbing/fields';
import { MAX_LENGTH } from '@/lib/editorial/shared/limits';
import { fail, isErrorKey, type ActionErrors, type ActionResult } from '@/lib/editorial/shared/result';
import { locales, type Locale } from '@/lib/i18n/locales';

/*
 * Breaking news, written: the one function the command line and the admin both set a locale's line through, the
 * admin's form and its actions, and what the admin page reads. Every refusal is an admin message key
 * (lib/editorial/shared/result.ts): the admin shows it in the editor's language, the command line in English.
 */

// A link is a path on this site or an https address: never `javascript:`, `data:`, `//evil.example` or `/\evil`.
const internalPath = z.string().regex(/^\/(?![/\\])[^\s\\]*$/, 'unsafeLink');
const httpsUrl = z
  .string()
  .refine((value) => URL.canParse(value) && new URL(value).protocol === 'https:' && !/\s/.test(value), 'unsafeLink');

const MAX_MINUTES = 7 * 24 * 60;

export const breakingNewsInput = z
  .object({
    locale: z.enum(locales, { error: 'invalid' }),
    text: z.string({ error: 'required' }).trim().min(3, 'tooShort').max(MAX_LENGTH.breakingText, 'tooLong'),
    link: z.preprocess((v) => (v === '' ? null : v), z.union([internalPath, httpsUrl], { error: 'unsafeLink' }).nullable().default(null)),
    startsAt: z.coerce.date({ error: 'invalidDate' }).optional(),
    minutes: z.coerce.number({ error: 'breakingWindow' }).int('breakingWindow').min(1, 'breakingWindow').max(MAX_MINUTES, 'breakingWindow'),
    /** The version the editor saw, for optimistic locking; absent when setting a line where there is none. */
    version: z.number().int().positive().optional(),
  })
  .strict();
export type BreakingNewsInput = z.input<typeof breakingNewsInput>;

export type BreakingResult = { ok: true; version: number; expiresAt: Date } | { ok: false; errors: ActionErrors };

function fieldErrors(error: z.ZodError): ActionErrors {
  const errors: ActionErrors = {};
  for (const issue of error.issues) errors[String(issue.path[0] ?? 'form')] ??= isErrorKey(issue.message) ? issue.message : 'invalid';
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
  if (!row) return { ok: false, errors: { form: 'conflict' } };
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
): Promise<{ ok: true; cleared: boolean } | { ok: false; errors: ActionErrors }> {
  const parsed = breakingNewsInput.shape.locale.safeParse(locale);
  if (!parsed.success) return { ok: false, errors: { locale: 'invalid' } };
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

export const breakingFormSchema = z
  .object({
    locale: z.enum(locales),
    version: recordVersion,
    text: z.string().trim().min(3, 'tooShort').max(MAX_LENGTH.breakingText, 'tooLong'),
    link: z.string().trim().max(MAX_LENGTH.breakingLink, 'tooLong'),
    // The admin's date and time fields, Baku time (components/admin/BakuDateTimeField). An empty start: now.
    startsAtDate: dateTimePart,
    startsAtTime: dateTimePart,
    expiresAtDate: dateTimePart,
    expiresAtTime: dateTimePart,
  })
  .transform(({ startsAtDate, startsAtTime, expiresAtDate, expiresAtTime, ...rest }, ctx) => {
    const startsAt = bakuDateAndTime(startsAtDate, startsAtTime);
    const expiresAt = bakuDateAndTime(expiresAtDate, expiresAtTime);
    if (startsAt === null) ctx.addIssue({ code: 'custom', path: ['startsAt'], message: 'invalidDate' });
    if (expiresAt === null) ctx.addIssue({ code: 'custom', path: ['expiresAt'], message: 'invalidDate' });
    if (expiresAt === undefined) ctx.addIssue({ code: 'custom', path: ['expiresAt'], message: 'required' });
    if (startsAt === null || !expiresAt) return z.NEVER;
    if (expiresAt.getTime() <= Math.max((startsAt ?? new Date()).getTime(), Date.now())) {
      ctx.addIssue({ code: 'custom', path: ['expiresAt'], message: 'breakingWindow' });
      return z.NEVER;
    }
    return { ...rest, startsAt, expiresAt };
  });
export type BreakingFormInput = z.output<typeof breakingFormSchema>;

export const clearBreakingSchema = z.object({ locale: z.enum(locales), version: existingVersion });

async function currentVersion(locale: Locale): Promise<number> {
  const row = await getDb().selectFrom('breaking_news').select('version').where('locale', '=', locale).executeTakeFirst();
  return row?.version ?? 0;
}

/**
 * Sets a locale's breaking line from the admin through the one write function the scripts use, which validates the
 * link and announces the change to every instance. The editor must have seen the line as it is now (0: none).
 */
export async function saveBreaking(staff: Staff, input: BreakingFormInput): Promise<ActionResult<{ version: number }>> {
  if (input.version === 0 && (await currentVersion(input.locale)) !== 0) return fail({ form: 'conflict' });
  const starts = input.startsAt ?? new Date();
  const minutes = Math.ceil((input.expiresAt.getTime() - starts.getTime()) / 60_000);
  const expiresAt = new Date(starts.getTime() + minutes * 60_000);
  const result = await setBreakingNews(
    {
      locale: input.locale,
      text: input.text,
      link: input.link,
      startsAt: starts,
      minutes,
      ...(input.version > 0 ? { version: input.version } : {}),
    },
    (trx) =>
      audit(trx, staff.id, {
        action: 'breaking',
        entity: 'breaking',
        entityId: 0,
        locale: input.locale,
        details: { text: input.text, link: input.link || null, startsAt: starts.toISOString(), expiresAt: expiresAt.toISOString() },
      }),
  );
  // The form asks for an end, the command line for a duration: the same refusal, on the field the editor filled in.
  if (!result.ok) {
    const { minutes, ...errors } = result.errors;
    return fail(minutes ? { ...errors, expiresAt: minutes } : errors);
  }
  return { ok: true, data: { version: result.version } };
}

/** Takes a locale's line down, if it is still the one the editor saw. */
export async function removeBreaking(staff: Staff, input: z.output<typeof clearBreakingSchema>): Promise<ActionResult> {
  const result = await clearBreakingNews(input.locale, {
    version: input.version,
    alsoInTransaction: (trx) => audit(trx, staff.id, { action: 'breakingCleared', entity: 'breaking', entityId: 0, locale: input.locale }),
  });
  if (!result.ok) return fail({ locale: 'invalid' });
  if (!result.cleared) return fail({ form: 'conflict' });
  return { ok: true, data: null };
}

export interface EditableBreaking {
  locale: Locale;
  text: string;
  link: string;
  startsAt: Date;
  expiresAt: Date;
  version: number;
}

/** Each locale's line as stored, expired or not, with its version: what the admin page edits; and the database's now. */
export async function listBreakingForAdmin(): Promise<{ now: Date; lines: Partial<Record<Locale, EditableBreaking>> }> {
  const rows = await getDb()
    .selectFrom('breaking_news')
    .select(['locale', 'text', 'link', 'starts_at', 'expires_at', 'version'])
    .execute();
  const { now } = await sql<{ now: Date }>`select now() as now`.execute(getDb()).then((r) => r.rows[0] ?? { now: new Date() });
  return {
    now,
    lines: Object.fromEntries(
      rows.map((r) => [r.locale, { locale: r.locale, text: r.text, link: r.link ?? '', startsAt: r.starts_at, expiresAt: r.expires_at, version: r.version }]),
    ),
  };
}
