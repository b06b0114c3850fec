import { describe, expect, it, vi } from 'vitest';
import { GET } from '@/app/media/[id]/route';
import type { SessionClaims } from '@/lib/auth/sessions';
import { uploadImageAction } from '@/lib/editorial/actions';
import { tinyPng, withTemporaryMediaDir } from '@/test/images';
import { form, staffWithSession } from '@/test/staff-session';
import { listMedia, MAX_UPLOAD_BYTES } from './store';

withTemporaryMediaDir();
const session = vi.hoisted(() => ({ claims: null as SessionClaims | null }));
vi.mock('@/lib/auth/auth', () => ({ auth: async () => (session.claims ? { claims: session.claims } : null) }));

function upload(bytes: Uint8Array<ArrayBuffer>, name: string, type: string) {
  const data = form({});
  data.append('file', new File([bytes], name, { type }));
  return uploadImageAction(null, data);
}

const serve = (id: number | string) => GET(new Request(`http://localhost/media/${id}`), { params: Promise.resolve({ id: String(id) }) });

describe('media uploads', () => {
  it('store an image with the size read from its bytes and serve it with that type, inert', async () => {
    session.claims = (await staffWithSession('author')).claims;
    const png = tinyPng(4, 3);
    const result = await upload(png, 'photo.jpg', 'image/jpeg');
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect((await listMedia()).find((m) => m.id === result.data.id)).toMatchObject({ width: 4, height: 3 });

    const response = await serve(result.data.id);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain('sandbox');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(png);
  });

  it('refuse what is not an image or is too large, whatever its name says, storing nothing', async () => {
    session.claims = (await staffWithSession('author')).claims;
    const before = (await listMedia()).length;
    const encode = (text: string) => new Uint8Array(new TextEncoder().encode(text));
    expect(await upload(encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'logo.svg', 'image/svg+xml')).toEqual({ ok: false, errors: { file: 'notImage' } });
    expect(await upload(encode('<html><script>alert(1)</script></html>'), 'photo.png', 'image/png')).toEqual({ ok: false, errors: { file: 'notImage' } });
    const huge = new Uint8Array(MAX_UPLOAD_BYTES + 1);
    huge.set(tinyPng(1, 1));
    expect(await upload(huge, 'huge.png', 'image/png')).toEqual({ ok: false, errors: { file: 'tooLarge' } });
    expect(await upload(new Uint8Array(0), 'empty.png', 'image/png')).toEqual({ ok: false, errors: { file: 'required' } });
    expect((await listMedia()).length).toBe(before);
    expect((await serve('999999')).status).toBe(404);
    expect((await serve('../../etc/passwd')).status).toBe(404);
  });
});
