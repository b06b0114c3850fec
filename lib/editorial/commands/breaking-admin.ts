import 'server-only';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Staff } from '@/lib/auth/sessions';
import { getDb } from '@/lib/db/client';
import { locales, type Locale } from '@/lib/i18n/locales';
import { clearBreakingNews, setBreakingNews } from '@/lib/editorial/commands/breaking';
import { audit } from '@/lib/audit/write';
import { fail, type ActionErrors, type ActionResult, type ErrorKey } from '@/lib/editorial/shared/result';
import { bakuDateTime, existingVersion, recordVersion } from '@/lib/editorial/plumbing/fields';
import { MAX_LENGTH } from '@/lib/editorial/shared/limits';


export const breakingFormSchema = z
  .object({
    locale: z.enum(locales),
    version: recordVersion,
    text: z.string().trim().min(3, 'tooShort').max(MAX_LENGTH.breakingText, 'tooLong'),
    link: z.string().trim().max(MAX_LENGTH.breakingLink, 'tooLong'),
    // Empty: now.
    startsAt: bakuDateTime.optional().or(z.literal('').transform(() => undefined)),
    expiresAt: bakuDateTime,
  })
  .superRefine((input, ctx) => {
    const starts = input.startsAt ?? new Date();
    if (input.expiresAt.getTime() <= Math.max(starts.getTime(), Date.now())) ctx.addIssue({ code: 'custom', path: ['expiresAt'], message: 'breakingWindow' });
  });
export type BreakingFormInput = z.output<typeof breakingFormSchema>;

export const clearBreakingSchema = z.object({ locale: z.enum(locales), version: existingVersion });

// lib/editorial/commands/breaking speaks in the reader site's Breaking.* keys; the admin shows its own.
const FIELD_ERRORS: Record<string, [field: string, key: ErrorKey]> = {
  'Breaking.errors.link': ['link', 'unsafeLink'],
  'Breaking.errors.text': ['text', 'tooShort'],
  'Breaking.errors.textTooLong': ['text', 'tooLong'],
  'Breaking.errors.minutes': ['expiresAt', 'breakingWindow'],
  'Breaking.errors.startsAt': ['startsAt', 'invalid'],
  'Breaking.errors.stale': ['form', 'conflict'],
};

function adminErrors(errors: Record<string, string>): ActionErrors {
  const out: ActionErrors = {};
  for (const [field, key] of Object.entries(errors)) {
    const [target, message] = FIELD_ERRORS[key] ?? [field, 'invalid'];
    out[target] ??= message;
  }
  return out;
}

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
  if (!result.ok) return fail(adminErrors(result.errors));
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
