'use client';

import { useEffect } from 'react';
import type { LiveLabels } from './live-updater';

/**
 * The reader's island of a live page: brings new, edited and deleted entries without a reload (./live-updater.ts,
 * its own small chunk, loaded only here). It starts from an effect, that is once React has hydrated the page: an entry
 * added to the list before then would be taken for a mismatch and thrown away with the server's markup.
 */
export function LiveUpdates({ labels }: { labels: LiveLabels }) {
  useEffect(() => {
    let stop: (() => void) | null = null;
    let gone = false;
    void import('./live-updater').then(({ followLive }) => {
      if (!gone) stop = followLive(labels);
    });
    return () => {
      gone = true;
      stop?.();
    };
    // Started once a page: the labels do not change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return null;
}
