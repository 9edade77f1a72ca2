import type { Evaluation } from '../api/score-practice-answer';
import { ScoreBadge } from './ScoreBadge';
import { pointsToImprove, StrongerAnswer } from '@/features/interview';
import { formatPercent } from '@/lib/i18n/format';
import { useT } from '../i18n';

const STAR_PARTS = ['situation', 'task', 'action', 'result'] as const;

/** Reasons the scorer gives for an answer it could not fully evaluate (`validity.reason`). */
const INVALID_REASONS = new Set(['empty', 'too_short', 'gibberish', 'copied_question', 'off_topic']);

function List({ items, empty }: { items: string[]; empty: string }) {
  if (items.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="bullets">
      {items.map((item, index) => (
        <li key={`${index}-${item}`}>{item}</li>
      ))}
    </ul>
  );
}

/** The scored answer: score, strengths/weaknesses, key points with quoted evidence, STAR, outline. */
export function FeedbackView({ evaluation }: { evaluation: Evaluation }) {
  const { t } = useT();
  const reason = evaluation.validity.reason ?? '';
  const covered = evaluation.key_points.filter((point) => point.covered);
  const missed = evaluation.missed_key_points.length
    ? evaluation.missed_key_points
    : evaluation.key_points.filter((point) => !point.covered).map((point) => point.point);

  return (
    <section className="card feedback" aria-labelledby="feedback-title">
      <div className="feedback__header">
        <div>
          <h2 id="feedback-title">{t('feedback.title')}</h2>
          {evaluation.feedback ? <p className="feedback__summary">{evaluation.feedback}</p> : null}
        </div>
        <ScoreBadge score={evaluation.score} />
      </div>

      {!evaluation.validity.valid ? (
        <p className="banner banner--warning" role="note">
          {t(`feedback.invalid.${INVALID_REASONS.has(reason) ? reason : 'unknown'}`)} {t('feedback.tryFuller')}
        </p>
      ) : null}

      {evaluation.criteria.length > 0 ? (
        <div className="feedback__section">
          <h3>{t('feedback.breakdown')}</h3>
          <ul className="criteria">
            {evaluation.criteria.map((criterion) => (
              <li key={criterion.name} className="criteria__item">
                <div className="criteria__row">
                  <span className="criteria__name">{criterion.name}</span>
                  <span className="muted">
                    {t('feedback.criterionScore', {
                      score: Math.round(criterion.score),
                      weight: formatPercent(Math.round(criterion.weight) / 100),
                    })}
                  </span>
                </div>
                <div className="meter" aria-hidden="true">
                  <span className="meter__fill" style={{ width: `${Math.max(0, Math.min(100, criterion.score))}%` }} />
                </div>
                {criterion.rationale ? <p className="criteria__why muted">{criterion.rationale}</p> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <div className="feedback__grid">
        <div className="feedback__section">
          <h3>{t('feedback.strengths')}</h3>
          <List items={evaluation.strengths} empty={t('feedback.noStrengths')} />
        </div>
        <div className="feedback__section">
          <h3>{t('feedback.toImprove')}</h3>
          <List
            items={pointsToImprove(evaluation, {
              missedKeyPoint: (point) => t('feedback.missedKeyPoint', { point }),
              keyPointsShownSeparately: evaluation.key_points.length > 0 || missed.length > 0,
            })}
            empty={t('feedback.nothingToImprove')}
          />
        </div>
      </div>

      {evaluation.key_points.length > 0 || missed.length > 0 ? (
        <div className="feedback__grid">
          <div className="feedback__section">
            <h3>{t('feedback.keyPointsCovered')}</h3>
            {covered.length === 0 ? (
              <p className="muted">{t('feedback.noneCovered')}</p>
            ) : (
              <ul className="keypoints">
                {covered.map((point) => (
                  <li key={point.point}>
                    <span className="keypoints__mark keypoints__mark--yes" aria-hidden="true">
                      ✓
                    </span>
                    <span>
                      <strong>{point.point}</strong>
                      {point.evidence ? <q className="evidence">{point.evidence}</q> : null}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </div>
          <div className="feedback__section">
            <h3>{t('feedback.missedPoints')}</h3>
            {missed.length === 0 ? (
              <p className="muted">{t('feedback.allCovered')}</p>
            ) : (
              <ul className="keypoints">
                {missed.map((point) => (
                  <li key={point}>
                    <span className="keypoints__mark keypoints__mark--no" aria-hidden="true">
                      ✗
                    </span>
                    <span>{point}</span>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
      ) : null}

      {evaluation.star ? (
        <div className="feedback__section">
          <h3>{t('feedback.star')}</h3>
          <dl className="star">
            {STAR_PARTS.map((key) => {
              const part = evaluation.star?.[key];
              return (
                <div key={key} className={`star__item ${part?.found ? 'star__item--found' : ''}`}>
                  <dt>
                    <span aria-hidden="true">{part?.found ? '✓ ' : '○ '}</span>
                    {t(`feedback.starParts.${key}`)}
                    <span className="visually-hidden">{part?.found ? t('feedback.present') : t('feedback.missing')}</span>
                  </dt>
                  <dd>
                    {part?.found && part.evidence ? (
                      <q className="evidence">{part.evidence}</q>
                    ) : (
                      <span className="muted">{t('feedback.notFound')}</span>
                    )}
                  </dd>
                </div>
              );
            })}
          </dl>
        </div>
      ) : null}

      <div className="feedback__section">
        <StrongerAnswer text={evaluation.improved_answer} />
      </div>

      {evaluation.suggested_outline.length > 0 ? (
        <div className="feedback__section">
          <h3>{t('feedback.outline')}</h3>
          <ol className="bullets">
            {evaluation.suggested_outline.map((step, index) => (
              <li key={`${index}-${step}`}>{step}</li>
            ))}
          </ol>
        </div>
      ) : null}
    </section>
  );
}
