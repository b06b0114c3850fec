import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** The project's root, as `@/` names it. */
export const projectRoot = path.resolve(import.meta.dirname, '..');

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;
const EXTENSIONS = ['', '.ts', '.tsx', '.mjs', '.js', '/index.ts', '/index.tsx'];

/** Every module a file names in an import or re-export (JSDoc `import('…')` types included), as written. */
export function specifiersOf(file: string): string[] {
  return [...readFileSync(path.join(projectRoot, file), 'utf8').matchAll(SPECIFIER)].map(([, specifier]) => specifier!);
}

/** The project file (relative to the root, with `/`) that a specifier in `file` names; null for a package. */
export function resolveSpecifier(file: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith('@/')) base = specifier.slice(2);
  else if (specifier.startsWith('./') || specifier.startsWith('../')) base = path.posix.join(path.posix.dirname(file), specifier);
  else return null;
  return EXTENSIONS.map((extension) => base + extension).find((candidate) => statSync(path.join(projectRoot, candidate), { throwIfNoEntry: false })?.isFile()) ?? base;
}

/** The source files under a folder of the project, relative to the root. */
export function sourceFilesUnder(folder: string): string[] {
  return readdirSync(path.join(projectRoot, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|mjs)$/.test(entry.name))
    .map((entry) => path.posix.join(path.relative(projectRoot, entry.parentPath).split(path.sep).join('/'), entry.name));
}
