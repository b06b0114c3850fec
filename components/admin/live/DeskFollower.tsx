'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

const RETRY_MS = [1_000, 2_000, 5_000, 10_000, 30_000];

/**
 * Keeps the desk current without a reload: waits on the desk's long poll (app/api/admin/live) for a change after the
 * one the page shows, from any colleague on any instance, then refreshes the page's server data (the forms keep what
 * is typed in them). After a failure it waits longer each time; a hidden tab waits until it is shown.
 */
export function DeskFollower({ articleId, seq }: { articleId: number; seq: number }) {
  const router = useRouter();
  useEffect(() => {
    const controller = new AbortController();
    let failures = 0;
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const visible = () =>
      document.visibilityState === 'visible'
        ? Promise.resolve()
        : new Promise<void>((resolve) => document.addEventListener('visibilitychange', () => resolve(), { once: true }));
    (async () => {
      while (!controller.signal.aborted) {
        await visible();
        try {
          const response = await fetch(`/api/admin/live/${articleId}/${seq}`, { signal: controller.signal, cache: 'no-store' });
          if (response.status === 200) {
            router.refresh();
            return;
          }
          if (response.status !== 204) throw new Error(String(response.status));
          failures = 0;
        } catch {
          if (controller.signal.aborted) return;
          await pause(RETRY_MS[Math.min(failures, RETRY_MS.length - 1)]!);
          failures += 1;
        }
      }
    })();
    return () => controller.abort();
  }, [articleId, seq, router]);
  return null;
}
