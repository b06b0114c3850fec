import { headers as requestHeaders } from 'next/headers';
import { clientInChain } from './forwarded-for.mjs';

/**
 * The reader's or editor's address, as the servers in front of the site report it in `X-Forwarded-For`, to which this
 * server appended its own socket's peer (lib/http/front-door.mjs, preloaded by `npm start` and by the image). Only the
 * proxies listed in `TRUSTED_PROXIES` are believed (lib/http/forwarded-for.mjs walks the chain): with none (the default)
 * the address is the socket's own, and a client that reaches the server around the edge is its own socket's address
 * too, whatever it wrote into the header. `X-Real-IP` and the like are never read.
 */
export function clientAddress(headers: Pick<Headers, 'get'>, proxies?: readonly string[]): string {
  return clientInChain(headers.get('x-forwarded-for'), proxies);
}

/** The address of the request being handled, for server actions, which are handed no request. */
export async function requestAddress(): Promise<string> {
  return clientAddress(await requestHeaders());
}
