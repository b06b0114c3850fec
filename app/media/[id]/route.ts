import { imageResponse, notFound } from '@/lib/media/response';
import { readImage } from '@/lib/media/store';
import { parseMediaId } from '@/lib/media/variants';

/**
 * The cleaned original, for the media library and for images in article bodies. Its URL names the row, not the
 * bytes, so it is cached for a day, not forever: an original that has to be replaced or removed (a takedown, an
 * upload from before images were cleaned) leaves caches within a day. The variants' URLs carry the content hash and
 * are the ones cached as immutable (app/media/[id]/[hash]/[file]).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = parseMediaId((await params).id);
  const image = id === null ? null : await readImage(id);
  return image ? imageResponse(image.bytes, image.mime, 'public, max-age=86400') : notFound();
}
