import { Fragment } from 'react';
import { useT } from '../i18n';
import './feedback.css';

/**
 * The answer rewritten stronger: the candidate's own sentences in a better order, with what it missed as
 * [bracketed gaps], shown as marked text so the gaps stand out (and are announced as such).
 */
export function StrongerAnswer({ text }: { text: string | undefined }) {
  const { t } = useT();
  if (!text?.trim()) return null;
  const lines = text.split('\n').filter((line) => line.trim());
  return (
    <details className="stronger-answer">
      <summary>{t('stronger.title')}</summary>
      <p className="muted small">{t('stronger.explain')}</p>
      {lines.map((line, index) => (
        <p key={index} className="stronger-answer__text">
          {line.split(/(\[[^\]]+\])/).map((part, i) =>
            /^\[[^\]]+\]$/.test(part) ? (
              <mark key={i} className="stronger-answer__gap">
                <span className="visually-hidden">{t('stronger.gap')} </span>
                {part.slice(1, -1)}
              </mark>
            ) : (
              <Fragment key={i}>{part}</Fragment>
            ),
          )}
        </p>
      ))}
    </details>
  );
}
