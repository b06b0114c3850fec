import 'server-only';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Staff } from '@/lib/auth/sessions';
import { revalidateEverything } from '@/lib/cache/revalidate';
import { DEFAULT_SETTINGS, settingsSchema, type SettingKey } from '@/lib/content/settings-defaults';
import { getDb } from '@/lib/db/client';
import { audit } from './audit';
import { fail, type ActionResult } from './result';

const KEYS = Object.keys(DEFAULT_SETTINGS) as SettingKey[];

export interface EditableSettings {
  values: Record<SettingKey, string>;
  /** Each setting's version (0: never saved), for optimistic locking. */
  versions: Record<SettingKey, number>;
}

export async function getEditableSettings(): Promise<EditableSettings> {
  const rows = await getDb().selectFrom('site_settings').select(['key', 'value', 'version']).execute();
  const values = { ...DEFAULT_SETTINGS };
  const versions = Object.fromEntries(KEYS.map((key) => [key, 0])) as Record<SettingKey, number>;
  for (const row of rows) {
    if (!(KEYS as string[]).includes(row.key)) continue;
    const key = row.key as SettingKey;
    const parsed = settingsSchema.shape[key].safeParse(row.value);
    if (parsed.success) values[key] = parsed.data;
    versions[key] = row.version;
  }
  return { values, versions };
}

const version = z.coerce.number().int().min(0);
export const settingsFormSchema = settingsSchema.extend({
  youtube_channel_url: z.url({ protocol: /^https$/, error: 'invalid' }).max(300, 'tooLong'),
  youtube_channel_name: z.string().trim().min(1, 'required').max(100, 'tooLong'),
  version_youtube_channel_url: version,
  version_youtube_channel_name: version,
});

class Conflict extends Error {}

/** Saves the site settings every page shows (the YouTube promo), then marks every cached page stale. */
export async function saveSettings(staff: Staff, input: z.output<typeof settingsFormSchema>): Promise<ActionResult> {
  try {
    await getDb()
      .transaction()
      .execute(async (trx) => {
        for (const key of KEYS) {
          const expected = input[`version_${key}`];
          const value = JSON.stringify(input[key]);
          const saved =
            expected === 0
              ? await trx.insertInto('site_settings').values({ key, value }).onConflict((oc) => oc.column('key').doNothing()).returning('key').executeTakeFirst()
              : await trx
                  .updateTable('site_settings')
                  .set({ value, version: sql`version + 1`, updated_at: sql`now()` })
                  .where('key', '=', key)
                  .where('version', '=', expected)
                  .returning('key')
                  .executeTakeFirst();
          if (!saved) throw new Conflict();
        }
        await audit(trx, staff.id, { action: 'settings', entity: 'settings', entityId: 0 });
      });
  } catch (error) {
    if (error instanceof Conflict) return fail({ form: 'conflict' });
    throw error;
  }
  revalidateEverything();
  return { ok: true, data: null };
}
