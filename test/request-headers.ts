import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Stands in for `next/headers` in integration tests, which call server actions outside any request:
 * `vi.mock('next/headers', () => import('@/test/request-headers'))`. The actions that check two-factor codes read the
 * client's address from it (lib/http/client-address), as from the front door's `X-Forwarded-For`.
 */
let address = '192.0.2.1';
const concurrent = new AsyncLocalStorage<string>();

/** Where the next requests come from: the throttle counts per address, so tests keep theirs apart. */
export function requestFrom(next: string): void {
  address = next;
}

/** Runs one request from `from`, for requests sent at once from several addresses. */
export function inRequestFrom<T>(from: string, request: () => Promise<T>): Promise<T> {
  return concurrent.run(from, request);
}

export async function headers(): Promise<Headers> {
  return new Headers({ 'x-forwarded-for': concurrent.getStore() ?? address });
}

let language: string | undefined;

/** The admin language the next requests carry in their cookie (lib/i18n/admin-locale); none: the default. */
export function adminLanguage(next: string | undefined): void {
  language = next;
}

export async function cookies() {
  return { get: (name: string) => (name === 'ADMIN_LOCALE' && language ? { name, value: language } : undefined) };
}
