import 'server-only';
import { askOwnProcess, type OwnTask } from './own-process';

/**
 * `revalidatePath` works only inside a Next request, so background code (the site-change listener, the breaking-news
 * timer, the settling pass) asks its own process for it (lib/jobs/own-process.ts): every page…
 */
export async function revalidateEverythingFromBackground(reason: string): Promise<void> {
  if (await revalidateFromBackground({ task: 'revalidate-everything' }, reason)) console.info(`[cache] every reader page marked stale (${reason})`);
}

/** …or a list of paths, of which `warm` are then rendered again (lib/cache/warm.ts). */
export async function revalidatePathsFromBackground(paths: string[], warm: string[], reason: string): Promise<void> {
  await revalidateFromBackground({ task: 'revalidate-paths', paths, warm }, reason);
}

async function revalidateFromBackground(task: OwnTask, reason: string): Promise<boolean> {
  try {
    await askOwnProcess(task, 10_000);
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
