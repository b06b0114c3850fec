import { describe, expect, it } from 'vitest';
import { resolveSpecifier, sourceFilesUnder, specifiersOf } from '@/test/imports';

/**
 * lib/db is the lowest layer: it knows no app code. Besides its own files it leans only on this floor, modules that
 * import nothing from lib/ themselves (but each other): the environment's schema, the metrics registry, the Redis
 * connection, the article document's shape, the list of locales and the one way to hold a process-wide value. A column's type may name them; nothing in
 * lib/db may reach a module that knows about pages, caches, editors or crawlers.
 */
const FLOOR = [
  'lib/document/links.ts',
  'lib/document/schema.ts',
  'lib/http/networks.mjs',
  'lib/i18n/locale-list.mjs',
  'lib/i18n/locales.ts',
  'lib/ops/env.mjs',
  'lib/ops/metrics.mjs',
  'lib/ops/singleton.mjs',
  'lib/redis/connection.mjs',
];

/** The files under lib/ (outside lib/db) that `files` import, each with who imports it. */
function libImportsOf(files: string[]): string[] {
  return files.flatMap((file) =>
    specifiersOf(file)
      .map((specifier) => resolveSpecifier(file, specifier))
      .filter((target): target is string => target !== null && target.startsWith('lib/') && !target.startsWith('lib/db/'))
      .map((target) => `${file} → ${target}`),
  );
}

describe('lib/db', () => {
  it('imports nothing from lib/ but the floor below it', () => {
    const upward = libImportsOf(sourceFilesUnder('lib/db')).filter((arrow) => !FLOOR.includes(arrow.split(' → ')[1]!));
    expect(upward).toEqual([]);
  });

  it('stands on a floor that imports nothing from lib/ above it, lib/db included', () => {
    const upward = FLOOR.flatMap((file) =>
      specifiersOf(file)
        .map((specifier) => resolveSpecifier(file, specifier))
        .filter((target): target is string => target !== null && target.startsWith('lib/') && !FLOOR.includes(target))
        .map((target) => `${file} → ${target}`),
    );
    expect(upward).toEqual([]);
  });
});
