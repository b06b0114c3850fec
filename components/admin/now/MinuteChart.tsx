import { locales, type Locale } from '@/lib/i18n/locales';

const COLORS: Record<Locale, string> = { ru: 'stroke-sky-700', az: 'stroke-emerald-700', en: 'stroke-amber-600' };
export const CHART_MINUTES = 48 * 60;

/**
 * Readers per minute over the last 48 hours, one line per language, as an SVG drawn on the server. `series` holds only
 * minutes with readers; the others are zero.
 */
export function MinuteChart({
  series,
  endMinute,
  label,
  legend,
  ticks,
}: {
  series: { minute: string; locale: Locale; readers: number }[];
  endMinute: number;
  label: string;
  legend: Record<Locale, string>;
  ticks: { hoursAgo: number; text: string }[];
}) {
  const width = 960;
  const height = 240;
  const start = endMinute - CHART_MINUTES + 1;
  const max = Math.max(1, ...series.map((p) => p.readers));
  const lines = Object.fromEntries(locales.map((l) => [l, new Array<number>(CHART_MINUTES).fill(0)])) as Record<Locale, number[]>;
  for (const point of series) {
    const index = Math.floor(Date.parse(point.minute) / 60_000) - start;
    if (index >= 0 && index < CHART_MINUTES) lines[point.locale][index] = point.readers;
  }
  const x = (i: number) => ((i / (CHART_MINUTES - 1)) * width).toFixed(1);
  const y = (v: number) => (height - 4 - (v / max) * (height - 24)).toFixed(1);
  return (
    <figure>
      <svg viewBox={`0 0 ${width} ${height + 20}`} role="img" aria-label={label} className="h-auto w-full">
        {ticks.map(({ hoursAgo, text }) => {
          const at = Number(x(CHART_MINUTES - 1 - hoursAgo * 60));
          return (
            <g key={hoursAgo}>
              <line x1={at} x2={at} y1={0} y2={height} className="stroke-neutral-200" />
              <text x={Math.min(width - 30, Math.max(30, at))} y={height + 16} textAnchor="middle" className="fill-neutral-600 text-[12px]">
                {text}
              </text>
            </g>
          );
        })}
        <text x={4} y={14} className="fill-neutral-600 text-[12px]">
          {max}
        </text>
        {locales.map((locale) => (
          <polyline
            key={locale}
            points={lines[locale].map((v, i) => `${x(i)},${y(v)}`).join(' ')}
            className={`fill-none ${COLORS[locale]}`}
            strokeWidth={1.5}
            vectorEffect="non-scaling-stroke"
          />
        ))}
      </svg>
      <figcaption className="mt-1 flex gap-4 text-sm">
        {locales.map((locale) => (
          <span key={locale} className="flex items-center gap-1">
            <svg width="16" height="4" aria-hidden="true">
              <line x1="0" x2="16" y1="2" y2="2" strokeWidth="3" className={COLORS[locale]} />
            </svg>
            {legend[locale]}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
