// @ts-check
import { BlockList, isIP } from 'node:net';

/**
 * IPv4 and IPv6 addresses and networks (CIDR), as TRUSTED_PROXIES and EDGE_PURGERS list them and X-Forwarded-For
 * carries them. Plain JavaScript: the environment's schema (lib/ops/env.mjs) and the front door read them outside the
 * bundle. Addresses are compared in one canonical text, because the same address written two ways would otherwise be
 * two clients to the sign-in throttle: IPv6 lower-case and compressed (RFC 5952), and an IPv4 address on a dual-stack
 * socket (`::ffff:203.0.113.7`, `::ffff:cb00:7107`) as the IPv4 address it is.
 */

const MAPPED = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/;

/**
 * `text` as one canonical address, or null when it is none (a name, `unknown`, an address with a zone or a port).
 * @param {string} text
 * @returns {string | null}
 */
export function canonicalAddress(text) {
  const value = text.trim();
  const family = isIP(value);
  if (family === 4) return value;
  if (family !== 6) return null;
  let compressed;
  try {
    // The URL parser writes IPv6 hosts in RFC 5952's form; it refuses zones (`fe80::1%eth0`).
    compressed = new URL(`http://[${value}]/`).hostname.slice(1, -1);
  } catch {
    return null;
  }
  const mapped = MAPPED.exec(compressed);
  if (!mapped) return compressed;
  const [high, low] = [parseInt(/** @type {string} */ (mapped[1]), 16), parseInt(/** @type {string} */ (mapped[2]), 16)];
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

/**
 * `10.0.0.0/8`, `2001:db8::/32` or one address, as a network in canonical form (an address alone is a network of
 * one); null when it is neither. A mapped IPv6 network of /96 or narrower is the IPv4 network it covers.
 * @param {string} entry
 * @returns {{ address: string; prefix: number; family: 'ipv4' | 'ipv6' } | null}
 */
export function parseNetwork(entry) {
  const [text = '', bits, ...rest] = entry.trim().split('/');
  const address = canonicalAddress(text);
  if (address === null || rest.length > 0 || (bits !== undefined && !/^\d{1,3}$/.test(bits))) return null;
  const family = isIP(address) === 4 ? 'ipv4' : 'ipv6';
  const wasMapped = family === 'ipv4' && isIP(text.trim()) === 6;
  const max = family === 'ipv4' ? 32 : 128;
  const prefix = bits === undefined ? max : Number(bits) - (wasMapped ? 96 : 0);
  if (prefix < 0 || prefix > max) return null;
  return { address, prefix, family };
}

/**
 * The entry in canonical form (`10.0.0.0/8`, `::1`), or null when it is no address or network.
 * @param {string} entry
 */
export function canonicalNetwork(entry) {
  const network = parseNetwork(entry);
  if (!network) return null;
  return network.prefix === (network.family === 'ipv4' ? 32 : 128) ? network.address : `${network.address}/${network.prefix}`;
}

/**
 * Whether an address belongs to any of the networks listed (each already checked by the environment's schema).
 * @param {readonly string[]} networks
 * @returns {(address: string) => boolean}
 */
export function networkMatcher(networks) {
  const list = new BlockList();
  for (const entry of networks) {
    const network = parseNetwork(entry);
    if (!network) throw new Error(`not an address or network: ${entry}`);
    list.addSubnet(network.address, network.prefix, network.family);
  }
  return (address) => {
    const canonical = canonicalAddress(address);
    return canonical !== null && list.check(canonical, isIP(canonical) === 4 ? 'ipv4' : 'ipv6');
  };
}
