'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/** Renders the page's server components again every `everyMs`, while the tab is visible, keeping scroll and state. */
export function AutoRefresh({ everyMs }: { everyMs: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') router.refresh();
    }, everyMs);
    return () => clearInterval(timer);
  }, [router, everyMs]);
  return null;
}
