import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, settingsSchema } from './settings-defaults';
import { SETTING_KEYS } from './settings-fields';

const parse = (overrides: Record<string, string>) => settingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...overrides });
const failing = (overrides: Record<string, string>) => {
  const result = parse(overrides);
  return result.success ? [] : result.error.issues.map((issue) => String(issue.path[0]));
};

describe('site settings', () => {
  it('has a valid default for every setting', () => {
    expect(Object.keys(DEFAULT_SETTINGS).sort()).toEqual([...SETTING_KEYS].sort());
    expect(parse({}).success).toBe(true);
  });

  it('takes social links over https only, or none', () => {
    for (const url of ['http://www.facebook.com/anewsaz', 'javascript:alert(1)', 'facebook.com/anewsaz']) {
      expect(failing({ facebook_url: url })).toEqual(['facebook_url']);
    }
    expect(failing({ facebook_url: '', telegram_url: '' })).toEqual([]);
    expect(failing({ youtube_channel_url: '' })).toEqual(['youtube_channel_url']);
  });

  it('checks the contacts and keeps every language’s texts', () => {
    expect(failing({ contact_email: 'not an address' })).toEqual(['contact_email']);
    expect(failing({ contact_phone: 'call us' })).toEqual(['contact_phone']);
    expect(failing({ contact_phone: '+994 (12) 555-00-00' })).toEqual([]);
    expect(failing({ about_az: '   ', address_ru: '' })).toEqual(['about_az', 'address_ru']);
    expect(failing({ editorial_policy_en: 'x'.repeat(1201) })).toEqual(['editorial_policy_en']);
  });
});
