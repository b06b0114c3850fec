import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { STAGING } from '@/lib/media/files';
import { IMAGE_FORMATS, variantWidths } from '@/lib/media/variants';

/**
 * The site derives the demo covers' variants after its start (lib/media/derive.ts warmCoverVariants). The end-to-end
 * specs and the benchmarks on a running site start once every stored original has all of its variants, so that no
 * page waits for an encoder, and no measurement counts one. `alive` says whether the site is still running. Returns
 * how many variants there are.
 */
export async function untilCoverVariantsDerived(mediaDir: string, timeoutMs: number, alive: () => boolean): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  const expected = new Map<string, string[]>();
  for (const entry of readdirSync(mediaDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/^original\.(png|jpg|webp)$/.test(entry.name) || entry.parentPath.includes(STAGING)) continue;
    const { width } = await sharp(path.join(entry.parentPath, entry.name)).metadata();
    expected.set(entry.parentPath, [...variantWidths({ width: width! }).flatMap((w) => IMAGE_FORMATS.map((format) => `${w}.${format}`)), 'share.jpg']);
  }
  const missing = () => [...expected].flatMap(([folder, names]) => names.filter((name) => !existsSync(path.join(folder, name))));
  while (missing().length > 0) {
    if (!alive()) throw new Error('the site exited before it derived the demo covers’ variants');
    if (Date.now() > deadline) throw new Error(`the site did not derive the demo covers' variants in time: ${missing().length} missing`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return [...expected.values()].reduce((sum, names) => sum + names.length, 0);
}
