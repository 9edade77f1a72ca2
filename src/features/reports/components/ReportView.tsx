import { InlineText } from '@/components/InlineText';
import type { ReactNode } from 'react';
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
import { useT } from '../i18n';
import { jobDescriptionCoverageOf, type JobDescriptionCoverage } from '../lib/job-description-coverage';

const duration = (seconds: number | null | undefined) => {
  if (!seconds || seconds <= 0) return '—';
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds % 60);
  return m > 0 ? `${m} min ${s ? `${s} s` : ''}`.trim() : `${s} s`;
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
  if (!items.length) return null;
  return (
    <ul className="report__follow-ups" aria-label="Follow-up questions">
      {items.map((f) => {
        const response = byQuestion.get(f.id);
        const evaluation = response ? evaluationOf(response) : null;
        return (
          <li key={f.id} className="report__follow-up">
            <p className="room__meta">
              <span className="badge badge--muted">Follow-up</span>
              {response?.score !== null && response?.score !== undefined ? (
                <span className="muted">scored {Math.round(response.score)}/100</span>
              ) : null}
            </p>
            <h4 className="report__follow-up-question">
              <InlineText text={f.question_text} />
            </h4>
            {!response ? (
              <p className="muted">Not answered.</p>
            ) : (
              <>
                {!shared || shared.includeAnswers ? (
                  <div className="report__answer">
                    <p className="report__follow-up-label">{shared ? 'Follow-up answer' : 'Your follow-up answer'}</p>
                    <p className="report__answer-text">{response.answer_text ?? response.transcript}</p>
                  </div>
                ) : null}
                {evaluation ? (
                  <EvaluationDetails evaluation={evaluation} />
                ) : (
                  <p className="muted">Feedback pending for this follow-up answer.</p>
                )}
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
  return (
    <section className="card" aria-labelledby="report-jd">
      <h2 id="report-jd">Job description match</h2>
      <p>
        Your answers showed <strong>{coverage.covered.length}</strong> of the <strong>{coverage.terms.length}</strong> skills the job
        description asks for.
      </p>
      <div className="report__columns">
        <div>
          <h3 className="report__jd-heading">Shown in your answers</h3>
          {coverage.covered.length ? (
            <ul className="report__jd-shown" aria-label="Skills shown">
              {coverage.covered.map((skill) => (
                <li key={skill} className="badge">
                  {skill}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">None yet.</p>
          )}
        </div>
        <div>
          <h3 className="report__jd-heading">Not shown yet</h3>
          {coverage.missed.length ? (
            <ul className="report__jd-missed" aria-label="Skills not shown">
              {coverage.missed.map((skill) => (
                <li key={skill}>
                  {skill}{' '}
                  <Link to={practiceUrlForSkill(skill)} className="no-print" aria-label={`Practise ${skill} questions`}>
                    Practise
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">You covered every skill it names.</p>
          )}
        </div>
      </div>
      <p className="muted">Where it is true for you, bring these up with a concrete example: interviewers listen for them.</p>
    </section>
  );
}

/** Set when a visitor reads the report through a link the candidate shared. */
export type Shared = { includeAnswers: boolean };

/** The report page body: pure rendering of stored data (tested without a server). */
export function ReportView({ data, shared = null, actions }: { data: ReportData; shared?: Shared | null; actions?: ReactNode }) {
  const { t } = useT();
  const { session, report, questions, followUps, responses, skillGaps } = data;
  const byQuestion = new Map(responses.map((r) => [r.question_id, r]));
  const mainIds = new Set(questions.map((q) => q.id));
  const overall = report?.overall_score ?? session.score;
  const coverage = jobDescriptionCoverageOf(report?.statistics);
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
          <p className="eyebrow">{shared ? 'Shared interview report' : 'Interview report'}</p>
          <h1 tabIndex={-1}>{session.title}</h1>
          <p className="muted">
            {session.custom_role ?? session.job_role}
            {session.company ? ` at ${session.company}` : ''} · {label(session.interview_type)} · {label(session.difficulty)} ·{' '}
            {new Date(session.completed_at ?? session.created_at).toLocaleDateString(undefined, { dateStyle: 'medium' })}
          </p>
        </div>
        <Button variant="secondary" className="no-print" onClick={() => window.print()}>
          Save as PDF
        </Button>
      </header>

      {shared ? (
        <p className="note">
          A read-only copy shared by the candidate.{' '}
          {shared.includeAnswers ? 'It includes their answers.' : 'They chose to share scores and feedback only, not their answers.'}
        </p>
      ) : null}
      {actions}

      {session.status !== 'completed' ? (
        <p className="note">This interview ended without being completed, so only the answers stored so far are shown.</p>
      ) : null}

      <section className="card report__scores" aria-labelledby="report-scores">
        <h2 id="report-scores">Scores</h2>
        <div className="score-grid">
          <ScoreCard title="Overall" value={overall} hint={t('numbers.overall')} />
          <ScoreCard title="Communication" value={report?.communication_score ?? null} hint="Clarity, structure, delivery" />
          {/* Only the dimensions this interview tested: no technical score for a behavioral-only interview. */}
          {questions.some((q) => q.question_type !== 'behavioral') ? (
            <ScoreCard title="Technical" value={report?.technical_score ?? null} hint="Accuracy and depth" />
          ) : null}
          {questions.some((q) => q.question_type === 'behavioral') ? (
            <ScoreCard title="Behavioral" value={report?.behavioral_score ?? null} hint="STAR stories, ownership" />
          ) : null}
        </div>
        {report?.summary ? <p className="report__summary">{report.summary}</p> : null}
      </section>

      <section className="card" aria-labelledby="report-stats">
        <h2 id="report-stats">Statistics</h2>
        <dl className="stats">
          <div>
            <dt>Duration</dt>
            <dd>{duration(durationSeconds)}</dd>
          </div>
          <div>
            <dt>Average response time</dt>
            <dd>{duration(averageTime)}</dd>
          </div>
          <div>
            <dt>Answered</dt>
            <dd>
              {answered} of {questions.length}
            </dd>
          </div>
          {stat(report?.consistency) !== null ? (
            <div>
              <dt>Consistency</dt>
              <dd>
                {Math.round(stat(report?.consistency)!)}/100
                <p className="muted">How even your scores were across questions: 100 means every answer scored the same.</p>
              </dd>
            </div>
          ) : null}
          {stat(report?.confidence) !== null ? (
            <div>
              <dt>Scoring confidence</dt>
              <dd>
                {Math.round(stat(report?.confidence)!)}/100
                <p className="muted">
                  How far to trust these scores: more answered questions, questions with reference answers and even scores raise it.
                </p>
              </dd>
            </div>
          ) : null}
        </dl>
      </section>

      <section className="card" aria-labelledby="report-chart">
        <h2 id="report-chart">Score per question</h2>
        <BarChart
          title="Score per question"
          bars={questions.map((q, i) => {
            const response = byQuestion.get(q.id);
            return {
              label: `Q${i + 1}`,
              value: response?.score ?? null,
              description: `Question ${i + 1} (${label(q.question_type)})`,
            };
          })}
          caption="Unscored bars are questions that were skipped or not scored."
        />
      </section>

      <div className="report__columns">
        <Bullets title="Strengths" items={report?.strengths ?? []} empty="No strengths recorded yet." />
        <Bullets title="Weaknesses" items={report?.weaknesses ?? []} empty="No weaknesses recorded." />
      </div>
      <Bullets title="Recommendations" items={report?.recommendations ?? []} empty="No recommendations yet." />

      {!shared && coverage ? <JobDescriptionMatch coverage={coverage} /> : null}

      <section className="card" aria-labelledby="report-gaps">
        <h2 id="report-gaps">Skill gaps and learning resources</h2>
        {skillGaps.length ? (
          <p id="report-gap-score-explained" className="muted small">
            {t('numbers.skillScore')}
          </p>
        ) : null}
        {skillGaps.length === 0 ? (
          <p className="muted">No skill gaps were identified in this interview.</p>
        ) : (
          <ul className="gaps">
            {skillGaps.map((gap) => (
              <li key={gap.id} className="gap">
                <div className="gap__head">
                  <h3>{gap.skill_name}</h3>
                  <span className={`gap__level gap__level--${gap.proficiency_level}`}>{gap.proficiency_level}</span>
                  {gap.skill_score !== null ? (
                    <span className="muted" aria-describedby="report-gap-score-explained">
                      score {Math.round(gap.skill_score)}/100
                    </span>
                  ) : null}
                </div>
                {gap.recommendation ? <p>{gap.recommendation}</p> : null}
                {shared ? null : (
                  <p className="no-print">
                    <Link to={practiceUrlForSkill(gap.skill_name)}>Practise {gap.skill_name} questions</Link>
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
        <h2 id="report-questions">Question by question</h2>
        <ol className="report__questions">
          {questions.map((q, i) => {
            const response = byQuestion.get(q.id);
            const evaluation = response ? evaluationOf(response) : null;
            return (
              <li key={q.id} className="card report__question">
                <p className="room__meta">
                  <span className="badge">Question {i + 1}</span>
                  <span className="badge badge--muted">{label(q.question_type)}</span>
                  {response?.time_taken_seconds ? <span className="muted">answered in {duration(response.time_taken_seconds)}</span> : null}
                </p>
                <h3>
                  <InlineText text={q.question_text} />
                </h3>
                {!response ? (
                  <p className="muted">Skipped.</p>
                ) : (
                  <>
                    {!shared || shared.includeAnswers ? (
                      <details className="report__answer">
                        <summary>{shared ? 'Answer' : 'Your answer'}</summary>
                        {response.answer_text ? <p className="report__answer-text">{response.answer_text}</p> : null}
                        {response.code_answer ? (
                          <pre className="code-block">
                            <code>{response.code_answer}</code>
                          </pre>
                        ) : null}
                      </details>
                    ) : null}
                    {evaluation ? (
                      <EvaluationDetails evaluation={evaluation} />
                    ) : (
                      <p className="muted">Feedback pending for this answer.</p>
                    )}
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
                      {response ? 'Answer it again in practice' : 'Answer it in practice'}
                    </Link>
                  </p>
                ) : null}
                <FollowUps items={followUps.filter((f) => f.parent_question_id === q.id)} byQuestion={byQuestion} shared={shared} />
              </li>
            );
          })}
        </ol>
      </section>
    </article>
  );
}
