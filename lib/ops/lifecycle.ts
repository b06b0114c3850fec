/**
 * Whether this instance is leaving: set when it receives SIGTERM (instrumentation.ts), read by the readiness check,
 * which then answers 503 so the edge takes the instance out of rotation while it still serves what it was given.
 * On globalThis because instrumentation and the route handlers are separate bundles in one process.
 */
const DRAINING = Symbol.for('newsroom.draining');
const holder = globalThis as unknown as { [DRAINING]?: boolean };

export function isDraining(): boolean {
  return holder[DRAINING] === true;
}

export function startDraining(): void {
  holder[DRAINING] = true;
}
