import { describe, expect, it } from 'vitest';
import { parseDraft, presetChoice, type TranslationValues } from './translation-text';

const values = (overrides: Partial<TranslationValues> = {}): TranslationValues => ({
  title: 'Harbour reopens',
  slug: '',
  lead: 'Ships are back.',
  body: '{"version":1,"blocks":[]}',
  seoTitle: '',
  seoDescription: '',
  ...overrides,
});

describe('parseDraft', () => {
  it('keeps the version a draft was written on, and its text', () => {
    const draft = { values: values({ lead: 'Mine' }), basedOn: { version: 3, values: values() } };
    expect(parseDraft(JSON.stringify(draft))).toEqual(draft);
  });

  it('reads a draft kept before drafts knew their version as based on nothing known, never on the version saved now', () => {
    expect(parseDraft(JSON.stringify(values({ lead: 'Mine' })))).toEqual({ values: values({ lead: 'Mine' }), basedOn: null });
  });

  it('ignores what it cannot read', () => {
    for (const stored of [null, '', 'not json', '{"values":{"title":1}}', '[]']) expect(parseDraft(stored)).toBeNull();
  });
});

describe('presetChoice', () => {
  const base = values();
  const theirs = values({ lead: 'Their lead' });
  const yours = values({ title: 'My headline', lead: 'My lead' });

  it('keeps the side that changed a field the other left alone, and leaves a field both changed to the editor', () => {
    const merge = { base, theirs, yours: values({ title: 'My headline' }) };
    expect(presetChoice('title', merge)).toBe('yours');
    expect(presetChoice('lead', merge)).toBe('theirs');
    expect(presetChoice('lead', { base, theirs, yours })).toBeUndefined();
  });

  it('presets nothing when the text both started from is unknown', () => {
    expect(presetChoice('title', { base: null, theirs, yours })).toBeUndefined();
  });
});
