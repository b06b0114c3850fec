/** Texts of the demo content the specs navigate by: what a reader sees, in each language. */
export const seedArticle = {
  ru: 'Визит Алиева в Казахстан углубляет сотрудничество между Баку и Астаной',
  az: 'Əliyevin Qazaxıstana səfəri Bakı ilə Astana arasında əməkdaşlığı dərinləşdirir',
  en: "Aliyev's visit to Kazakhstan deepens cooperation between Baku and Astana",
} as const;

/** A demo article published in Russian and English only. */
export const withoutAzerbaijani = { ru: 'Цены на серебро сегодня показывают умеренное снижение' } as const;

export const ui = {
  economy: { ru: 'Экономика', az: 'İqtisadiyyat', en: 'Economy' },
  moreNews: { ru: 'Еще новости', az: 'Daha çox xəbər', en: 'More news' },
  related: { ru: 'Похожие новости', az: 'Oxşar xəbərlər', en: 'Related news' },
  notFound: { ru: 'Страница не найдена', az: 'Səhifə tapılmadı', en: 'Page not found' },
  languages: { ru: 'Русский', az: 'Azərbaycanca', en: 'English' },
} as const;
