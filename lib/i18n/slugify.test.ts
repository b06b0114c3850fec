import { describe, expect, it } from 'vitest';
import { lowerCase, slugify, upperCase } from './slugify';

describe('slugify', () => {
  it('transliterates Russian titles', () => {
    expect(slugify('Визит Алиева в Казахстан углубляет сотрудничество между Баку и Астаной', 'ru')).toBe(
      'vizit-alieva-v-kazakhstan-uglublyaet-sotrudnichestvo-mezhdu-baku-i-astanoy',
    );
    expect(slugify('Щедрый урожай: ёлки, объём, съезд', 'ru')).toBe('shchedryy-urozhay-yolki-obyom-sezd');
  });

  it('folds every Azerbaijani letter to ASCII, including the dotted and dotless i', () => {
    expect(slugify('Əliyevin Qazaxıstana səfəri: İqtisadi əməkdaşlıq güclənir', 'az')).toBe(
      'eliyevin-qazaxistana-seferi-iqtisadi-emekdasliq-guclenir',
    );
    expect(slugify('ŞƏKİ, ÇÖL, ĞÜ, IŞIQ', 'az')).toBe('seki-col-gu-isiq');
  });

  it('strips accents and punctuation in English', () => {
    expect(slugify('Türkiye & the EU: “Café” talks — 2025', 'en')).toBe('turkiye-the-eu-cafe-talks-2025');
  });

  it('keeps slugs short without cutting a word in half', () => {
    const slug = slugify('word '.repeat(40), 'en');
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug.split('-').every((w) => w === 'word')).toBe(true);
  });
});

describe('Azerbaijani casing', () => {
  it('uses İ/i and I/ı pairs', () => {
    expect(upperCase('iqtisadiyyat', 'az')).toBe('İQTİSADİYYAT');
    expect(lowerCase('IŞIQ', 'az')).toBe('ışıq');
    expect(upperCase('iqtisadiyyat', 'en')).toBe('IQTISADIYYAT');
  });
});
