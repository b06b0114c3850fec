import { z } from 'zod';
import { PHONE_PATTERN, SETTING_FIELDS, SETTING_KEYS, type SettingField, type SettingKey, type SiteSettings } from './settings-fields';

export type { SettingKey, SiteSettings } from './settings-fields';

function fieldSchema(field: SettingField): z.ZodType<string> {
  switch (field.input) {
    case 'url': {
      const url = z.url({ protocol: /^https$/ }).max(field.max);
      return field.optional ? z.union([z.literal(''), url]) : url;
    }
    case 'email':
      return z.email().max(field.max);
    case 'tel':
      return z.string().trim().max(field.max).regex(PHONE_PATTERN);
    default:
      return z.string().trim().min(1).max(field.max);
  }
}

/** What a stored or submitted setting must be: https links only, so no setting can put a script URL in a page. */
export const settingsSchema = z.object(
  Object.fromEntries(SETTING_KEYS.map((key) => [key, fieldSchema(SETTING_FIELDS[key])])) as Record<SettingKey, z.ZodType<string>>,
);

/** The demo newsroom's settings; also what a setting never saved (a database from before it existed) reads as. */
export const DEFAULT_SETTINGS: SiteSettings = {
  youtube_channel_url: 'https://www.youtube.com/@anewsaz',
  youtube_channel_name: 'Anews TV',
  about_ru:
    'Anews — независимая редакция из Баку. Круглосуточно рассказываем о политике, экономике, обществе, спорте, технологиях и культуре Азербайджана и мира на русском, азербайджанском и английском языках.',
  about_az:
    'Anews Bakıda fəaliyyət göstərən müstəqil xəbər redaksiyasıdır. Azərbaycanın və dünyanın siyasət, iqtisadiyyat, cəmiyyət, idman, texnologiya və mədəniyyət xəbərlərini gecə-gündüz Azərbaycan, rus və ingilis dillərində çatdırırıq.',
  about_en:
    'Anews is an independent newsroom in Baku. Around the clock, we report on politics, the economy, society, sport, technology and culture in Azerbaijan and the world, in Azerbaijani, Russian and English.',
  editorial_policy_ru:
    'Мы проверяем факты по двум независимым источникам, отделяем новости от мнений и называем источник каждой цитаты. Ошибки исправляем открыто: у исправленного материала указана дата обновления. Заметили ошибку — напишите в редакцию.',
  editorial_policy_az:
    'Faktları iki müstəqil mənbə ilə yoxlayır, xəbəri rəydən ayırır və hər sitatın mənbəyini göstəririk. Səhvləri açıq düzəldirik: düzəliş edilmiş materialda yenilənmə tarixi göstərilir. Səhv görsəniz, redaksiyaya yazın.',
  editorial_policy_en:
    'We check facts against two independent sources, keep news apart from opinion and name the source of every quote. We correct mistakes openly: a corrected story shows the date of its update. If you spot an error, write to the newsroom.',
  address_ru: 'AZ1010, Азербайджан, Баку, ул. Низами, 10',
  address_az: 'AZ1010, Azərbaycan, Bakı, Nizami küçəsi, 10',
  address_en: '10 Nizami Street, Baku AZ1010, Azerbaijan',
  contact_phone: '+994 12 555 00 00',
  contact_email: 'info@anews.test',
  facebook_url: 'https://www.facebook.com/anewsaz',
  instagram_url: 'https://www.instagram.com/anewsaz',
  x_url: 'https://x.com/anewsaz',
  telegram_url: 'https://t.me/anewsaz',
};
