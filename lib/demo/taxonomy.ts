import type { Locale } from '@/lib/i18n/locales';
import type { DemoAuthorKey, DemoCategoryKey, DemoTagKey } from './types';

type Names = Record<Locale, string>;

/** Categories in the order they appear in the navigation. */
export const demoCategories: { key: DemoCategoryKey; names: Names }[] = [
  { key: 'politics', names: { ru: 'Политика', az: 'Siyasət', en: 'Politics' } },
  { key: 'economy', names: { ru: 'Экономика', az: 'İqtisadiyyat', en: 'Economy' } },
  { key: 'society', names: { ru: 'Общество', az: 'Cəmiyyət', en: 'Society' } },
  { key: 'world', names: { ru: 'В мире', az: 'Dünya', en: 'World' } },
  { key: 'sport', names: { ru: 'Спорт', az: 'İdman', en: 'Sport' } },
  { key: 'technology', names: { ru: 'Технологии', az: 'Texnologiya', en: 'Technology' } },
  { key: 'culture', names: { ru: 'Культура', az: 'Mədəniyyət', en: 'Culture' } },
];

export const demoAuthors: { key: DemoAuthorKey; names: Names }[] = [
  { key: 'm-ali', names: { ru: 'M.Aли', az: 'M.Əli', en: 'M.Ali' } },
  { key: 'leyla-hasanova', names: { ru: 'Лейла Гасанова', az: 'Leyla Həsənova', en: 'Leyla Hasanova' } },
  { key: 'rashad-mammadov', names: { ru: 'Рашад Мамедов', az: 'Rəşad Məmmədov', en: 'Rashad Mammadov' } },
  { key: 'nigar-aliyeva', names: { ru: 'Нигяр Алиева', az: 'Nigar Əliyeva', en: 'Nigar Aliyeva' } },
  { key: 'orkhan-guliyev', names: { ru: 'Орхан Гулиев', az: 'Orxan Quliyev', en: 'Orkhan Guliyev' } },
  { key: 'newsroom', names: { ru: 'Редакция', az: 'Redaksiya', en: 'Newsroom' } },
];

export const demoTags: { key: DemoTagKey; names: Names }[] = [
  { key: 'oil', names: { ru: 'Нефть', az: 'Neft', en: 'Oil' } },
  { key: 'gas', names: { ru: 'Газ', az: 'Qaz', en: 'Gas' } },
  { key: 'gold', names: { ru: 'Золото', az: 'Qızıl', en: 'Gold' } },
  { key: 'currency', names: { ru: 'Валюта', az: 'Valyuta', en: 'Currency' } },
  { key: 'banks', names: { ru: 'Банки', az: 'Banklar', en: 'Banks' } },
  { key: 'middle-corridor', names: { ru: 'Средний коридор', az: 'Orta Dəhliz', en: 'Middle Corridor' } },
  { key: 'caspian', names: { ru: 'Каспий', az: 'Xəzər', en: 'Caspian' } },
  { key: 'kazakhstan', names: { ru: 'Казахстан', az: 'Qazaxıstan', en: 'Kazakhstan' } },
  { key: 'georgia', names: { ru: 'Грузия', az: 'Gürcüstan', en: 'Georgia' } },
  { key: 'turkey', names: { ru: 'Турция', az: 'Türkiyə', en: 'Türkiye' } },
  { key: 'russia', names: { ru: 'Россия', az: 'Rusiya', en: 'Russia' } },
  { key: 'usa', names: { ru: 'США', az: 'ABŞ', en: 'USA' } },
  { key: 'eu', names: { ru: 'Евросоюз', az: 'Avropa İttifaqı', en: 'European Union' } },
  { key: 'baku', names: { ru: 'Баку', az: 'Bakı', en: 'Baku' } },
  { key: 'agriculture', names: { ru: 'Сельское хозяйство', az: 'Kənd təsərrüfatı', en: 'Agriculture' } },
  { key: 'energy-transition', names: { ru: 'Зелёная энергетика', az: 'Yaşıl enerji', en: 'Green energy' } },
  { key: 'football', names: { ru: 'Футбол', az: 'Futbol', en: 'Football' } },
  { key: 'chess', names: { ru: 'Шахматы', az: 'Şahmat', en: 'Chess' } },
  { key: 'formula-1', names: { ru: 'Формула-1', az: 'Formula 1', en: 'Formula 1' } },
  { key: 'artificial-intelligence', names: { ru: 'Искусственный интеллект', az: 'Süni intellekt', en: 'Artificial intelligence' } },
  { key: 'telecom', names: { ru: 'Связь', az: 'Rabitə', en: 'Telecom' } },
  { key: 'education', names: { ru: 'Образование', az: 'Təhsil', en: 'Education' } },
  { key: 'health', names: { ru: 'Здравоохранение', az: 'Səhiyyə', en: 'Health' } },
  { key: 'transport', names: { ru: 'Транспорт', az: 'Nəqliyyat', en: 'Transport' } },
  { key: 'climate', names: { ru: 'Климат', az: 'İqlim', en: 'Climate' } },
  { key: 'film', names: { ru: 'Кино', az: 'Kino', en: 'Film' } },
  { key: 'music', names: { ru: 'Музыка', az: 'Musiqi', en: 'Music' } },
  { key: 'tourism', names: { ru: 'Туризм', az: 'Turizm', en: 'Tourism' } },
];
