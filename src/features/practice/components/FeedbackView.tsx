import type { Evaluation } from '../api/score-practice-answer';
import { ScoreBadge } from './ScoreBadge';
import { pointsToImprove, StrongerAnswer } from '@/features/interview';

const STAR_LABELS = [
  ['situation', 'Situation'],
  ['task', 'Task'],
  ['action', 'Action'],
  ['result', 'Result'],
] as const;

const INVALID_REASONS: Record<string, string> = {
  empty: 'The answer was empty.',
  too_short: 'The answer was too short to evaluate properly.',
  gibberish: "The answer didn't look like real sentences.",
  copied_question: 'The answer mostly repeated the question.',
  off_topic: "The answer didn't address the question.",
};

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
  const covered = evaluation.key_points.filter((point) => point.covered);
  const missed = evaluation.missed_key_points.length
    ? evaluation.missed_key_points
    : evaluation.key_points.filter((point) => !point.covered).map((point) => point.point);

  return (
    <section className="card feedback" aria-labelledby="feedback-title">
      <div className="feedback__header">
        <div>
          <h2 id="feedback-title">Your feedback</h2>
          {evaluation.feedback ? <p className="feedback__summary">{evaluation.feedback}</p> : null}
        </div>
        <ScoreBadge score={evaluation.score} />
      </div>

      {!evaluation.validity.valid ? (
        <p className="banner banner--warning" role="note">
          {INVALID_REASONS[evaluation.validity.reason ?? ''] ?? 'This answer could not be fully evaluated.'} Try a fuller answer for a
          meaningful score.
        </p>
      ) : null}

      {evaluation.criteria.length > 0 ? (
        <div className="feedback__section">
          <h3>Score breakdown</h3>
          <ul className="criteria">
            {evaluation.criteria.map((criterion) => (
              <li key={criterion.name} className="criteria__item">
                <div className="criteria__row">
                  <span className="criteria__name">{criterion.name}</span>
                  <span className="muted">
                    {Math.round(criterion.score)}/100 · weight {Math.round(criterion.weight)}%
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
          <h3>Strengths</h3>
          <List items={evaluation.strengths} empty="No clear strengths identified yet." />
        </div>
        <div className="feedback__section">
          <h3>To improve</h3>
          <List
            items={pointsToImprove(evaluation, { keyPointsShownSeparately: evaluation.key_points.length > 0 || missed.length > 0 })}
            empty="Nothing major — nice work."
          />
        </div>
      </div>

      {evaluation.key_points.length > 0 || missed.length > 0 ? (
        <div className="feedback__grid">
          <div className="feedback__section">
            <h3>Key points covered</h3>
            {covered.length === 0 ? (
              <p className="muted">None of the key points were clearly covered.</p>
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
            <h3>Missed points</h3>
            {missed.length === 0 ? (
              <p className="muted">You covered every key point.</p>
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
          <h3>STAR breakdown</h3>
          <dl className="star">
            {STAR_LABELS.map(([key, label]) => {
              const part = evaluation.star?.[key];
              return (
                <div key={key} className={`star__item ${part?.found ? 'star__item--found' : ''}`}>
                  <dt>
                    <span aria-hidden="true">{part?.found ? '✓ ' : '○ '}</span>
                    {label}
                    <span className="visually-hidden">{part?.found ? ' (present)' : ' (missing)'}</span>
                  </dt>
                  <dd>
                    {part?.found && part.evidence ? (
                      <q className="evidence">{part.evidence}</q>
                    ) : (
                      <span className="muted">Not found in your answer.</span>
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
          <h3>Suggested outline</h3>
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
