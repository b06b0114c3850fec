import { readVariant } from '@/lib/media/derive';
import { imageResponse, notFound } from '@/lib/media/response';
import { parseMediaId } from '@/lib/media/variants';

/**
 * A variant (`{width}.{avif|webp|jpg}`) or the share crop (`share.jpg`) of an image, derived on its first request
 * when it is not on disk yet. The URL carries the content hash, so its bytes never change: cached for a year.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; hash: string; file: string }> }) {
  const { id, hash, file } = await params;
  const mediaId = parseMediaId(id);
  const variant = mediaId === null ? null : await readVariant(mediaId, hash, file);
  return variant ? imageResponse(variant.bytes, variant.mime, 'public, max-age=31536000, immutable') : notFound();
}

export const HEAD = GET;
