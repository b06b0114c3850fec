import { z } from 'zod';

export const settingsSchema = z.object({
  youtube_channel_url: z.url({ protocol: /^https$/ }),
  youtube_channel_name: z.string().min(1).max(100),
});

export type SiteSettings = z.infer<typeof settingsSchema>;
export type SettingKey = keyof SiteSettings;

export const DEFAULT_SETTINGS: SiteSettings = {
  youtube_channel_url: 'https://www.youtube.com/@anewsaz',
  youtube_channel_name: 'Anews TV',
};
