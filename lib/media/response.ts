/**
 * An image answer with the type read from its bytes when it was stored, never sniffed again by the browser, and a
 * policy that lets nothing in it run even if it is opened on its own.
 */
export function imageResponse(bytes: Uint8Array, mime: string, cacheControl: string): Response {
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': mime,
      'Content-Length': String(bytes.byteLength),
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Content-Disposition': 'inline',
      'Cache-Control': cacheControl,
    },
  });
}

export const notFound = () => new Response(null, { status: 404 });
