/**
 * The reader's or editor's address, as the servers in front of the site report it. Each proxy appends the address it
 * received the request from to `X-Forwarded-For`, so only the entries those proxies added can be trusted; what comes
 * before them is whatever the client sent. `TRUSTED_PROXY_HOPS` says how many proxies there are (default 1: one
 * reverse proxy or CDN in front of `next start`); the address is the entry that many places from the right. Without
 * a proxy, Next fills the header from the socket when the client sent none, which is the last entry too.
 */
export function clientAddress(headers: Headers, hops = trustedHops()): string {
  const entries = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (!entries.length) return headers.get('x-real-ip')?.trim() || 'unknown';
  return entries[Math.max(0, entries.length - hops)]!;
}

function trustedHops(): number {
  const hops = Number(process.env.TRUSTED_PROXY_HOPS ?? 1);
  return Number.isInteger(hops) && hops >= 1 && hops <= 10 ? hops : 1;
}
