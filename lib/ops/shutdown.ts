import { flushNow } from '@/lib/now/counter';
import { flushViews } from '@/lib/views/counter';
import { startDraining } from './lifecycle';
import { env } from '@/lib/ops/env.mjs';

/**
 * A graceful stop for `next start` (scripts/run.ts turns Next's own signal handlers off with NEXT_MANUAL_SIG_HANDLE,
 * since they exit at once). On SIGTERM the instance first answers 503 to readiness while it goes on serving, so the
 * edge's probe (two failed answers a second apart) takes it out of rotation; then what was in flight finishes; then
 * the views and readers still buffered are written, and the process exits. SIGINT (Ctrl+C) skips the wait.
 */
const LEAVE_ROTATION_MS = 3_000;
const FINISH_IN_FLIGHT_MS = 2_000;

function drainMs(): number {
  return process.env.DRAIN_SECONDS ? env().DRAIN_SECONDS * 1_000 : LEAVE_ROTATION_MS + FINISH_IN_FLIGHT_MS;
}

async function shutdown(signal: NodeJS.Signals, waitMs: number): Promise<void> {
  startDraining();
  console.info(`[newsroom] ${signal}: leaving rotation; still serving for ${(waitMs / 1000).toFixed(1)} s, then stopping`);
  await new Promise((resolve) => setTimeout(resolve, waitMs));
  try {
    const written = await flushViews();
    if (written > 0) console.info(`[newsroom] wrote ${written} buffered views before stopping`);
  } catch (error) {
    console.error('[newsroom] could not write the buffered views before stopping:', error);
  }
  try {
    await flushNow();
  } catch (error) {
    console.error('[newsroom] could not send the readers seen to the live window before stopping:', error);
  }
  process.exit(0);
}

export function handleShutdownSignals(): void {
  // Kept for good, not `once`: a second signal (a process group signalled, and `npm start` forwarding it too) must not
  // fall back to Node's default and end the drain.
  let stopping = false;
  const on = (signal: NodeJS.Signals, waitMs: () => number) =>
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      void shutdown(signal, waitMs());
    });
  on('SIGTERM', drainMs);
  on('SIGINT', () => 0);
}
