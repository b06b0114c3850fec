// @ts-check
import { env } from './env.mjs';

/**
 * The client's address in an `X-Forwarded-For` chain that this server's front door appended its socket's address to
 * (lib/client-address.ts explains the hops). Plain JavaScript: the front door's access log names the same address.
 * @param {string | null | undefined} chain
 * @param {number} hops
 */
export function addressInChain(chain, hops = env().TRUSTED_PROXY_HOPS) {
  const entries = (chain ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (!entries.length) return 'unknown';
  return /** @type {string} */ (entries[Math.max(0, entries.length - 1 - hops)]);
}
