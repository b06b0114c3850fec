import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '@/lib/i18n/locales';
import { articleKinds, liveEntryStatuses, roles, translationStatuses } from './enums';

// Migrations never import app code, so the check constraints spell the lists again: here they are held to them.
const migrations = path.join(import.meta.dirname, 'migrations');
const constraintList = (file: string, column: string) => {
  const source = readFileSync(path.join(migrations, file), 'utf8');
  const match = new RegExp(`${column} in \\(([^)]*)\\)`).exec(source);
  return match ? [...match[1]!.matchAll(/'([^']+)'/g)].map(([, value]) => value) : null;
};

describe('the values a column may hold', () => {
  it('are the ones the database checks', () => {
    expect(constraintList('2025_10_01_initial.ts', 'role')).toEqual([...roles]);
    expect(constraintList('2025_10_01_initial.ts', 'status')).toEqual([...translationStatuses]);
    expect(constraintList('2025_10_01_initial.ts', 'locale')).toEqual([...locales]);
    expect(constraintList('2026_11_26_20_rates_views_breaking.ts', 'locale')).toEqual([...locales]);
    expect(constraintList('2026_12_07_80_live_coverage.ts', 'kind')).toEqual([...articleKinds]);
    expect(constraintList('2026_12_07_80_live_coverage.ts', 'status')).toEqual([...liveEntryStatuses]);
    expect(constraintList('2026_12_07_80_live_coverage.ts', 'locale')).toEqual([...locales]);
  });
});
