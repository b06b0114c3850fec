import { useTranslations } from 'next-intl';

/** The LIVE mark of live coverage in lists, on home and on its own page; nothing for an ordinary story or ended coverage. */
export function LiveMark({ coverage }: { coverage?: 'live' | 'ended' }) {
  const t = useTranslations('Live');
  if (coverage !== 'live') return null;
  return (
    <span data-testid="live-mark" className="inline-flex items-center gap-1 rounded-sm bg-accent px-1.5 text-xs font-bold uppercase tracking-wide text-white">
      <span aria-hidden="true" className="inline-block h-1.5 w-1.5 rounded-full bg-white" />
      {t('badge')}
    </span>
  );
}
