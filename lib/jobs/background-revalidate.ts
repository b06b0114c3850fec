import 'server-only';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { ownOrigin } from '@/lib/site';
import { processWide } from '@/lib/singleton.mjs';

// Process-wide because instrumentation and the route handler are separate bundles in one process.
const secret = () => processWide('newsroom.revalidationSecret', () => randomBytes(32));

export const REVALIDATION_HEADER = 'x-newsroom-revalidate';

/** Whether a request to app/api/revalidate carries this process's secret (which never leaves the process). */
export function isOwnRevalidationRequest(value: string | null): boolean {
  if (!value) return false;
  const given = Buffer.from(value, 'hex');
  return given.length === secret().length && timingSafeEqual(given, secret());
}

/**
 * `revalidatePath` works only inside a Next request (it throws "static generation store missing" from a timer or a
 * database listener), so background code asks its own process through a loopback request to app/api/revalidate,
 * authenticated by a random secret made at start-up. Nothing outside the process can trigger it.
 */
export async function revalidateEverythingFromBackground(reason: string): Promise<void> {
  if (await askOwnProcess({ everything: true }, reason)) console.info(`[cache] every reader page marked stale (${reason})`);
}

/** The same for a list of paths, of which `warm` are then rendered again (lib/cache/warm.ts). */
export async function revalidatePathsFromBackground(paths: string[], warm: string[], reason: string): Promise<void> {
  await askOwnProcess({ paths, warm }, reason);
}

async function askOwnProcess(body: { everything: true } | { paths: string[]; warm: string[] }, reason: string): Promise<boolean> {
  try {
    const response = await fetch(`${ownOrigin()}/api/revalidate`, {
      method: 'POST',
      headers: { [REVALIDATION_HEADER]: secret().toString('hex'), 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) throw new Error(`answered ${response.status}`);
    return true;
  } catch (error) {
    // The pages' own revalidate period is the safety net; say clearly that it is what will refresh them now.
    console.error(`[cache] could not revalidate reader pages after ${reason}; they refresh within their revalidate period:`, error);
    return false;
  }
}

/**
 * A render that began before a change and ends after it is stored as if it were fresh (Next stamps a cache entry
 * when it is written, not when its render began): a reader's request or a warm-up running at the moment of a
 * publication could put the old home page back over the new one for the whole revalidate period. So every
 * revalidation is repeated once, shortly after, when such renders are done.
 */
export const SETTLE_MS = 2_000;

export function settleLater(run: () => Promise<void>): void {
  setTimeout(() => void run(), SETTLE_MS).unref();
}
