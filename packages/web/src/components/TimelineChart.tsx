/** A stacked bar chart of counts per date bucket, drawn as SVG. */
export interface Series { key: string; label: string; className: string }

export default function TimelineChart({ buckets, series, height = 160 }: {
  buckets: ({ date: string } & Record<string, number | string>)[]; series: Series[]; height?: number;
}) {
  if (buckets.length === 0) return <p className="muted">No dated items.</p>;
  const width = 720, pad = 28, barGap = 2;
  const totals = buckets.map((b) => series.reduce((n, s) => n + Number(b[s.key] ?? 0), 0));
  const max = Math.max(1, ...totals);
  const bw = Math.min(48, Math.max(2, (width - pad * 2) / buckets.length - barGap));
  const y = (v: number) => ((height - pad * 2) * v) / max;
  return (
    <figure className="chart" data-testid="timeline-chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label="timeline">
        <line x1={pad} x2={width - pad} y1={height - pad} y2={height - pad} className="axis" />
        <text x={4} y={pad} className="tick">{max}</text>
        {buckets.map((b, i) => {
          let acc = 0;
          const x = pad + i * (bw + barGap);
          return (
            <g key={b.date}>
              {series.map((s) => {
                const v = Number(b[s.key] ?? 0);
                const h = y(v);
                acc += h;
                return v > 0 ? <rect key={s.key} x={x} width={bw} y={height - pad - acc} height={h} className={s.className}><title>{`${b.date}: ${v} ${s.label}`}</title></rect> : null;
              })}
              {(buckets.length <= 12 || i % Math.ceil(buckets.length / 12) === 0) && (
                <text x={x} y={height - pad + 14} className="tick">{b.date}</text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>{series.map((s) => <span key={s.key} className="key"><i className={s.className} /> {s.label}</span>)}</figcaption>
    </figure>
  );
}
