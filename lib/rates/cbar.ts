import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { z } from 'zod';

/**
 * The Central Bank of Azerbaijan's daily rates file: `<ValCurs Date="DD.MM.YYYY">`, then `<ValType>` groups of
 * `<Valute Code="USD"><Nominal>1</Nominal><Name>…</Name><Value>1.7</Value></Valute>`. A value is AZN for `Nominal`
 * units (100 JPY); precious metals are quoted per troy ounce with a Nominal such as `1 t.u.`.
 */
export interface CbarRate {
  code: string;
  nominal: number;
  name: string;
  /** AZN per `nominal` units, as the exact decimal string the bank wrote. */
  value: string;
}

export interface CbarRates {
  /** The day the rates are valid for, `YYYY-MM-DD`. */
  date: string;
  rates: CbarRate[];
  /** Entries left out, with why: a partial file still yields its valid rates. */
  skipped: string[];
}

/** The answer is not a rates file at all (an HTML error page, truncated XML, no date, no valid rate). */
export class CbarFormatError extends Error {
  override name = 'CbarFormatError';
}

const text = z.union([z.string(), z.number()]).transform((value) => String(value).trim());
const valuteSchema = z.object({
  '@_Code': text.pipe(z.string().regex(/^[A-Z]{3}$/, 'code is not three capital letters')),
  // "1", "100", or "1 t.u." (troy ounce) for metals: the leading whole number is the nominal.
  Nominal: text.pipe(z.string().regex(/^[1-9]\d{0,6}(?:\s+[\p{L}.\s]+)?$/u, 'nominal is not a positive whole number')),
  Name: text.pipe(z.string().min(1, 'name is empty')),
  Value: text.pipe(z.string().regex(/^\d{1,8}(?:\.\d{1,10})?$/, 'value is not a decimal number')),
});
const asArray = <T extends z.ZodType>(item: T) => z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(item));
const fileSchema = z.object({
  ValCurs: z.object({
    '@_Date': z.string({ error: 'the Date attribute is missing' }).regex(/^\d{2}\.\d{2}\.\d{4}$/, 'Date is not DD.MM.YYYY'),
    ValType: asArray(z.object({ Valute: asArray(z.unknown()) })),
  }),
});

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Keep every value a string: the decimal is stored exactly, never through a float.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
});

/** `DD.MM.YYYY` to `YYYY-MM-DD`, or null if it is no calendar day (31.02.2025). */
export function cbarDay(value: string): string | null {
  const match = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(value);
  if (!match) return null;
  const [, dd, mm, yyyy] = match;
  const iso = `${yyyy}-${mm}-${dd}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? null : iso;
}

/** `YYYY-MM-DD` to the bank's `DD.MM.YYYY`. */
export function toCbarDay(isoDay: string): string {
  const [yyyy, mm, dd] = isoDay.split('-');
  return `${dd}.${mm}.${yyyy}`;
}

/** Parses one rates file strictly; throws CbarFormatError if it is not one, skips only individual bad entries. */
export function parseCbarRates(xml: string): CbarRates {
  if (!/^\s*(?:<\?xml[^>]*\?>\s*)?<ValCurs[\s>]/.test(xml)) {
    throw new CbarFormatError('not a CBAR rates file: the document does not start with <ValCurs>');
  }
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new CbarFormatError(`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  }
  const file = fileSchema.safeParse(parser.parse(xml));
  if (!file.success) {
    throw new CbarFormatError(`not a CBAR rates file: ${file.error.issues.map((issue) => issue.message).join('; ')}`);
  }
  const date = cbarDay(file.data.ValCurs['@_Date']);
  if (!date) throw new CbarFormatError(`not a CBAR rates file: Date "${file.data.ValCurs['@_Date']}" is no calendar day`);

  const rates: CbarRate[] = [];
  const skipped: string[] = [];
  const seen = new Set<string>();
  for (const entry of file.data.ValCurs.ValType.flatMap((group) => group.Valute)) {
    const valute = valuteSchema.safeParse(entry);
    if (!valute.success) {
      const code = typeof entry === 'object' && entry && '@_Code' in entry ? String(entry['@_Code']) : '?';
      skipped.push(`${code}: ${valute.error.issues.map((issue) => issue.message).join('; ')}`);
      continue;
    }
    const { '@_Code': code, Nominal, Name: name, Value: value } = valute.data;
    if (seen.has(code)) {
      skipped.push(`${code}: listed twice, the first is kept`);
      continue;
    }
    if (Number(value) <= 0) {
      skipped.push(`${code}: value is not positive`);
      continue;
    }
    seen.add(code);
    rates.push({ code, nominal: Number.parseInt(Nominal, 10), name, value });
  }
  if (rates.length === 0) throw new CbarFormatError(`no valid rate in the file of ${date} (${skipped.length} skipped)`);
  return { date, rates, skipped };
}
