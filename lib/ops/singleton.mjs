// @ts-check

/**
 * The one value of `key` in this process, made by `create` on first use. Next loads the instrumentation, the proxy and
 * each route handler as separate bundles in one process (and may load a route's module more than once), and the front
 * door (lib/http/front-door.mjs) runs outside any bundle: a module-level variable would be one per copy of the module.
 * The value is kept on `globalThis` under `Symbol.for(key)`, which every copy of every module sees. Plain JavaScript, so
 * the modules Node loads without the bundler (the front door, the cache handlers, env, log, metrics) can use it too.
 * A value that changes is an object whose fields change, never a new value under the same key.
 * @template T
 * @param {string} key a name no other value uses, such as `newsroom.metrics`
 * @param {() => T} create
 * @returns {T}
 */
export function processWide(key, create) {
  const values = /** @type {Record<symbol, unknown>} */ (globalThis);
  const symbol = Symbol.for(key);
  if (!(symbol in values)) values[symbol] = create();
  return /** @type {T} */ (values[symbol]);
}
