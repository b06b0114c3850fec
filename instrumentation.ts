/**
 * Starts the publishing timer when a Node server starts (not while `next build` prerenders, not in the edge runtime):
 * scheduled translations go live on time without an external cron.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startPublishingTimer } = await import('./lib/editorial/publishing-timer');
  startPublishingTimer();
}
