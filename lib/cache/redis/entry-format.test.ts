import { describe, expect, it } from 'vitest';
import { decodeEntry, encodeEntry } from './entry-format.mjs';

type Entry = Parameters<typeof encodeEntry>[0];

describe('cache entries as stored in Redis', () => {
  it('come back exactly as stored: Buffers byte for byte, segment Maps as Maps, strings untouched', () => {
    const segments = new Map([
      ['/_tree', Buffer.from([0xde, 0xad, 0xbe, 0xef])],
      ['/_index', Buffer.alloc(0)],
    ]);
    const entry = {
      value: {
        kind: 'APP_PAGE',
        html: '<h1>Xəbərlər — новости</h1>',
        rscData: Buffer.from([0x00, 0xff, 0xfe, 0xc3, 0x28]),
        headers: { 'x-next-cache-tags': '_N_T_/layout,_N_T_/az' },
        status: 200,
        segmentData: segments,
      },
      lastModified: 1_764_000_000_000,
      cacheControl: { revalidate: 300, expire: 31_536_000 },
    } as unknown as Entry;
    const back = decodeEntry(encodeEntry(entry)) as unknown as { value: { rscData: Buffer; segmentData: Map<string, Buffer> } };
    expect(back).toEqual(entry);
    expect(Buffer.isBuffer(back.value.rscData)).toBe(true);
    expect(back.value.segmentData).toBeInstanceOf(Map);
    expect([...back.value.segmentData.keys()]).toEqual(['/_tree', '/_index']);
  });

  it('keep a route body given as a Uint8Array as its bytes', () => {
    const entry = { value: { kind: 'APP_ROUTE', body: new Uint8Array([1, 2, 3]), status: 200, headers: {} }, lastModified: 1 } as unknown as Entry;
    const back = decodeEntry(encodeEntry(entry)) as unknown as { value: { body: Buffer } };
    expect([...back.value.body]).toEqual([1, 2, 3]);
  });

  it('refuse what is not an entry, so that the handler treats it as a miss', () => {
    expect(() => decodeEntry(Buffer.from('{"value":null}'))).toThrow();
  });
});
