import { InlineText } from '@/components/InlineText';
import { useDeferredValue, useState, type ReactNode } from 'react';
import { Trans } from 'react-i18next';
import { Link } from 'react-router-dom';
import { BarChart } from '@/components/charts/BarChart';
import { practiceUrlForQuestion, practiceUrlForSkill } from '@/lib/practice-links';
import { Button } from '@/components/Button';
import {
  EvaluationDetails,
  evaluationOf,
  label,
  ModelAnswerReveal,
  ScoreBadge,
  type InterviewQuestion,
  type InterviewResponse,
} from '@/features/interview';
import type { ReportData } from '../api/get-report';
import { formatDate, formatNumber } from '@/lib/i18n/format';
import { jobDescriptionCoverageOf, type JobDescriptionCoverage } from '../lib/job-description-coverage';
import { useT } from '../i18n';
import { AnswerRecording } from './AnswerRecording';

const duration = (seconds: number | null | undefined) => {
  if (!seconds || seconds <= 0) return '—';
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds % 60);
  const minutes = formatNumber(m, { style: 'unit', unit: 'minute' });
  const secs = formatNumber(s, { style: 'unit', unit: 'second' });
  return m > 0 ? (s ? `${minutes} ${secs}` : minutes) : secs;
};

const stat = (value: unknown) => (typeof value === 'number' ? value : typeof value === 'string' && value !== '' ? Number(value) : null);

function ScoreCard({ title, value, hint }: { title: string; value: number | null; hint?: string }) {
  return (
    <div className="score-card">
      <h3 className="score-card__title">{title}</h3>
      <ScoreBadge score={value} label={title} />
      {hint ? <p className="muted score-card__hint">{hint}</p> : null}
    </div>
  );
}

function Bullets({ title, items, empty }: { title: string; items: string[]; empty: string }) {
  return (
    <section className="card report__list" aria-label={title}>
      <h2>{title}</h2>
      {items.length ? (
        <ul>
          {items.map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">{empty}</p>
      )}
    </section>
  );
}

/** The interviewer's follow-ups of one question: the follow-up, the answer and its feedback, nested under it. */
function FollowUps({
  items,
  byQuestion,
  shared,
}: {
  items: InterviewQuestion[];
  byQuestion: Map<string, InterviewResponse>;
  shared: Shared | null;
}) {
  const { t } = useT();
  if (!items.length) return null;
  return (
    <ul className="report__follow-ups" aria-label={t('followUps.label')}>
      {items.map((f) => {
        const response = byQuestion.get(f.id);
        const evaluation = response ? evaluationOf(response) : null;
        return (
          <li key={f.id} className="report__follow-up">
            <p className="room__meta">
              <span className="badge badge--muted">{t('followUps.badge')}</span>
              {response?.score !== null && response?.score !== undefined ? (
                <span className="muted">{t('followUps.scored', { score: Math.round(response.score) })}</span>
              ) : null}
            </p>
            <h4 className="report__follow-up-question">
              <InlineText text={f.question_text} />
            </h4>
            {!response ? (
              <p className="muted">{t('followUps.notAnswered')}</p>
            ) : (
              <>
                {!shared || shared.includeAnswers ? (
                  <div className="report__answer">
                    <p className="report__follow-up-label">{shared ? t('followUps.answer') : t('followUps.yourAnswer')}</p>
                    <p className="report__answer-text">{response.answer_text ?? response.transcript}</p>
                    {!shared && response.audio_path ? <AnswerRecording path={response.audio_path} /> : null}
                  </div>
                ) : null}
                {evaluation ? <EvaluationDetails evaluation={evaluation} /> : <p className="muted">{t('followUps.pending')}</p>}
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** The job description's skills: which ones the answers showed, and practice for the others. */
function JobDescriptionMatch({ coverage }: { coverage: JobDescriptionCoverage }) {
  const { t } = useT();
  return (
    <section className="card" aria-labelledby="report-jd">
      <h2 id="report-jd">{t('jd.title')}</h2>
      <p>
        <Trans
          t={t}
          i18nKey="jd.summary"
          values={{ shown: coverage.covered.length, count: coverage.terms.length }}
          components={{ strong: <strong /> }}
        />
      </p>
      <div className="report__columns">
        <div>
          <h3 className="report__jd-heading">{t('jd.shown')}</h3>
          {coverage.covered.length ? (
            <ul className="report__jd-shown" aria-label={t('jd.shownLabel')}>
              {coverage.covered.map((skill) => (
                <li key={skill} className="badge">
                  {skill}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('jd.noneYet')}</p>
          )}
        </div>
        <div>
          <h3 className="report__jd-heading">{t('jd.missed')}</h3>
          {coverage.missed.length ? (
            <ul className="report__jd-missed" aria-label={t('jd.missedLabel')}>
              {coverage.missed.map((skill) => (
                <li key={skill}>
                  {skill}{' '}
                  <Link to={practiceUrlForSkill(skill)} className="no-print" aria-label={t('jd.practiseLabel', { skill })}>
                    {t('jd.practise')}
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('jd.allCovered')}</p>
          )}
        </div>
      </div>
      <p className="muted">{t('jd.advice')}</p>
    </section>
  );
}

/** A main question's answer, folded; a recording (never on shared reports) is fetched once it is unfolded. */
function AnswerDetails({ response, shared }: { response: InterviewResponse; shared: Shared | null }) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  return (
    <details className="report__answer" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{shared ? t('questions.answer') : t('questions.yourAnswer')}</summary>
      {response.answer_text ? <p className="report__answer-text">{response.answer_text}</p> : null}
      {response.code_answer ? (
        <pre className="code-block">
          <code>{response.code_answer}</code>
        </pre>
      ) : null}
      {open && !shared && response.audio_path ? <AnswerRecording path={response.audio_path} /> : null}
    </details>
  );
}

/** Set when a visitor reads the report through a link the candidate shared. */
export type Shared = { includeAnswers: boolean };

/** The report page body: pure rendering of stored data (tested without a server). */
export function ReportView({ data, shared = null, actions }: { data: ReportData; shared?: Shared | null; actions?: ReactNode }) {
  const { t } = useT();
  const { session, report, questions, responses } = data;
  // The first screen renders at once; the details follow in a render React can interrupt, so a long
  // report does not block the page in one long task (with `null` first, then the data).
  const details = useDeferredValue<ReportData | null>(data, null);
  const byQuestion = new Map(responses.map((r) => [r.question_id, r]));
  const mainIds = new Set(questions.map((q) => q.id));
  const overall = report?.overall_score ?? session.score;
  const answered = questions.filter((q) => byQuestion.has(q.id)).length;
  const times = responses
    .filter((r) => mainIds.has(r.question_id))
    .map((r) => r.time_taken_seconds)
    .filter((t): t is number => typeof t === 'number');
  const averageTime = report?.average_response_time_seconds ?? (times.length ? times.reduce((a, b) => a + b, 0) / times.length : null);
  const durationSeconds =
    session.duration_seconds ||
    (session.started_at && session.completed_at ? (Date.parse(session.completed_at) - Date.parse(session.started_at)) / 1000 : null);

  return (
    <article className="report">
      <header className="report__header">
        <div>
          <p className="eyebrow">{shared ? t('view.sharedEyebrow') : t('view.eyebrow')}</p>
          <h1 tabIndex={-1}>{session.title}</h1>
          <p className="muted">
            {session.company
              ? t('view.roleAtCompany', { role: session.custom_role ?? session.job_role, company: session.company })
              : (session.custom_role ?? session.job_role)}{' '}
            · {label(session.interview_type)} · {label(session.difficulty)} · {formatDate(session.completed_at ?? session.created_at)}
          </p>
        </div>
        <Button variant="secondary" className="no-print" onClick={() => window.print()}>
          {t('view.savePdf')}
        </Button>
      </header>

      {shared ? <p className="note">{shared.includeAnswers ? t('view.sharedWithAnswers') : t('view.sharedWithoutAnswers')}</p> : null}
      {actions}

      {session.status !== 'completed' ? <p className="note">{t('view.notCompleted')}</p> : null}

      <section className="card report__scores" aria-labelledby="report-scores">
        <h2 id="report-scores">{t('scores.title')}</h2>
        <div className="score-grid">
          <ScoreCard title={t('scores.overall')} value={overall} hint={t('numbers.overall')} />
          <ScoreCard title={t('scores.communication')} value={report?.communication_score ?? null} hint={t('scores.communicationHint')} />
          {/* Only the dimensions this interview tested: no technical score for a behavioral-only interview. */}
          {questions.some((q) => q.question_type !== 'behavioral') ? (
            <ScoreCard title={t('scores.technical')} value={report?.technical_score ?? null} hint={t('scores.technicalHint')} />
          ) : null}
          {questions.some((q) => q.question_type === 'behavioral') ? (
            <ScoreCard title={t('scores.behavioral')} value={report?.behavioral_score ?? null} hint={t('scores.behavioralHint')} />
          ) : null}
        </div>
        {report?.summary ? <p className="report__summary">{report.summary}</p> : null}
      </section>

      <section className="card" aria-labelledby="report-stats">
        <h2 id="report-stats">{t('stats.title')}</h2>
        <dl className="stats">
          <div>
            <dt>{t('stats.duration')}</dt>
            <dd>{duration(durationSeconds)}</dd>
          </div>
          <div>
            <dt>{t('stats.averageTime')}</dt>
            <dd>{duration(averageTime)}</dd>
          </div>
          <div>
            <dt>{t('stats.answered')}</dt>
            <dd>{t('stats.answeredOf', { answered, total: questions.length })}</dd>
          </div>
          {stat(report?.consistency) !== null ? (
            <div>
              <dt>{t('stats.consistency')}</dt>
              <dd>
                {Math.round(stat(report?.consistency)!)}/100
                <p className="muted">{t('stats.consistencyHint')}</p>
              </dd>
            </div>
          ) : null}
          {stat(report?.confidence) !== null ? (
            <div>
              <dt>{t('stats.confidence')}</dt>
              <dd>
                {Math.round(stat(report?.confidence)!)}/100
                <p className="muted">{t('stats.confidenceHint')}</p>
              </dd>
            </div>
          ) : null}
        </dl>
      </section>

      {details ? (
        <ReportDetails data={details} shared={shared} />
      ) : (
        // Keeps what follows the report (transcript, footer) off the first screen until the details are in.
        <div className="report__details-placeholder" aria-hidden="true" />
      )}
    </article>
  );
}

/** Everything under the first screen: chart, lists, skill gaps and each question's feedback. */
function ReportDetails({ data, shared }: { data: ReportData; shared: Shared | null }) {
  const { t } = useT();
  const { report, questions, followUps, responses, skillGaps } = data;
  const byQuestion = new Map(responses.map((r) => [r.question_id, r]));
  const coverage = jobDescriptionCoverageOf(report?.statistics);
  return (
    <>
      <section className="card" aria-labelledby="report-chart">
        <h2 id="report-chart">{t('chart.title')}</h2>
        <BarChart
          title={t('chart.title')}
          bars={questions.map((q, i) => {
            const response = byQuestion.get(q.id);
            return {
              label: t('chart.barLabel', { number: i + 1 }),
              value: response?.score ?? null,
              description: t('chart.barDescription', { number: i + 1, type: label(q.question_type) }),
            };
          })}
          caption={t('chart.caption')}
        />
      </section>

      <div className="report__columns">
        <Bullets title={t('lists.strengths')} items={report?.strengths ?? []} empty={t('lists.noStrengths')} />
        <Bullets title={t('lists.weaknesses')} items={report?.weaknesses ?? []} empty={t('lists.noWeaknesses')} />
      </div>
      <Bullets title={t('lists.recommendations')} items={report?.recommendations ?? []} empty={t('lists.noRecommendations')} />

      {!shared && coverage ? <JobDescriptionMatch coverage={coverage} /> : null}

      <section className="card" aria-labelledby="report-gaps">
        <h2 id="report-gaps">{t('gaps.title')}</h2>
        {skillGaps.length ? (
          <p id="report-gap-score-explained" className="muted small">
            {t('numbers.skillScore')}
          </p>
        ) : null}
        {skillGaps.length === 0 ? (
          <p className="muted">{t('gaps.none')}</p>
        ) : (
          <ul className="gaps">
            {skillGaps.map((gap) => (
              <li key={gap.id} className="gap">
                <div className="gap__head">
                  <h3>{gap.skill_name}</h3>
                  <span className={`gap__level gap__level--${gap.proficiency_level}`}>{gap.proficiency_level}</span>
                  {gap.skill_score !== null ? (
                    <span className="muted" aria-describedby="report-gap-score-explained">
                      {t('gaps.score', { score: Math.round(gap.skill_score) })}
                    </span>
                  ) : null}
                </div>
                {gap.recommendation ? <p>{gap.recommendation}</p> : null}
                {shared ? null : (
                  <p className="no-print">
                    <Link to={practiceUrlForSkill(gap.skill_name)}>{t('gaps.practise', { skill: gap.skill_name })}</Link>
                  </p>
                )}
                {gap.skill_gap_resources.length ? (
                  <ul className="gap__resources">
                    {gap.skill_gap_resources
                      .filter((r) => r.learning_resources)
                      .sort((a, b) => a.priority - b.priority)
                      .map((r) => (
                        <li key={r.learning_resources!.url}>
                          <a href={r.learning_resources!.url} target="_blank" rel="noreferrer noopener">
                            {r.learning_resources!.title}
                          </a>{' '}
                          <span className="muted">({r.learning_resources!.resource_type})</span>
                        </li>
                      ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="report-questions">
        <h2 id="report-questions">{t('questions.title')}</h2>
        <ol className="report__questions">
          {questions.map((q, i) => {
            const response = byQuestion.get(q.id);
            const evaluation = response ? evaluationOf(response) : null;
            return (
              <li key={q.id} className="card report__question">
                <p className="room__meta">
                  <span className="badge">{t('questions.number', { number: i + 1 })}</span>
                  <span className="badge badge--muted">{label(q.question_type)}</span>
                  {response?.time_taken_seconds ? (
                    <span className="muted">{t('questions.answeredIn', { duration: duration(response.time_taken_seconds) })}</span>
                  ) : null}
                </p>
                <h3>
                  <InlineText text={q.question_text} />
                </h3>
                {!response ? (
                  <p className="muted">{t('questions.skipped')}</p>
                ) : (
                  <>
                    {!shared || shared.includeAnswers ? <AnswerDetails response={response} shared={shared} /> : null}
                    {evaluation ? <EvaluationDetails evaluation={evaluation} /> : <p className="muted">{t('questions.pending')}</p>}
                    {shared ? null : (
                      <div className="no-print">
                        <ModelAnswerReveal questionId={q.id} />
                      </div>
                    )}
                  </>
                )}
                {!shared && q.bank_question_id ? (
                  <p className="no-print report__practise">
                    <Link to={practiceUrlForQuestion(q.bank_question_id)}>
                      {response ? t('questions.practiseAgain') : t('questions.practise')}
                    </Link>
                  </p>
                ) : null}
                <FollowUps items={followUps.filter((f) => f.parent_question_id === q.id)} byQuestion={byQuestion} shared={shared} />
              </li>
            );
          })}
        </ol>
      </section>
    </>
  );
}
