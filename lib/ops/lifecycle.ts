import { processWide } from '@/lib/ops/singleton.mjs';

/**
 * Whether this instance is leaving: set when it receives SIGTERM (instrumentation.ts), read by the readiness check,
 * which then answers 503 so the edge takes the instance out of rotation while it still serves what it was given.
 * Process-wide because instrumentation and the route handlers are separate bundles in one process.
 */
const lifecycle = () => processWide('newsroom.draining', () => ({ draining: false }));

export function isDraining(): boolean {
  return lifecycle().draining;
}

export function startDraining(): void {
  lifecycle().draining = true;
}
