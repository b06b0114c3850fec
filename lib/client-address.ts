import { headers as requestHeaders } from 'next/headers';
import { addressInChain } from './forwarded-for.mjs';

/**
 * The reader's or editor's address, as the servers in front of the site report it. Each proxy appends the address it
 * received the request from to `X-Forwarded-For`, and so does this server for its own socket (scripts/front-door
 * .mjs, preloaded by `npm start`), so only the last entries can be trusted; what comes before them is whatever the
 * client sent. `TRUSTED_PROXY_HOPS` says how many proxies there are in front of the site: 0 (the default) takes the
 * socket's own address, 1 the address the one proxy in front (the edge cache, a load balancer) saw, and so on.
 */
export function clientAddress(headers: Headers, hops?: number): string {
  return addressInChain(headers.get('x-forwarded-for'), hops);
}

/** The address of the request being handled, for server actions, which are handed no request. */
export async function requestAddress(): Promise<string> {
  return clientAddress(await requestHeaders());
}
