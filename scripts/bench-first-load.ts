/**
 * `npm run bench:js [url]`: reports the gzipped JavaScript an article page makes a reader download, script by script.
 * Needs a running site (`npm start`); defaults to the seed article on http://localhost:3000.
 */
import { measureFirstLoadJs } from './first-load-js';

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
