import { parseDocument, type ArticleDocument } from '@/lib/document/schema';
import type { TranslationText } from '@/lib/editorial/reads/articles';

// Plain code shared by the translation form and its merge view.

export type TranslationValues = TranslationText;
export type TranslationField = keyof TranslationValues;

export const FIELDS = ['title', 'slug', 'lead', 'body', 'seoTitle', 'seoDescription'] as const satisfies readonly TranslationField[];

/** The body as the page sends it: the article document's JSON, or empty for a new translation. */
export function bodyDocument(json: string): ArticleDocument {
  try {
    return parseDocument(json ? JSON.parse(json) : null);
  } catch {
    return { version: 1, blocks: [] };
  }
}

/** Whether two values of a field say the same: the server trims what it stores, and the body is canonical JSON. */
export function sameValue(field: TranslationField, a: string, b: string): boolean {
  return field === 'body' ? a === b || (!a.trim() && !b.trim()) : a.trim() === b.trim();
}

export function sameTexts(a: TranslationValues, b: TranslationValues): boolean {
  return FIELDS.every((field) => sameValue(field, a[field], b[field]));
}

/** A translation's values, field by field. */
export function valuesBy(value: (field: TranslationField) => string): TranslationValues {
  return Object.fromEntries(FIELDS.map((field) => [field, value(field)])) as unknown as TranslationValues;
}

export function formValues(source: HTMLFormElement | FormData): TranslationValues {
  const data = source instanceof FormData ? source : new FormData(source);
  return valuesBy((field) => String(data.get(field) ?? ''));
}

/**
 * Unsaved text kept in this browser, with the version it was written on and that version's text: restoring it over a
 * newer save must go through the merge view, never be saved blindly with the new version number.
 */
export interface Draft {
  values: TranslationValues;
  /** null: kept before drafts knew their version (or unreadable), so any saved text counts as someone else's. */
  basedOn: { version: number; values: TranslationValues } | null;
}

const isValues = (value: unknown): value is TranslationValues =>
  typeof value === 'object' && value !== null && FIELDS.every((field) => typeof (value as Record<string, unknown>)[field] === 'string');

/** A draft as localStorage holds it, or null when there is none or it cannot be read. */
export function parseDraft(text: string | null): Draft | null {
  let stored: unknown;
  try {
    stored = JSON.parse(text ?? 'null');
  } catch {
    return null;
  }
  if (isValues(stored)) return { values: stored, basedOn: null };
  if (typeof stored !== 'object' || stored === null) return null;
  const { values, basedOn } = stored as { values?: unknown; basedOn?: { version?: unknown; values?: unknown } | null };
  if (!isValues(values)) return null;
  const known = basedOn && typeof basedOn.version === 'number' && isValues(basedOn.values);
  return { values, basedOn: known ? { version: basedOn.version as number, values: basedOn.values as TranslationValues } : null };
}

export function readDraft(key: string): Draft | null {
  return parseDraft(localStorage.getItem(key));
}

export function writeDraft(key: string, draft: Draft): void {
  localStorage.setItem(key, JSON.stringify(draft));
}

export type Choice = 'theirs' | 'yours' | 'edit';

/**
 * What a field of a merge starts at: the side that changed it, when the other left it as both found it; nothing
 * when both changed it or the text they started from is unknown, so the editor has to look and choose.
 */
export function presetChoice(
  field: TranslationField,
  merge: { theirs: TranslationValues; yours: TranslationValues; base: TranslationValues | null },
): Choice | undefined {
  if (!merge.base) return undefined;
  if (sameValue(field, merge.base[field], merge.theirs[field])) return 'yours';
  if (sameValue(field, merge.base[field], merge.yours[field])) return 'theirs';
  return undefined;
}
