import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The README and docs/ say where things are; the code moves. These tests fail when a link, an anchor or a path written
 * in code format no longer leads anywhere, when the README's map leaves out a folder, or when the architecture page's
 * sequence diagram names a module that is gone.
 */

const root = path.resolve(import.meta.dirname, '..');
const pages = ['README.md', ...readdirSync(path.join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];
const read = (page: string) => readFileSync(path.join(root, page), 'utf8');

/** The text outside fenced code blocks, whose lines are blanked so that line numbers stay. */
function prose(markdown: string): string {
  let fenced = false;
  return markdown
    .split('\n')
    .map((line) => {
      if (/^\s*```/.test(line)) {
        fenced = !fenced;
        return '';
      }
      return fenced ? '' : line;
    })
    .join('\n');
}

const fencedBlocks = (markdown: string, language: string) =>
  [...markdown.matchAll(new RegExp('^```' + language + '\\n([\\s\\S]*?)^```', 'gm'))].map(([, body]) => body!);

/** An anchor as GitHub makes it of a heading: lower case, punctuation but `-` and `_` dropped, spaces as dashes. */
export function githubSlug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}_\- ]/gu, '')
    .replace(/ /g, '-');
}

function anchorsOf(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const [, heading] of prose(markdown).matchAll(/^#{1,6} +(.+?) *#*$/gm)) {
    const slug = githubSlug(heading!);
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

/** Every link target of a page: `[text](target)`, `![alt](target)` and `<img src="target">`, outside code. */
function linksOf(markdown: string): string[] {
  const text = prose(markdown).replace(/`[^`\n]*`/g, '');
  return [...[...text.matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?: "[^"]*")?\)/g)].map(([, target]) => target!), ...[...text.matchAll(/<img [^>]*src="([^"]+)"/g)].map(([, target]) => target!)];
}

/** What a link to `target` from `page` fails to reach, or null. */
function brokenLink(page: string, target: string): string | null {
  if (/^https?:/.test(target)) {
    try {
      const url = new URL(target);
      return url.hostname.includes('.') || url.hostname === 'localhost' ? null : 'is not a URL a reader can follow';
    } catch {
      return 'is not a well-formed URL';
    }
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return 'uses a scheme other than http(s)';
  const [file = '', anchor] = target.split('#');
  const resolved = file === '' ? page : path.posix.normalize(path.posix.join(path.posix.dirname(page), decodeURIComponent(file)));
  if (resolved.startsWith('..') || !existsSync(path.join(root, resolved))) return `names ${resolved}, which does not exist`;
  if (anchor === undefined) return null;
  if (!resolved.endsWith('.md')) return `has an anchor on ${resolved}, which is not a page`;
  return anchorsOf(read(resolved)).has(anchor) ? null : `names the anchor #${anchor}, which ${resolved} has no heading for`;
}

const REPO_PATH = /^(?:lib|app|scripts|e2e|deploy|components|docs|test|benchmarks|messages|public)\/[^\s]*$/;

/** Paths in code format (`lib/cache/revalidate.ts`) outside code blocks; templates (`{id}`, `…`) are not paths. */
function codePathsOf(markdown: string): string[] {
  return [...prose(markdown).matchAll(/`([^`\n]+)`/g)].map(([, span]) => span!).filter((span) => REPO_PATH.test(span) && !/[{}…]/.test(span));
}

/** Whether a path exists; with a `*`, whether anything in its folder matches it. */
function pathExists(written: string): boolean {
  if (!written.includes('*')) return existsSync(path.join(root, written));
  const folder = path.posix.dirname(written);
  const pattern = new RegExp(`^${path.posix.basename(written).replace(/[.+?^$()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return existsSync(path.join(root, folder)) && readdirSync(path.join(root, folder)).some((name) => pattern.test(name));
}

describe('the README and docs/', () => {
  it('has an anchor for a heading as GitHub makes it', () => {
    expect(githubSlug('Two-factor sign-in and `AUTH_SECRET`')).toBe('two-factor-sign-in-and-auth_secret');
    expect(githubSlug('The newsroom (`/admin`)')).toBe('the-newsroom-admin');
    expect(githubSlug('Running, testing, commands')).toBe('running-testing-commands');
  });

  it('finds links, anchors and paths in the prose, and none in code', () => {
    const sample = 'See [a](docs/a.md#b) and ![c](d.jpg), `lib/x.ts`, `news/{id}`.\n\n```sh\n[e](f.md) `lib/y.ts`\n```\n';
    expect(linksOf(sample)).toEqual(['docs/a.md#b', 'd.jpg']);
    expect(codePathsOf(sample)).toEqual(['lib/x.ts']);
    expect(brokenLink('README.md', 'docs/nowhere.md')).toBe('names docs/nowhere.md, which does not exist');
    expect(brokenLink('README.md', 'docs/operations.md#nowhere')).toBe('names the anchor #nowhere, which docs/operations.md has no heading for');
    expect(brokenLink('README.md', 'https://example.org/a')).toBeNull();
    expect(brokenLink('README.md', 'https://exa mple')).toBe('is not a well-formed URL');
  });

  it.each(pages)('%s: every link leads to a file, a heading or a well-formed URL', (page) => {
    const broken = linksOf(read(page)).flatMap((target) => {
      const problem = brokenLink(page, target);
      return problem ? [`${target} ${problem}`] : [];
    });
    expect(broken).toEqual([]);
  });

  it.each(pages)('%s: every repository path in code format exists', (page) => {
    const paths = codePathsOf(read(page));
    expect(paths.filter((written) => !pathExists(written))).toEqual([]);
  });

  it('README: is read in five minutes, and keeps the two commands .ci/run and the hooks look for', () => {
    const readme = read('README.md');
    expect(readme.split('\n').length).toBeLessThan(200);
    expect(readme).toContain('\nnpm install && npm start\n');
    expect(readme).toContain('\nnpm install && npm test\n');
  });

  it('README: its map names every top-level folder and every room of lib/, each once', () => {
    const readme = read('README.md');
    const map = readme.slice(readme.indexOf('## A map of the code'), readme.indexOf('\n## ', readme.indexOf('## A map of the code') + 1));
    const rows = [...map.matchAll(/^\| `([^`]+)` \|/gm)].map(([, first]) => first!);
    const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
    const topFolders = [...new Set(tracked.filter((file) => file.includes('/')).map((file) => `${file.split('/')[0]}/`))];
    const rooms = readdirSync(path.join(root, 'lib')).filter((name) => statSync(path.join(root, 'lib', name)).isDirectory()).map((name) => `lib/${name}/`);
    expect([...topFolders, ...rooms].filter((folder) => !rows.includes(folder))).toEqual([]);
    expect(rows.filter((row, index) => rows.indexOf(row) !== index)).toEqual([]);
  });
});

describe('docs/architecture.md', () => {
  const page = read('docs/architecture.md');
  const diagrams = fencedBlocks(page, 'mermaid');

  it('draws one sequence diagram', () => {
    expect(diagrams).toHaveLength(1);
    expect(diagrams[0]!.trimStart()).toMatch(/^sequenceDiagram\n/);
  });

  it('names, at its steps, modules that exist, the mechanisms of a publication among them', () => {
    const named = [...new Set([...diagrams[0]!.matchAll(/\b(?:lib|app|scripts|deploy|components)\/[\w./-]*\w/g)].map(([module]) => module))];
    expect(named.filter((module) => !existsSync(path.join(root, module)))).toEqual([]);
    expect(named).toEqual(
      expect.arrayContaining([
        'lib/editorial/plumbing/staff-action.ts',
        'lib/editorial/plumbing/versioned-write.ts',
        'lib/cache/revalidate.ts',
        'lib/cache/footprint.ts',
        'lib/cache/paths.ts',
        'lib/cache/warm.ts',
        'lib/jobs/background-revalidate.ts',
        'lib/cache/article-changes.ts',
        'lib/jobs/site-change-listener.ts',
        'lib/cache/edge.ts',
        'lib/cache/keys.ts',
        'lib/cache/redis/cache-handler.mjs',
        'lib/crawlers/withdrawn.ts',
        'lib/crawlers/indexnow.ts',
      ]),
    );
  });
});
