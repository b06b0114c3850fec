import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const manifest = JSON.parse(readFileSync(path.join(import.meta.dirname, '..', 'package.json'), 'utf8')) as {
  engines: { node: string };
  devDependencies: Record<string, string>;
};

describe('the Node the npm scripts run on', () => {
  it('is the pinned `node` package, so a machine whose own Node is older runs the site and its tests on 24', () => {
    // npm puts node_modules/.bin first on PATH, and every `#!/usr/bin/env node` tool (tsx, next, vitest, playwright)
    // then starts that binary; the processes they spawn inherit it through process.execPath.
    expect(process.version).toBe(`v${manifest.devDependencies.node}`);
  });

  it('meets the engines field', () => {
    const [major, minor] = process.versions.node.split('.').map(Number);
    const [, wantMajor, wantMinor] = /^>=(\d+)\.(\d+)$/.exec(manifest.engines.node) ?? [];
    expect(major! * 1000 + minor!).toBeGreaterThanOrEqual(Number(wantMajor) * 1000 + Number(wantMinor));
  });
});
