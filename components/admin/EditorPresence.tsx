'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { LANGUAGE_NAMES, type Locale } from '@/lib/i18n/locales';

interface OtherEditor {
  name: string;
  locale: Locale;
  self: boolean;
}

const BEAT_MS = 10_000;

/**
 * Who else has this story open, live: the tab beats every 10 s through a staff-only route (app/api/admin/presence),
 * says goodbye when it is closed, and shows the names the answer gives.
 */
export function EditorPresence({ articleId, locale }: { articleId: number; locale: Locale }) {
  const t = useTranslations('Admin.editor');
  const [others, setOthers] = useState<OtherEditor[]>([]);

  useEffect(() => {
    const clientId = crypto.randomUUID();
    const send = (leave = false) =>
      fetch('/api/admin/presence', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ articleId, locale, clientId, ...(leave ? { leave } : {}) }),
        keepalive: leave,
      });
    let stopped = false;
    const beat = async () => {
      try {
        const response = await send();
        if (!response.ok) return;
        const { others: now } = (await response.json()) as { others: OtherEditor[] };
        if (!stopped) setOthers(now);
      } catch {
        // Offline for a moment: the next beat tries again.
      }
    };
    void beat();
    const timer = setInterval(() => void beat(), BEAT_MS);
    const leave = () => void send(true).catch(() => {});
    window.addEventListener('pagehide', leave);
    return () => {
      stopped = true;
      clearInterval(timer);
      window.removeEventListener('pagehide', leave);
      leave();
    };
  }, [articleId, locale]);

  const names = others.map((other) => t('presenceTab', { name: other.self ? t('presenceSelf') : other.name, language: LANGUAGE_NAMES[other.locale] }));
  return (
    <div aria-live="polite" className="min-h-0">
      {names.length ? <p className="mb-4 rounded border border-sky-300 bg-sky-50 p-2 text-sm">{t('presence', { names: names.join(', ') })}</p> : null}
    </div>
  );
}
