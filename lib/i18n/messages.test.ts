import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import az from '@/messages/az.json';
import en from '@/messages/en.json';
import ru from '@/messages/ru.json';

type Tree = { [key: string]: string | Tree };
const catalogs = { ru, az, en } as Record<string, Tree>;

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );
}

describe('messages', () => {
  it('have the same keys in all three languages', () => {
    const reference = keys(catalogs.ru!).sort();
    expect(reference.length).toBeGreaterThan(30);
    for (const [locale, catalog] of Object.entries(catalogs)) {
      expect(keys(catalog).sort(), `messages/${locale}.json`).toEqual(reference);
    }
  });

  it('have no empty text', () => {
    for (const [locale, catalog] of Object.entries(catalogs)) {
      const walk = (tree: Tree, path: string) => {
        for (const [key, value] of Object.entries(tree)) {
          if (typeof value === 'string') expect(value.trim(), `${locale}: ${path}${key}`).not.toBe('');
          else walk(value, `${path}${key}.`);
        }
      };
      walk(catalog, '');
    }
  });

  it('use the three Russian plural forms', () => {
    const t = createTranslator({ locale: 'ru', messages: ru, namespace: 'Article' });
    expect(t('readingTime', { minutes: 1 })).toBe('1 минута чтения');
    expect(t('readingTime', { minutes: 3 })).toBe('3 минуты чтения');
    expect(t('readingTime', { minutes: 5 })).toBe('5 минут чтения');
    expect(t('readingTime', { minutes: 11 })).toBe('11 минут чтения');
    expect(t('readingTime', { minutes: 21 })).toBe('21 минута чтения');
    const listing = createTranslator({ locale: 'ru', messages: ru, namespace: 'Listing' });
    expect(listing('count', { count: 22 })).toBe('22 новости');
    expect(listing('count', { count: 25 })).toBe('25 новостей');
  });

  it('keep Azerbaijani letters intact', () => {
    const t = createTranslator({ locale: 'az', messages: az, namespace: 'Rates' });
    expect(t('label')).toBe('Valyuta məzənnələri');
    expect(t('currency.TRY')).toBe('Türkiyə lirəsi');
    expect(createTranslator({ locale: 'en', messages: en, namespace: 'Article' })('readingTime', { minutes: 1 })).toBe('1 minute read');
  });
});
