import { readImage } from '@/lib/media/store';

/**
 * Serves an uploaded image with the type read from its bytes at upload, never sniffed again by the browser, and a
 * policy that lets nothing in it run even if it is opened on its own.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const image = /^\d{1,9}$/.test(id) ? await readImage(Number(id)) : null;
  if (!image) return new Response(null, { status: 404 });
  return new Response(new Uint8Array(image.bytes), {
    headers: {
      'Content-Type': image.mime,
      'Content-Length': String(image.bytes.byteLength),
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Content-Disposition': 'inline',
      'Cache-Control': 'public, max-age=31536000, immutable',
    },
  });
}
