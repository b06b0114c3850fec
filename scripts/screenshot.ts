/**
 * `npm run screenshot`: the README's pictures of the home page, taken from a running site (SITE, default
 * http://localhost:3000) in Chromium at a phone's and a laptop's width. Writes docs/home-1366.jpg and
 * docs/home-390.jpg; run it after `npm start` when the front page changes.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from '@playwright/test';
import sharp from 'sharp';
import { CHROMIUM_ARGS, CHROMIUM_INSTALL_HINT, findChromium } from './chromium';

const site = process.env.SITE ?? 'http://localhost:3000';
const locale = process.env.SCREENSHOT_LOCALE ?? 'en';
const out = path.join(process.cwd(), 'docs');

const executablePath = findChromium();
if (!executablePath) {
  console.error(CHROMIUM_INSTALL_HINT);
  process.exit(1);
}

const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
await mkdir(out, { recursive: true });
for (const [width, height, scale] of [
  [1366, 900, 1],
  [390, 1200, 2],
] as const) {
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: scale });
  await page.goto(`${site}/${locale}`, { waitUntil: 'networkidle' });
  // Every lazy picture in view has arrived before the shot.
  await page.evaluate(() => Promise.all([...document.images].filter((img) => img.getBoundingClientRect().top < innerHeight).map((img) => img.decode().catch(() => undefined))));
  const png = await page.screenshot({ fullPage: false });
  const file = path.join(out, `home-${width}.jpg`);
  await sharp(png).resize({ width: width === 390 ? 390 : 1366 }).jpeg({ quality: 80, mozjpeg: true }).toFile(file);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
  await page.close();
}
await browser.close();
