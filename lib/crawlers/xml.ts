const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

// Characters XML 1.0 does not allow at all; a stray one in an editor's text must not break a whole feed.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

/** RFC 822 date-time, as RSS 2.0 requires (`Wed, 22 Oct 2025 05:20:00 GMT`). */
export function rfc822(date: Date): string {
  return date.toUTCString();
}

export const XML_HEADER = '<?xml version="1.0" encoding="UTF-8"?>\n';

export function xmlResponse(body: string, contentType = 'application/xml'): Response {
  return new Response(body, { headers: { 'content-type': `${contentType}; charset=utf-8` } });
}

/** The 404 of a machine-readable URL (a sitemap or feed that does not exist): plain text, no page around it. */
export function notFoundResponse(): Response {
  return new Response('Not found\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
