import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import './charts.css';

export type Bar = { label: string; value: number | null; description?: string };

type BarChartProps = { bars: Bar[]; title: string; max?: number; height?: number; caption?: string };

const tone = (value: number) => (value < 50 ? 'chart__bar--low' : value < 75 ? 'chart__bar--mid' : 'chart__bar--high');

/** A small SVG column chart (0–100). Missing values are drawn as a dashed stub and read as "not scored". */
export function BarChart({ bars, title, max = 100, height = 200, caption }: BarChartProps) {
  const { t } = useTranslation();
  const id = useId();
  const width = 560;
  const pad = { top: 18, right: 8, bottom: 26, left: 32 };
  const innerW = width - pad.left - pad.right;
  const innerH = height - pad.top - pad.bottom;
  const slot = innerW / Math.max(1, bars.length);
  const barW = Math.min(56, slot * 0.6);
  const y = (v: number) => pad.top + innerH - (Math.min(max, Math.max(0, v)) / max) * innerH;

  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title`}>
        <title id={`${id}-title`}>{title}</title>
        {[0, 50, 100].map((tick) => (
          <g key={tick}>
            <line className="chart__grid" x1={pad.left} x2={width - pad.right} y1={y(tick)} y2={y(tick)} />
            <text className="chart__axis-label" x={pad.left - 6} y={y(tick) + 4} textAnchor="end">
              {tick}
            </text>
          </g>
        ))}
        {bars.map((bar, i) => {
          const cx = pad.left + slot * i + slot / 2;
          return (
            <g key={`${bar.label}-${i}`}>
              {bar.value === null ? (
                <rect
                  x={cx - barW / 2}
                  y={y(4)}
                  width={barW}
                  height={y(0) - y(4)}
                  fill="none"
                  stroke="currentColor"
                  strokeDasharray="3 3"
                  opacity={0.5}
                />
              ) : (
                <>
                  <rect
                    className={`chart__bar ${tone(bar.value)}`}
                    x={cx - barW / 2}
                    y={y(bar.value)}
                    width={barW}
                    height={Math.max(1, y(0) - y(bar.value))}
                    rx={3}
                  />
                  <text className="chart__value" x={cx} y={y(bar.value) - 4} textAnchor="middle">
                    {Math.round(bar.value)}
                  </text>
                </>
              )}
              <text className="chart__axis-label" x={cx} y={height - 6} textAnchor="middle">
                {bar.label}
              </text>
            </g>
          );
        })}
      </svg>
      <div className="visually-hidden">
        <table>
          <caption>{title}</caption>
          <tbody>
            {bars.map((bar, i) => (
              <tr key={`${bar.label}-${i}`}>
                <th scope="row">{bar.description ?? bar.label}</th>
                <td>{bar.value === null ? t('charts.notScored') : Math.round(bar.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {caption ? <figcaption className="chart__caption">{caption}</figcaption> : null}
    </figure>
  );
}
