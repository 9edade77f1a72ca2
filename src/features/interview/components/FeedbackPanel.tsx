import { StrongerAnswer } from './StrongerAnswer';
import { useState } from 'react';
import './feedback.css';
import { Button } from '@/components/Button';
import { toUserMessage } from '@/lib/errors';
import { formatNumber } from '@/lib/i18n/format';
import { useQuestionReveal } from '../api/get-question-reveal';
import type { TFunction } from 'i18next';
import { useT } from '../i18n';
import type { Evaluation } from '../lib/schemas';
import { pointsToImprove } from './feedback-points';

export function ScoreBadge({ score, label }: { score: number | null; label?: string }) {
  const { t } = useT();
  if (score === null) return <span className="score-badge score-badge--none">{t('feedback.notScored')}</span>;
  const tone = score < 50 ? 'low' : score < 75 ? 'mid' : 'high';
  return (
    <span className={`score-badge score-badge--${tone}`}>
      <span className="visually-hidden">{label ?? t('feedback.score')}: </span>
      {Math.round(score)}
      <span className="score-badge__max">/100</span>
    </span>
  );
}

const PACES = ['slow', 'good', 'fast'];
const paceText = (t: TFunction, pace: string) =>
  PACES.includes(pace) ? t(`feedback.delivery.pace.${pace}`) : t('feedback.delivery.paceOther', { pace });

function List({ title, items, tone }: { title: string; items: string[]; tone?: 'good' | 'bad' }) {
  if (items.length === 0) return null;
  return (
    <div className={`feedback__list ${tone ? `feedback__list--${tone}` : ''}`}>
      <h4>{title}</h4>
      <ul>
        {items.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      </ul>
    </div>
  );
}

/** Per-answer feedback: score, summary, strengths, at most three points to improve (each once), STAR, outline. */
export function EvaluationDetails({ evaluation }: { evaluation: Evaluation }) {
  const { t } = useT();
  const star = evaluation.star;
  return (
    <div className="feedback">
      <div className="feedback__head">
        <ScoreBadge score={evaluation.score} />
        {evaluation.feedback ? <p className="feedback__summary">{evaluation.feedback}</p> : null}
      </div>
      <div className="feedback__grid">
        <List title={t('feedback.strengths')} items={evaluation.strengths} tone="good" />
        <List
          title={t('feedback.toImprove')}
          items={pointsToImprove(evaluation, { missedKeyPoint: (point) => t('feedback.missedKeyPoint', { point }) })}
          tone="bad"
        />
        <List
          title={t('feedback.keyPointsCovered')}
          items={evaluation.key_points.filter((k) => k.covered).map((k) => k.point)}
          tone="good"
        />
      </div>
      {star ? (
        <div className="feedback__star">
          <h4>{t('feedback.star')}</h4>
          <ul className="star">
            {(['situation', 'task', 'action', 'result'] as const).map((part) => (
              <li key={part} className={star[part]?.found ? 'is-found' : 'is-missing'}>
                <span aria-hidden="true">{star[part]?.found ? '✓' : '○'}</span> {t(`feedback.starParts.${part}`)}
                <span className="visually-hidden"> {star[part]?.found ? t('feedback.present') : t('feedback.missing')}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {evaluation.delivery?.wpm ? (
        <p className="muted">
          {t('feedback.delivery.wpm', { wpm: formatNumber(Math.round(evaluation.delivery.wpm)) })}
          {evaluation.delivery.filler_count
            ? t('feedback.delivery.fillers', {
                count: evaluation.delivery.filler_count,
                formatted: formatNumber(evaluation.delivery.filler_count),
              })
            : ''}
          {evaluation.delivery.pace && evaluation.delivery.pace !== 'unknown' ? paceText(t, evaluation.delivery.pace) : ''}.
        </p>
      ) : null}
      <StrongerAnswer text={evaluation.improved_answer} />
      {evaluation.suggested_outline.length > 0 ? (
        <details className="feedback__outline">
          <summary>{t('feedback.outline')}</summary>
          <ol>
            {evaluation.suggested_outline.map((step, index) => (
              <li key={index}>{step}</li>
            ))}
          </ol>
        </details>
      ) : null}
    </div>
  );
}

/** "Show model answer" — unlocks after answering (get_question_reveal). */
export function ModelAnswerReveal({ questionId }: { questionId: string }) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const reveal = useQuestionReveal(questionId, open);
  return (
    <div className="reveal">
      <Button variant="secondary" size="sm" onClick={() => setOpen((v) => !v)} aria-expanded={open}>
        {open ? t('feedback.hideModel') : t('feedback.showModel')}
      </Button>
      {open ? (
        <div className="reveal__body" aria-live="polite">
          {reveal.isPending ? (
            <p className="muted">{t('feedback.loadingModel')}</p>
          ) : reveal.isError ? (
            <p className="field__error">{toUserMessage(reveal.error)}</p>
          ) : !reveal.data || (!reveal.data.expected_answer && reveal.data.key_points.length === 0 && !reveal.data.sample_code) ? (
            <p className="muted">{t('feedback.noModel')}</p>
          ) : (
            <>
              {reveal.data.expected_answer ? <p>{reveal.data.expected_answer}</p> : null}
              {reveal.data.key_points.length ? (
                <>
                  <h4>{t('feedback.keyPoints')}</h4>
                  <ul>
                    {reveal.data.key_points.map((point) => (
                      <li key={point}>{point}</li>
                    ))}
                  </ul>
                </>
              ) : null}
              {reveal.data.sample_code ? (
                <pre className="code-block">
                  <code>{reveal.data.sample_code}</code>
                </pre>
              ) : null}
            </>
          )}
        </div>
      ) : null}
    </div>
  );
}
