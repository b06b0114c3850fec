import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, resolveSpecifier, specifiersOf } from '@/test/imports';

/** The front door and every file of ours it imports, however deep: Node loads them outside the bundle. */
function frontDoorFiles(): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of specifiersOf(file)) {
      const target = resolveSpecifier(file, specifier);
      if (target) visit(target);
    }
  };
  visit('lib/http/front-door.mjs');
  return [...seen].sort();
}

describe('the standalone server', () => {
  it('is traced with the front door and each file it imports (next.config.ts), and nothing of ours besides', () => {
    const config = readFileSync(path.join(projectRoot, 'next.config.ts'), 'utf8');
    const runtimeFiles = config.slice(config.indexOf('const runtimeFiles'), config.indexOf('};', config.indexOf('const runtimeFiles')));
    const listed = [...runtimeFiles.matchAll(/'\.\/(lib\/[^']+\.mjs)'/g)].map(([, file]) => file!).sort();
    expect(listed).toEqual(frontDoorFiles());
  });
});
