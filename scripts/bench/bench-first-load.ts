/**
 * `npm run bench:js [url]`: reports the gzipped JavaScript an article page makes a reader download, script by script.
 * Needs a running site (`npm start`); defaults to the seed article on http://localhost:3000.
 */
import { saveBenchmark } from './bench-results';
import { JS_BUDGET_KB, measureFirstLoadJs } from './first-load-js';

const base = process.env.BASE_URL ?? 'http://localhost:3000';
const url = process.argv[2] ?? (await findSeedArticle(base));

async function findSeedArticle(origin: string): Promise<string> {
  const html = await (await fetch(`${origin}/ru/category/ekonomika`)).text();
  const href = /href="(\/ru\/news\/\d+-vizit-alieva[^"]*)"/.exec(html)?.[1];
  if (!href) throw new Error(`no seed article found on ${origin}/ru/category/ekonomika`);
  return `${origin}${href}`;
}

const result = await measureFirstLoadJs(url);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`first-load JavaScript of ${url}`);
for (const script of result.scripts.sort((a, b) => b.gzipped - a.gzipped)) {
  console.log(`  ${kb(script.gzipped).padStart(9)} gz  ${kb(script.bytes).padStart(9)} raw  ${script.src}`);
}
console.log(`  ${kb(result.totalGzipped).padStart(9)} gz  ${kb(result.totalBytes).padStart(9)} raw  total`);

const largest = [...result.scripts].sort((a, b) => b.gzipped - a.gzipped);
const shown = largest.slice(0, 8);
const rest = largest.slice(8);
const chunkName = (src: string) => src.replace(/^.*\/_next\/static\/chunks\//, '').replace(/\?.*$/, '');
saveBenchmark({
  benchmark: 'first-load-js',
  title: 'JavaScript an article page downloads',
  command: 'npm run bench:js',
  about: `Every script the seed article's HTML names, fetched and gzipped as a browser downloads it on a first visit. The page works without any of it; \`e2e/budget.spec.ts\` holds it to ${JS_BUDGET_KB} KB gzipped.`,
  findings: [
    `${kb(result.totalGzipped)} gzipped (${kb(result.totalBytes)} raw) in ${result.scripts.length} scripts, against the budget of ${JS_BUDGET_KB} KB: ${result.totalGzipped / 1024 <= JS_BUDGET_KB ? 'within' : 'over'}.`,
    `The largest script is ${chunkName(largest[0]!.src)}, ${kb(largest[0]!.gzipped)} gzipped; the framework's runtime (Next and React) is most of the total.`,
  ],
  charts: [
    { title: 'In all, gzipped', unit: 'KB', better: 'lower', target: JS_BUDGET_KB, bars: [{ label: 'the article page', value: result.totalGzipped / 1024 }] },
    {
      title: 'The largest scripts, gzipped',
      unit: 'KB',
      better: 'lower',
      bars: [...shown.map((s) => ({ label: chunkName(s.src), value: s.gzipped / 1024 })), ...(rest.length ? [{ label: `${rest.length} others`, value: rest.reduce((sum, s) => sum + s.gzipped, 0) / 1024 }] : [])],
    },
  ],
  results: { url, ...result },
});
