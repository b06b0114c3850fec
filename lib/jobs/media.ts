import 'server-only';
import { warmCoverVariants } from '@/lib/media/derive';
import { sweepMedia } from '@/lib/media/sweep';
import { scheduleJob } from './schedule';

const SWEEP_AFTER_START_MS = 60_000;

/**
 * At the start, the covers' variants not derived yet (the demo covers after a fresh seed), in turn with readers'
 * requests; a minute later, what failed uploads left in the media folder (lib/media/sweep.ts).
 */
export function startMediaJobs(): void {
  scheduleJob('cover-variants', warmCoverVariants, {
    firstAfterMs: 0,
    onResult: (derived) => {
      if (derived) console.log(`[media] derived ${derived} missing variant(s) of the covers`);
    },
    onError: (error) => console.error('[media] could not derive the covers’ variants:', error),
  });
  scheduleJob('media-sweep', () => sweepMedia(), {
    firstAfterMs: SWEEP_AFTER_START_MS,
    onResult: ({ staging, orphaned }) => {
      if (staging) console.log(`[media] removed ${staging} staging folder(s) of uploads that never finished`);
      if (orphaned) console.warn(`[media] moved ${orphaned} folder(s) no row names into .orphaned/ in the media folder`);
    },
    onError: (error) => console.error('[media] could not sweep the media folder:', error),
  });
}
