/** A line of numbers as a small SVG, for the board's last hour per story. Drawn at a fixed size, so numbers never shift it. */
export function Sparkline({ values, label, className = 'h-8 w-32' }: { values: number[]; label: string; className?: string }) {
  const width = 120;
  const height = 28;
  const max = Math.max(1, ...values);
  const step = values.length > 1 ? width / (values.length - 1) : width;
  const points = values.map((v, i) => `${(i * step).toFixed(1)},${(height - 1 - (v / max) * (height - 2)).toFixed(1)}`).join(' ');
  return (
    <svg viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="none" role="img" aria-label={label} className={className}>
      <polyline points={`0,${height} ${points} ${width},${height}`} className="fill-sky-100 stroke-none" />
      <polyline points={points} className="fill-none stroke-sky-700" strokeWidth={1.5} vectorEffect="non-scaling-stroke" />
    </svg>
  );
}
