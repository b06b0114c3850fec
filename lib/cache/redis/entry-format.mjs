// @ts-check

/**
 * Cache entries as Redis strings. Page entries hold Buffers (the RSC payload, route bodies) and a Map of per-segment
 * Buffers; plain JSON would turn the first into `{type, data}` arrays and the second into `{}`. An entry is stored as
 * a JSON header in which each Buffer is replaced by its place in the bytes that follow the header, and each Map by its
 * entries: read back, it is exactly what was stored, without base64's third more bytes to move and parse.
 *
 *   "NXC1" | header length (uint32 BE) | header (UTF-8 JSON) | the Buffers' bytes, one after the other
 */
const MAGIC = Buffer.from('NXC1');
const BUFFER = '$$buffer';
const MAP = '$$map';

/** @typedef {import('next/dist/server/lib/incremental-cache').CacheHandlerValue} CacheHandlerValue */

/**
 * @param {CacheHandlerValue} entry
 * @returns {Buffer}
 */
export function encodeEntry(entry) {
  /** @type {Buffer[]} */
  const buffers = [];
  let offset = 0;
  const header = JSON.stringify(entry, function replace(key, value) {
    // `this[key]` is the value before JSON.stringify applied Buffer's own toJSON.
    const raw = /** @type {Record<string, unknown>} */ (this)[key];
    if (ArrayBuffer.isView(raw)) {
      const bytes = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
      buffers.push(bytes);
      offset += bytes.length;
      return { [BUFFER]: [offset - bytes.length, bytes.length] };
    }
    if (raw instanceof Map) return { [MAP]: [...raw] };
    return value;
  });
  const headerBytes = Buffer.from(header);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(headerBytes.length);
  return Buffer.concat([MAGIC, length, headerBytes, ...buffers]);
}

/**
 * @param {Buffer | string} stored a string only if the connection was not asked for bytes, which would have mangled them
 * @returns {CacheHandlerValue}
 */
export function decodeEntry(stored) {
  if (typeof stored === 'string') throw new Error('a cache entry must be read as bytes');
  if (stored.length < 8 || !stored.subarray(0, 4).equals(MAGIC)) throw new Error('not a cache entry');
  const headerEnd = 8 + stored.readUInt32BE(4);
  const body = stored.subarray(headerEnd);
  return JSON.parse(stored.toString('utf8', 8, headerEnd), (_key, value) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
    const keys = Object.keys(value);
    if (keys.length !== 1) return value;
    if (keys[0] === BUFFER && Array.isArray(value[BUFFER])) {
      const [start, length] = value[BUFFER];
      // A copy, so that the entry does not keep the whole stored value alive through one of its slices.
      return Buffer.from(body.subarray(start, start + length));
    }
    if (keys[0] === MAP && Array.isArray(value[MAP])) return new Map(value[MAP]);
    return value;
  });
}
