import 'server-only';
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import type { Staff } from '@/lib/auth/sessions';
import { revalidateEverything } from '@/lib/cache/revalidate';
import { DEFAULT_SETTINGS, settingsSchema, type SettingKey } from '@/lib/content/settings-defaults';
import { SETTING_KEYS } from '@/lib/content/settings-fields';
import { getDb } from '@/lib/db/client';
import type { Database } from '@/lib/db/schema';
import { audit } from '@/lib/audit/write';
import type { ActionResult } from '@/lib/editorial/shared/result';
import { recordVersion } from '@/lib/editorial/plumbing/fields';
import { versionedWrite } from '@/lib/editorial/plumbing/versioned-write';

export interface EditableSettings {
  values: Record<SettingKey, string>;
  /** Each setting's version (0: never saved), for optimistic locking. */
  versions: Record<SettingKey, number>;
}

export async function getEditableSettings(): Promise<EditableSettings> {
  const rows = await getDb().selectFrom('site_settings').select(['key', 'value', 'version']).execute();
  const values = { ...DEFAULT_SETTINGS };
  const versions = Object.fromEntries(SETTING_KEYS.map((key) => [key, 0])) as Record<SettingKey, number>;
  for (const row of rows) {
    if (!(SETTING_KEYS as string[]).includes(row.key)) continue;
    const key = row.key as SettingKey;
    const parsed = settingsSchema.shape[key].safeParse(row.value);
    if (parsed.success) values[key] = parsed.data;
    versions[key] = row.version;
  }
  return { values, versions };
}

/**
 * One site setting at the version the form was loaded with (0: never saved); its new version, or undefined when
 * someone saved it first. For versionedWrite's `current`.
 */
export function writeSetting(trx: Kysely<Database>, key: string, value: string, expected: number): Promise<{ version: number } | undefined> {
  return expected === 0
    ? trx.insertInto('site_settings').values({ key, value }).onConflict((oc) => oc.column('key').doNothing()).returning('version').executeTakeFirst()
    : trx
        .updateTable('site_settings')
        .set({ value, version: sql`version + 1`, updated_at: sql`now()` })
        .where('key', '=', key)
        .where('version', '=', expected)
        .returning('version')
        .executeTakeFirst();
}

const version = recordVersion;
/** Every setting, each with the version the form was loaded with. */
export const settingsFormSchema = settingsSchema.extend(
  Object.fromEntries(SETTING_KEYS.map((key) => [`version_${key}`, version])) as Record<`version_${SettingKey}`, typeof version>,
);

/** Saves the site settings every page shows (the YouTube promo, the footer), then marks every cached page stale. */
export async function saveSettings(staff: Staff, input: z.output<typeof settingsFormSchema>): Promise<ActionResult> {
  const saved = await versionedWrite((current) =>
    getDb()
      .transaction()
      .execute(async (trx) => {
        for (const key of SETTING_KEYS) {
          const expected = input[`version_${key}`];
          const value = JSON.stringify(input[key]);
          current(await writeSetting(trx, key, value, expected));
        }
        await audit(trx, staff.id, { action: 'settings', entity: 'settings', entityId: 0 });
      }),
  );
  if (!saved.ok) return saved;
  revalidateEverything();
  return { ok: true, data: null };
}
