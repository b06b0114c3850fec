import { env } from '@/lib/ops/env.mjs';
import { siteUrl } from '@/lib/http/site';

/**
 * IndexNow: tells search engines which URLs changed, so they recrawl at once instead of on their next round.
 * Off unless INDEXNOW_ENDPOINT and INDEXNOW_KEY are set. Submissions run in the background with retries, so an
 * editor's save never waits for a search engine.
 */
export interface IndexNowConfig {
  endpoint: string;
  key: string;
  /** Public origin of the site, e.g. https://anews.az. */
  origin: string;
  /** Delays before each retry; a submission is tried once more than this list is long. */
  retryDelaysMs: number[];
}

/** The key, as IndexNow accepts it: 8–128 letters, digits and dashes. */
export const INDEXNOW_KEY_PATTERN = /^[A-Za-z0-9-]{8,128}$/;

export function indexNowConfig(source: { INDEXNOW_ENDPOINT?: string; INDEXNOW_KEY?: string } = env()): IndexNowConfig | null {
  const endpoint = source.INDEXNOW_ENDPOINT;
  const key = source.INDEXNOW_KEY;
  if (!endpoint || !key || !INDEXNOW_KEY_PATTERN.test(key)) return null;
  return { endpoint, key, origin: siteUrl(), retryDelaysMs: [1_000, 5_000, 30_000, 120_000] };
}

/** Path of the key file at the site root that proves the submitter owns the site. */
export const keyFilePath = (key: string) => `/${key}.txt`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Submits site-relative paths; resolves to true once the endpoint accepted them (200/202), false after the last
 * failed try. 4xx answers other than 429 are not retried: the same request would be refused again.
 */
export async function submitToIndexNow(paths: string[], config: IndexNowConfig): Promise<boolean> {
  if (paths.length === 0) return true;
  const body = JSON.stringify({
    host: new URL(config.origin).host,
    key: config.key,
    keyLocation: `${config.origin}${keyFilePath(config.key)}`,
    urlList: paths.map((path) => `${config.origin}${path}`),
  });
  for (let attempt = 0; attempt <= config.retryDelaysMs.length; attempt += 1) {
    try {
      const response = await fetch(config.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body,
        signal: AbortSignal.timeout(10_000),
      });
      if (response.ok) return true;
      if (response.status !== 429 && response.status < 500) {
        console.error(`[newsroom] IndexNow refused ${paths.length} URLs: HTTP ${response.status}`);
        return false;
      }
    } catch {
      // unreachable or timed out: retried below
    }
    const delay = config.retryDelaysMs[attempt];
    if (delay === undefined) break;
    await sleep(delay);
  }
  console.error(`[newsroom] IndexNow did not accept ${paths.length} URLs after ${config.retryDelaysMs.length + 1} tries`);
  return false;
}

/** Fire and forget: the caller (a save) goes on at once. */
export function notifyIndexNow(paths: string[]): void {
  const config = indexNowConfig();
  if (config) void submitToIndexNow(paths, config);
}
