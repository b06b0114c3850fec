// @ts-check

/**
 * Cache entries as Redis strings. Page entries hold Buffers (the RSC payload, route bodies) and a Map of per-segment
 * Buffers; plain JSON would turn the first into `{type, data}` arrays and the second into `{}`. Both are written as
 * tagged objects and read back as exactly what was stored.
 */
const BUFFER = '$$buffer';
const MAP = '$$map';

/** @typedef {import('next/dist/server/lib/incremental-cache').CacheHandlerValue} CacheHandlerValue */

/**
 * @param {CacheHandlerValue} entry
 * @returns {string}
 */
export function encodeEntry(entry) {
  return JSON.stringify(entry, function replace(key, value) {
    // `this[key]` is the value before JSON.stringify applied Buffer's own toJSON.
    const raw = /** @type {Record<string, unknown>} */ (this)[key];
    if (ArrayBuffer.isView(raw)) return { [BUFFER]: Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('base64') };
    if (raw instanceof Map) return { [MAP]: [...raw] };
    return value;
  });
}

/**
 * @param {string | Buffer} stored
 * @returns {CacheHandlerValue}
 */
export function decodeEntry(stored) {
  return JSON.parse(stored.toString(), (_key, value) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
    const keys = Object.keys(value);
    if (keys.length !== 1) return value;
    if (keys[0] === BUFFER && typeof value[BUFFER] === 'string') return Buffer.from(value[BUFFER], 'base64');
    if (keys[0] === MAP && Array.isArray(value[MAP])) return new Map(value[MAP]);
    return value;
  });
}
