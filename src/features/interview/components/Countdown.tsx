import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n';

export const formatClock = (seconds: number) => {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

/**
 * Visible mm:ss countdown. Screen readers get a polite announcement only at thresholds (half time,
 * one minute, thirty seconds, time up) instead of every second.
 */
export function Countdown({ remaining, total }: { remaining: number; total: number }) {
  const { t } = useT();
  const [announcement, setAnnouncement] = useState('');
  const announced = useRef(new Set<string>());
  useEffect(() => {
    const marks: [string, boolean][] = [
      ['half', total >= 240 && remaining <= total / 2],
      ['minute', total > 90 && remaining <= 60],
      ['thirty', remaining <= 30 && total > 45],
      ['zero', remaining === 0],
    ];
    for (const [mark, reached] of marks) {
      if (reached && !announced.current.has(mark)) {
        announced.current.add(mark);
        setAnnouncement(remaining === 0 ? t('countdown.timeUp') : t('countdown.left', { time: formatClock(remaining) }));
      }
    }
  }, [remaining, total, t]);

  const urgent = remaining <= 30;
  return (
    <div className={`countdown ${urgent ? 'countdown--urgent' : ''}`}>
      <span className="countdown__label">{t('countdown.label')}</span>
      <span className="countdown__value" aria-hidden="true">
        {formatClock(remaining)}
      </span>
      <span className="visually-hidden">{t('countdown.ofTotal', { remaining: formatClock(remaining), total: formatClock(total) })}</span>
      <span className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </span>
    </div>
  );
}
