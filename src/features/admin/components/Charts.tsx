import { useId } from 'react';
import { useT } from '../i18n';

export type Series = { name: string; values: number[]; className: string };

/** Small dependency-free SVG line chart with a visually-hidden data table for screen readers. */
export function LineChart({ title, labels, series, height = 160 }: { title: string; labels: string[]; series: Series[]; height?: number }) {
  const { t } = useT();
  const id = useId();
  const width = 560;
  const pad = { top: 10, right: 10, bottom: 22, left: 34 };
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const innerW = width - pad.left - pad.right;
  const innerH = height - pad.top - pad.bottom;
  const x = (i: number) => pad.left + (labels.length <= 1 ? innerW / 2 : (i / (labels.length - 1)) * innerW);
  const y = (v: number) => pad.top + innerH - (v / max) * innerH;
  const ticks = [0, Math.round(max / 2), max];
  const tickLabels = labels.length > 0 ? [0, Math.floor((labels.length - 1) / 2), labels.length - 1] : [];

  return (
    <figure className="chart">
      <figcaption className="chart__title" id={`${id}-t`}>
        {title}
      </figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-t`} className="chart__svg">
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={pad.left} x2={width - pad.right} y1={y(tick)} y2={y(tick)} className="chart__grid" />
            <text x={pad.left - 6} y={y(tick) + 4} textAnchor="end" className="chart__axis">
              {tick}
            </text>
          </g>
        ))}
        {[...new Set(tickLabels)].map((i) => (
          <text
            key={i}
            x={x(i)}
            y={height - 6}
            textAnchor={i === 0 ? 'start' : i === labels.length - 1 ? 'end' : 'middle'}
            className="chart__axis"
          >
            {labels[i]?.slice(5)}
          </text>
        ))}
        {series.map((s) => (
          <g key={s.name} className={s.className}>
            <polyline fill="none" strokeWidth={2} points={s.values.map((v, i) => `${x(i)},${y(v)}`).join(' ')} className="chart__line" />
            {s.values.length <= 31 ? s.values.map((v, i) => <circle key={i} cx={x(i)} cy={y(v)} r={2.5} className="chart__dot" />) : null}
          </g>
        ))}
      </svg>
      <ul className="chart__legend" aria-hidden="true">
        {series.map((s) => (
          <li key={s.name} className={s.className}>
            <span className="chart__swatch" /> {s.name}
          </li>
        ))}
      </ul>
      <div className="visually-hidden">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('charts.day')}</th>
              {series.map((s) => (
                <th key={s.name} scope="col">
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {labels.map((label, i) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                {series.map((s) => (
                  <td key={s.name}>{s.values[i]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

/** Horizontal bars with the value printed (no colour-only encoding). */
export function BarChart({
  title,
  rows,
  max: fixedMax,
  format = (v) => String(v),
}: {
  title: string;
  rows: { label: string; value: number }[];
  max?: number;
  format?: (v: number) => string;
}) {
  const max = fixedMax ?? Math.max(1, ...rows.map((r) => r.value));
  return (
    <figure className="chart">
      <figcaption className="chart__title">{title}</figcaption>
      <ul className="bars">
        {rows.map((row) => (
          <li key={row.label} className="bars__row">
            <span className="bars__label">{row.label}</span>
            <span className="bars__track" aria-hidden="true">
              <span className="bars__fill" style={{ width: `${Math.max(0, Math.min(100, (row.value / max) * 100))}%` }} />
            </span>
            <span className="bars__value">{format(row.value)}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
