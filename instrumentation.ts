/**
 * The start of each Next server, in the Node.js runtime of `next start`/`next dev`, never while `next build`
 * prerenders pages. First the environment is checked (lib/ops/env.mjs), with a warning for what is valid but wrong (an edge
 * in front and no TRUSTED_PROXIES), and the console routed into the JSON log (lib/ops/log.mjs), which the preloaded front
 * door has already done under `npm start`. Then the graceful stop on SIGTERM, the "now" beacon handed to the front door
 * (lib/now/beacon-door.mjs), and the background work (lib/jobs/).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { checkEnvironment, configurationWarnings, env } = await import('./lib/ops/env.mjs');
  checkEnvironment();
  const { routeConsoleThroughLog } = await import('./lib/ops/log.mjs');
  routeConsoleThroughLog();
  for (const warning of configurationWarnings(env())) console.warn(`[configuration] ${warning}`);
  // scripts/run.ts sets it for `next start`: a graceful stop instead of Next's immediate exit (lib/ops/shutdown.ts).
  if (process.env.NEXT_MANUAL_SIG_HANDLE) {
    const { handleShutdownSignals } = await import('./lib/ops/shutdown');
    handleShutdownSignals();
  }
  // From here on the front door answers the reader pages' beacon itself, without Next's request pipeline.
  const { openBeaconAtTheFrontDoor } = await import('./lib/now/beacon');
  openBeaconAtTheFrontDoor();
  const { startBackgroundWork } = await import('./lib/jobs/start');
  startBackgroundWork();
}
