/**
 * Every site setting an admin edits (app/admin/settings): its group in the form, its kind of input and its longest
 * value. All settings are text. No zod here, so the admin's client form can import the limits as its `maxLength`;
 * the schemas are built from this table in settings-defaults.ts. A text per language ends in `_{locale}`.
 */
export type SettingInput = 'text' | 'textarea' | 'url' | 'email' | 'tel';
export type SettingGroup = 'youtube' | 'about' | 'policy' | 'contacts' | 'social';

export interface SettingField {
  group: SettingGroup;
  input: SettingInput;
  max: number;
  /** May be left empty (a social network the newsroom is not on): the footer leaves it out. */
  optional?: boolean;
}

const about = { group: 'about', input: 'textarea', max: 600 } as const;
const policy = { group: 'policy', input: 'textarea', max: 1200 } as const;
const address = { group: 'contacts', input: 'text', max: 200 } as const;
const social = { group: 'social', input: 'url', max: 300, optional: true } as const;

export const SETTING_FIELDS = {
  youtube_channel_url: { group: 'youtube', input: 'url', max: 300 },
  youtube_channel_name: { group: 'youtube', input: 'text', max: 100 },
  about_ru: about,
  about_az: about,
  about_en: about,
  editorial_policy_ru: policy,
  editorial_policy_az: policy,
  editorial_policy_en: policy,
  address_ru: address,
  address_az: address,
  address_en: address,
  contact_phone: { group: 'contacts', input: 'tel', max: 40 },
  contact_email: { group: 'contacts', input: 'email', max: 200 },
  facebook_url: social,
  instagram_url: social,
  x_url: social,
  telegram_url: social,
} as const satisfies Record<string, SettingField>;

export type SettingKey = keyof typeof SETTING_FIELDS;
export type SiteSettings = Record<SettingKey, string>;

export const SETTING_KEYS = Object.keys(SETTING_FIELDS) as SettingKey[];

/** Digits, spaces, brackets and dashes, with an optional leading +: how a phone number is written for readers. */
export const PHONE_PATTERN = /^\+?[0-9][0-9 ()-]{4,38}$/;
