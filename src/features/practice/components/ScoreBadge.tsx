import { useT } from '../i18n';

export function scoreTone(score: number): 'good' | 'ok' | 'low' {
  return score >= 75 ? 'good' : score >= 50 ? 'ok' : 'low';
}

/** A score out of 100 with a text label (colour is never the only signal). */
export function ScoreBadge({ score, label }: { score: number; label?: string }) {
  const { t } = useT();
  const rounded = Math.round(score);
  const tone = scoreTone(rounded);
  const words = t(`score.${tone}`);
  return (
    <div
      className={`score-badge score-badge--${tone}`}
      role="img"
      aria-label={t('score.aria', { label: label ?? t('score.label'), score: rounded, words })}
    >
      <span className="score-badge__value">{rounded}</span>
      <span className="score-badge__max">/100</span>
      <span className="score-badge__words">{words}</span>
    </div>
  );
}
