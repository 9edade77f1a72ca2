import { useId } from 'react';
import './charts.css';

export type LinePoint = { label: string; value: number };

type LineChartProps = {
  points: LinePoint[];
  /** Accessible name, e.g. "Score trend of your last 10 interviews". */
  title: string;
  min?: number;
  max?: number;
  height?: number;
  caption?: string;
};

/** A tiny responsive SVG line chart (0–100 by default) with an accessible data table for screen readers. */
export function LineChart({ points, title, min = 0, max = 100, height = 180, caption }: LineChartProps) {
  const id = useId();
  const width = 560;
  const pad = { top: 12, right: 16, bottom: 26, left: 32 };
  const innerW = width - pad.left - pad.right;
  const innerH = height - pad.top - pad.bottom;
  const x = (i: number) => pad.left + (points.length <= 1 ? innerW / 2 : (i * innerW) / (points.length - 1));
  const y = (v: number) => pad.top + innerH - ((Math.min(max, Math.max(min, v)) - min) / (max - min || 1)) * innerH;
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  const area =
    points.length > 1 ? `${path} L${x(points.length - 1).toFixed(1)},${pad.top + innerH} L${x(0).toFixed(1)},${pad.top + innerH} Z` : '';
  const ticks = [min, min + (max - min) / 2, max];
  const labelEvery = Math.max(1, Math.ceil(points.length / 6));

  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title`}>
        <title id={`${id}-title`}>{title}</title>
        {ticks.map((tick) => (
          <g key={tick}>
            <line className="chart__grid" x1={pad.left} x2={width - pad.right} y1={y(tick)} y2={y(tick)} />
            <text className="chart__axis-label" x={pad.left - 6} y={y(tick) + 4} textAnchor="end">
              {Math.round(tick)}
            </text>
          </g>
        ))}
        {area ? <path className="chart__area" d={area} /> : null}
        <path className="chart__line" d={path} />
        {points.map((p, i) => (
          <g key={`${p.label}-${i}`}>
            <circle className="chart__point" cx={x(i)} cy={y(p.value)} r={4} />
            {i % labelEvery === 0 || i === points.length - 1 ? (
              <text className="chart__axis-label" x={x(i)} y={height - 6} textAnchor="middle">
                {p.label}
              </text>
            ) : null}
          </g>
        ))}
      </svg>
      <div className="visually-hidden">
        <table>
          <caption>{title}</caption>
          <tbody>
            {points.map((p, i) => (
              <tr key={`${p.label}-${i}`}>
                <th scope="row">{p.label}</th>
                <td>{Math.round(p.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {caption ? <figcaption className="chart__caption">{caption}</figcaption> : null}
    </figure>
  );
}
