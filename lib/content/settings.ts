import 'server-only';
import { cache } from 'react';
import { getReaderDb } from '@/lib/db/client';
import { DEFAULT_SETTINGS, settingsSchema, type SettingKey, type SiteSettings } from './settings-defaults';

/** Site settings editors can change; a missing or invalid value falls back to its default. */
export const getSiteSettings = cache(async (): Promise<SiteSettings> => {
  const rows = await getReaderDb().selectFrom('site_settings').select(['key', 'value']).execute();
  const stored = Object.fromEntries(rows.map((row) => [row.key, row.value]));
  const settings = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as SettingKey[]) {
    const parsed = settingsSchema.shape[key].safeParse(stored[key]);
    if (parsed.success) settings[key] = parsed.data;
  }
  return settings;
});
