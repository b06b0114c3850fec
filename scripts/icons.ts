/**
 * `npm run icons`: draws the site's images from the marks in lib/brand/ and writes them where Next, the web manifest
 * (app/manifest.ts) and the pages take them from: app/icon.svg, app/favicon.ico (16, 32 and 48 px), app/apple-icon.png
 * (180 px, full bleed: iOS rounds the corners itself), public/icons/ (192 and 512 px, and a 512 px maskable one whose
 * A stays inside the safe circle), the wordmark for light and dark grounds (public/brand/logo*.svg) and the social
 * networks' sprite (public/brand/social.svg) for the header and footer. Files, not inline SVG: the pages would
 * otherwise carry every path twice, in the HTML and in their script payload. Run it after changing a mark, and commit what it writes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { ACCENT, LOGO_WIDTH, MARK_A_PATH, MARK_RADIUS, MARK_SIZE, WORDMARK_PATH } from '../lib/brand/logo';
import { SOCIAL_NETWORKS } from '../lib/brand/social';
import { projectRoot } from './database';

/** The mark at `size` px: rounded on a transparent ground, or filling its square (`bleed`), the A scaled by `scale`. */
function markSvg(size: number, { bleed = false, scale = 1 } = {}): string {
  const centre = MARK_SIZE / 2;
  const transform = scale === 1 ? '' : ` transform="translate(${centre} ${centre}) scale(${scale}) translate(${-centre} ${-centre})"`;
  const a = `<path fill="#fff"${transform} d="${MARK_A_PATH}"/>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${MARK_SIZE} ${MARK_SIZE}">` +
    `<rect width="${MARK_SIZE}" height="${MARK_SIZE}"${bleed ? '' : ` rx="${MARK_RADIUS}"`} fill="${ACCENT}"/>${a}</svg>\n`
  );
}

/** The wordmark; "news" in `text` (dark on the header's white, white on the footer's black). */
function logoSvg(text: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${LOGO_WIDTH} ${MARK_SIZE}">` +
    `<rect width="${MARK_SIZE}" height="${MARK_SIZE}" rx="${MARK_RADIUS}" fill="${ACCENT}"/><path fill="#fff" d="${MARK_A_PATH}"/>` +
    `<path fill="${text}" d="${WORDMARK_PATH}"/></svg>\n`
  );
}

/** One symbol per network, drawn with the colour of the text around it (`<use href="…#youtube">`). */
function socialSprite(): string {
  const symbols = Object.entries(SOCIAL_NETWORKS).map(([id, { path: d }]) => `<symbol id="${id}" viewBox="0 0 24 24"><path fill="currentColor" d="${d}"/></symbol>`);
  return `<svg xmlns="http://www.w3.org/2000/svg">${symbols.join('')}</svg>\n`;
}

const png = (svg: string) => sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();

/** An ICO file holding PNG images (read by every browser since 2007): a directory of sizes, then the images. */
function ico(images: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, data }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt8(0, entry + 2);
    header.writeUInt8(0, entry + 3);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(data.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.data)]);
}

const app = path.join(projectRoot, 'app');
const icons = path.join(projectRoot, 'public', 'icons');
const brand = path.join(projectRoot, 'public', 'brand');
mkdirSync(icons, { recursive: true });
mkdirSync(brand, { recursive: true });

const outputs: [string, Buffer | string][] = [
  [path.join(app, 'icon.svg'), markSvg(MARK_SIZE).replace(/ width="\d+" height="\d+"/, '')],
  [path.join(app, 'favicon.ico'), ico(await Promise.all([16, 32, 48].map(async (size) => ({ size, data: await png(markSvg(size)) }))))],
  [path.join(app, 'apple-icon.png'), await png(markSvg(180, { bleed: true, scale: 0.9 }))],
  [path.join(icons, 'icon-192.png'), await png(markSvg(192))],
  [path.join(icons, 'icon-512.png'), await png(markSvg(512))],
  // The safe zone of a maskable icon is the centred circle of 80 % of its width; the A's corners must fall inside.
  [path.join(icons, 'maskable-512.png'), await png(markSvg(512, { bleed: true, scale: 0.75 }))],
  [path.join(brand, 'logo.svg'), logoSvg('#171717')],
  [path.join(brand, 'logo-inverse.svg'), logoSvg('#ffffff')],
  [path.join(brand, 'social.svg'), socialSprite()],
];
for (const [file, data] of outputs) {
  writeFileSync(file, data);
  console.log(`wrote ${path.relative(projectRoot, file)}`);
}
