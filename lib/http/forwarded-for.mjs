// @ts-check
import { env } from '../ops/env.mjs';
import { canonicalAddress, networkMatcher } from './networks.mjs';

/**
 * The client's address in an `X-Forwarded-For` chain whose last entry is the socket's peer, which this server's front
 * door appended (lib/http/front-door.mjs). Plain JavaScript: the front door's access log names the same address as
 * lib/http/client-address.ts.
 *
 * Every proxy appends the address it received the request from, so an entry can be believed only if the proxy to its
 * right is one of ours. The walk goes from the right, past the addresses in TRUSTED_PROXIES; the first address that
 * is not one of them is the client. Whatever stands left of it the client may have written. If every entry is
 * trusted, the leftmost is the client (a request from the edge itself, or an editor on the edge's machine).
 *
 * An entry that is no address (`unknown`, a name, garbage) ends the walk at the trusted proxy that passed it on: its
 * text never becomes a client address, which a guesser could vary at will to escape the sign-in throttle.
 */

// Some proxies write the client's port too: 203.0.113.7:51234, [2001:db8::1]:443.
const WITH_PORT = /^(?:\[([^\]]+)\]|(\d+\.\d+\.\d+\.\d+)):\d+$/;

/** @param {string} entry */
function addressOf(entry) {
  const withPort = WITH_PORT.exec(entry);
  return canonicalAddress(withPort ? /** @type {string} */ (withPort[1] ?? withPort[2]) : entry);
}

/** @type {{ key: string; trusted: (address: string) => boolean } | undefined} */
let matcher;

/** @param {readonly string[]} proxies */
function trustedBy(proxies) {
  const key = proxies.join(',');
  if (matcher?.key !== key) matcher = { key, trusted: networkMatcher(proxies) };
  return matcher.trusted;
}

/**
 * @param {string | null | undefined} chain
 * @param {readonly string[]} proxies addresses and networks of the proxies in front of this server
 */
export function clientInChain(chain, proxies = env().TRUSTED_PROXIES) {
  const trusted = trustedBy(proxies);
  const entries = (chain ?? '').split(',').map((entry) => entry.trim()).filter(Boolean);
  let client = 'unknown';
  for (let i = entries.length - 1; i >= 0; i -= 1) {
    const address = addressOf(/** @type {string} */ (entries[i]));
    if (address === null) return client;
    client = address;
    if (!trusted(address)) return address;
  }
  return client;
}
