import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cbarDay, CbarFormatError, parseCbarRates, toCbarDay } from './cbar';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'cbar', name), 'utf8');

describe('CBAR rates parser', () => {
  it('reads every currency and metal of a good file, with its date, exact values and nominals', () => {
    const { date, rates, skipped } = parseCbarRates(fixture('good-2025-10-20.xml'));
    expect(date).toBe('2025-10-20');
    expect(skipped).toEqual([]);
    expect(rates.map((rate) => rate.code)).toEqual(['XAU', 'XAG', 'USD', 'EUR', 'RUB', 'TRY', 'GBP', 'JPY', 'KRW', 'GEL']);
    const byCode = new Map(rates.map((rate) => [rate.code, rate]));
    expect(byCode.get('USD')).toEqual({ code: 'USD', nominal: 1, name: '1 ABŞ dolları', value: '1.7' });
    expect(byCode.get('RUB')).toMatchObject({ nominal: 1, value: '0.0211' });
    expect(byCode.get('JPY')).toMatchObject({ nominal: 100, value: '1.1203' });
    expect(byCode.get('KRW')).toMatchObject({ nominal: 100, value: '0.1195', name: '100 Cənubi Koreya vonu' });
    expect(byCode.get('XAU')).toMatchObject({ nominal: 1, value: '6976.0640' });
  });

  it('keeps the valid rates of a partial file and says which entries it skipped and why', () => {
    const { date, rates, skipped } = parseCbarRates(fixture('partial-2025-10-19.xml'));
    expect(date).toBe('2025-10-19');
    expect(rates.map((rate) => rate.code)).toEqual(['USD', 'RUB', 'JPY']);
    expect(skipped).toHaveLength(3);
    expect(skipped[0]).toMatch(/^EUR: value is not a decimal number/);
    expect(skipped[1]).toMatch(/^TRY: nominal is not a positive whole number/);
    expect(skipped[2]).toMatch(/^usd: code is not three capital letters/);
  });

  it.each([
    ['an HTML error page', 'html-error.html', /does not start with <ValCurs>/],
    ['truncated XML', 'truncated-2025-10-20.xml', /not well-formed XML/],
    ['a file without a Date', 'no-date.xml', /Date/],
    ['a file whose values are all non-numeric', 'non-numeric-2025-10-20.xml', /no valid rate/],
  ])('rejects %s as a whole', (_, name, message) => {
    expect(() => parseCbarRates(fixture(name))).toThrow(CbarFormatError);
    expect(() => parseCbarRates(fixture(name))).toThrow(message);
  });

  it.each([
    ['an empty answer', ''],
    ['plain text', 'Service temporarily unavailable'],
    ['JSON', '{"error":"not found"}'],
    ['a date that is no calendar day', '<ValCurs Date="31.02.2025"><ValType><Valute Code="USD"><Nominal>1</Nominal><Name>$</Name><Value>1.7</Value></Valute></ValType></ValCurs>'],
    ['a file with no rates', '<ValCurs Date="24.10.2025"></ValCurs>'],
  ])('rejects %s', (_, body) => {
    expect(() => parseCbarRates(body)).toThrow(CbarFormatError);
  });

  it('keeps the first of a currency listed twice', () => {
    const xml = `<ValCurs Date="24.10.2025"><ValType>
      <Valute Code="USD"><Nominal>1</Nominal><Name>a</Name><Value>1.7</Value></Valute>
      <Valute Code="USD"><Nominal>1</Nominal><Name>b</Name><Value>1.8</Value></Valute></ValType></ValCurs>`;
    const { rates, skipped } = parseCbarRates(xml);
    expect(rates).toEqual([{ code: 'USD', nominal: 1, name: 'a', value: '1.7' }]);
    expect(skipped).toEqual(['USD: listed twice, the first is kept']);
  });

  it('converts between the bank’s day format and ISO days', () => {
    expect(cbarDay('05.01.2026')).toBe('2026-01-05');
    expect(cbarDay('29.02.2025')).toBeNull();
    expect(toCbarDay('2026-01-05')).toBe('05.01.2026');
  });
});
