/**
 * Background work of a running server: the timer that publishes scheduled translations on time (no external cron),
 * the listener that refreshes cached pages when rates or breaking news change, the daily rates import, the sweep of
 * what failed uploads left in the media folder, and the graceful stop on SIGTERM. Only in the Node.js runtime of `next start`/`next dev`, never while `next build`
 * prerenders pages. RATES_IMPORT=off turns the import off (the end-to-end tests do, as the bank is not reachable).
 * First the environment is checked (lib/env.mjs), with a warning for what is valid but wrong (an edge in front and no
 * TRUSTED_PROXIES), and the console routed into the JSON log (lib/log.mjs), which the preloaded front door has already
 * done under `npm start`. Each pass of background work is counted for /api/metrics.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { checkEnvironment, configurationWarnings, env } = await import('./lib/env.mjs');
  checkEnvironment();
  const [{ routeConsoleThroughLog }, { countJob }] = await Promise.all([import('./lib/log.mjs'), import('./lib/metrics.mjs')]);
  routeConsoleThroughLog();
  for (const warning of configurationWarnings(env())) console.warn(`[configuration] ${warning}`);
  const [{ startPublishingTimer }, { startSiteChangeListener }] = await Promise.all([
    import('./lib/jobs/publishing-timer'),
    import('./lib/jobs/site-change-listener'),
  ]);
  startPublishingTimer();
  startSiteChangeListener();
  // scripts/run.ts sets it for `next start`: a graceful stop instead of Next's immediate exit (lib/ops/shutdown.ts).
  if (process.env.NEXT_MANUAL_SIG_HANDLE) {
    const { handleShutdownSignals } = await import('./lib/ops/shutdown');
    handleShutdownSignals();
  }
  // The covers' variants not derived yet (the demo covers after a fresh seed), in turn with readers' requests.
  void import('./lib/media/derive').then(({ warmCoverVariants }) =>
    countJob('cover-variants', warmCoverVariants).then(
      (derived) => derived && console.log(`[media] derived ${derived} missing variant(s) of the covers`),
      (error: unknown) => console.error('[media] could not derive the covers’ variants:', error),
    ),
  );
  // What failed uploads left in the media folder, a minute after the start (lib/media/sweep.ts).
  setTimeout(() => {
    void import('./lib/media/sweep').then(({ sweepMedia }) =>
      countJob('media-sweep', sweepMedia).then(
        ({ staging, orphaned }) => {
          if (staging) console.log(`[media] removed ${staging} staging folder(s) of uploads that never finished`);
          if (orphaned) console.warn(`[media] moved ${orphaned} folder(s) no row names into .orphaned/ in the media folder`);
        },
        (error: unknown) => console.error('[media] could not sweep the media folder:', error),
      ),
    );
  }, 60_000).unref();
  if (env().RATES_IMPORT === 'on') {
    const { startRatesSchedule } = await import('./lib/jobs/rates-import');
    startRatesSchedule();
  }
}
