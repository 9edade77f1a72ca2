import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Button } from '@/components/Button';
import { FormError } from '@/components/FormError';
import { toUserMessage } from '@/lib/errors';
import { useAiProviders } from '../api/get-ai-providers';
import { useChurn } from '../api/get-churn';
import { useCompletionRate } from '../api/get-completion-rate';
import { useDailyActiveUsers } from '../api/get-daily-active-users';
import { useFeatureUsage } from '../api/get-feature-usage';
import { useInterviewsPerDay } from '../api/get-interviews-per-day';
import { useMrr } from '../api/get-mrr';
import { useQuestionCalibration } from '../api/get-question-calibration';
import { useScoreByRoleDifficulty } from '../api/get-score-by-role-difficulty';
import { useSignupsPerDay } from '../api/get-signups-per-day';
import { useRefreshAnalytics } from '../api/refresh-analytics';
import { useRunLifecycle, type LifecycleResult } from '../api/run-lifecycle';
import { fmt, fmtUsd } from '../lib/num';
import { BarChart, LineChart } from './Charts';
import { QueryBlock } from './QueryBlock';
import { TableWrap } from './TableWrap';

function summarise(result: LifecycleResult): string {
  const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
  return `Archived ${fmt(sum(result.archived))} rows (${
    Object.entries(result.archived)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${k}: ${n}`)
      .join(', ') || 'nothing old enough'
  }); purged ${fmt(sum(result.purged))} expired analytics rows.`;
}

export function DashboardPanel() {
  const signups = useSignupsPerDay();
  const active = useDailyActiveUsers();
  const interviews = useInterviewsPerDay();
  const completion = useCompletionRate();
  const byRole = useScoreByRoleDifficulty();
  const mrr = useMrr();
  const churn = useChurn();
  const ai = useAiProviders();
  const features = useFeatureUsage();
  const calibration = useQuestionCalibration();
  const refresh = useRefreshAnalytics();
  const lifecycle = useRunLifecycle();
  const [lifecycleNote, setLifecycleNote] = useState('');

  const totalMrr = mrr.data?.find((r) => r.plan_id === null);
  const rate = completion.data?.[0];

  return (
    <div className="stack">
      <div className="admin-actions">
        <Button variant="secondary" isLoading={refresh.isPending} onClick={() => refresh.mutate()}>
          Refresh analytics
        </Button>
        <Button
          variant="secondary"
          isLoading={lifecycle.isPending}
          onClick={() => {
            if (
              window.confirm('Archive interviews older than 2 years and chats older than 1 year, and purge analytics older than 5 years?')
            ) {
              lifecycle.mutate(undefined, { onSuccess: (r) => setLifecycleNote(summarise(r)) });
            }
          }}
        >
          Run data lifecycle
        </Button>
        <span role="status" aria-live="polite" className="muted small">
          {refresh.isSuccess ? `Analytics refreshed${refresh.data ? ` at ${new Date(refresh.data).toLocaleTimeString()}` : ''}. ` : ''}
          {lifecycleNote}
        </span>
      </div>
      <FormError message={refresh.error ? toUserMessage(refresh.error) : lifecycle.error ? toUserMessage(lifecycle.error) : null} />

      <dl className="stat-grid">
        <div className="stat">
          <dt>MRR</dt>
          <dd>{totalMrr ? `$${(totalMrr.mrr_cents / 100).toFixed(2)}` : '—'}</dd>
        </div>
        <div className="stat">
          <dt>Paying subscriptions</dt>
          <dd>{totalMrr ? fmt(totalMrr.active_subscriptions) : '—'}</dd>
        </div>
        <div className="stat">
          <dt>Interview completion</dt>
          <dd>{rate?.completion_rate !== undefined && rate?.completion_rate !== null ? `${fmt(rate.completion_rate, 1)}%` : '—'}</dd>
        </div>
        <div className="stat">
          <dt>Interviews (all time)</dt>
          <dd>{rate ? fmt(rate.total_sessions) : '—'}</dd>
        </div>
      </dl>

      <div className="grid-2">
        <section className="card">
          <QueryBlock query={signups} label="sign-ups">
            {(rows) => {
              const dau = new Map((active.data ?? []).map((r) => [r.day, r.active_users]));
              return (
                <LineChart
                  title="Sign-ups and active users per day (30 days)"
                  labels={rows.map((r) => r.day)}
                  series={[
                    { name: 'Sign-ups', values: rows.map((r) => r.signups), className: 'series-1' },
                    { name: 'Active users', values: rows.map((r) => dau.get(r.day) ?? 0), className: 'series-2' },
                  ]}
                />
              );
            }}
          </QueryBlock>
        </section>
        <section className="card">
          <QueryBlock query={interviews} label="interviews">
            {(rows) => (
              <LineChart
                title="Interviews started and completed per day (30 days)"
                labels={rows.map((r) => r.day)}
                series={[
                  { name: 'Started', values: rows.map((r) => r.started), className: 'series-1' },
                  { name: 'Completed', values: rows.map((r) => r.completed), className: 'series-3' },
                ]}
              />
            )}
          </QueryBlock>
        </section>
        <section className="card">
          <QueryBlock
            query={byRole}
            label="scores by role"
            isEmpty={(rows) => rows.length === 0}
            empty="No completed interviews in the last 90 days."
          >
            {(rows) => (
              <BarChart
                title="Average score by role and difficulty (90 days)"
                max={100}
                rows={rows.slice(0, 12).map((r) => ({
                  label: `${r.job_role ?? 'Other'} · ${r.difficulty ?? '—'} (${r.completed_sessions})`,
                  value: r.average_score ?? 0,
                }))}
                format={(v) => fmt(v, 1)}
              />
            )}
          </QueryBlock>
        </section>
        <section className="card">
          <QueryBlock query={churn} label="churn">
            {(rows) => (
              <BarChart
                title="Monthly churn of paid subscriptions"
                max={Math.max(10, ...rows.map((r) => r.churn_rate ?? 0))}
                rows={rows.map((r) => ({ label: `${r.month.slice(0, 7)} (${r.churned}/${r.active_at_start})`, value: r.churn_rate ?? 0 }))}
                format={(v) => `${fmt(v, 1)}%`}
              />
            )}
          </QueryBlock>
        </section>
      </div>

      <section className="card">
        <h2 className="chart__title">Feature adoption (30 days)</h2>
        <QueryBlock query={features} label="feature adoption">
          {(rows) => (
            <TableWrap label="Feature adoption">
              <table className="table">
                <caption className="visually-hidden">People who used each feature in the last 30 days, and how often</caption>
                <thead>
                  <tr>
                    <th scope="col">Feature</th>
                    <th scope="col" className="num">
                      People
                    </th>
                    <th scope="col" className="num">
                      Uses
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.feature}>
                      <th scope="row">{r.feature}</th>
                      <td className="num">{fmt(r.users)}</td>
                      <td className="num">{fmt(r.uses)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          )}
        </QueryBlock>
      </section>

      <section className="card">
        <h2 className="chart__title">AI providers (30 days)</h2>
        <QueryBlock query={ai} label="AI provider stats" isEmpty={(rows) => rows.length === 0} empty="No AI calls recorded yet.">
          {(rows) => (
            <TableWrap label="AI providers">
              <table className="table">
                <caption className="visually-hidden">AI calls, errors, latency and cost by provider</caption>
                <thead>
                  <tr>
                    <th scope="col">Provider</th>
                    <th scope="col" className="num">
                      Calls
                    </th>
                    <th scope="col" className="num">
                      Errors
                    </th>
                    <th scope="col" className="num">
                      Error rate
                    </th>
                    <th scope="col" className="num">
                      Fallbacks
                    </th>
                    <th scope="col" className="num">
                      Avg latency
                    </th>
                    <th scope="col" className="num">
                      p95 latency
                    </th>
                    <th scope="col" className="num">
                      Cost
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.provider}>
                      <th scope="row">{r.provider}</th>
                      <td className="num">{fmt(r.calls)}</td>
                      <td className="num">{fmt(r.errors)}</td>
                      <td className="num">{r.error_rate === null ? '—' : `${fmt(r.error_rate, 1)}%`}</td>
                      <td className="num">{fmt(r.fallbacks)}</td>
                      <td className="num">{r.average_latency_ms === null ? '—' : `${fmt(r.average_latency_ms)} ms`}</td>
                      <td className="num">{r.p95_latency_ms === null ? '—' : `${fmt(r.p95_latency_ms)} ms`}</td>
                      <td className="num">{fmtUsd(r.total_cost_usd)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          )}
        </QueryBlock>
      </section>

      <section className="card">
        <h2 className="chart__title">Question calibration</h2>
        <p className="muted small">Bank questions (3+ answers) whose average score falls outside the band expected for their difficulty.</p>
        <QueryBlock
          query={calibration}
          label="calibration"
          isEmpty={(rows) => rows.filter((r) => r.verdict !== 'calibrated').length === 0}
          empty="Every question with enough answers scores as expected for its difficulty."
        >
          {(rows) => (
            <TableWrap label="Question calibration">
              <table className="table">
                <caption className="visually-hidden">Miscalibrated questions</caption>
                <thead>
                  <tr>
                    <th scope="col">Question</th>
                    <th scope="col">Difficulty</th>
                    <th scope="col" className="num">
                      Answers
                    </th>
                    <th scope="col" className="num">
                      Avg score
                    </th>
                    <th scope="col">Expected</th>
                    <th scope="col">Verdict</th>
                  </tr>
                </thead>
                <tbody>
                  {rows
                    .filter((r) => r.verdict !== 'calibrated')
                    .slice(0, 20)
                    .map((r) => (
                      <tr key={r.question_id}>
                        <td>
                          <Link to={`/app/admin/questions/${r.question_id}`}>{r.question}</Link>
                        </td>
                        <td className="capitalize">{r.difficulty}</td>
                        <td className="num">{fmt(r.times_answered)}</td>
                        <td className="num">{fmt(r.average_score, 1)}</td>
                        <td>
                          {fmt(r.expected_min)}–{fmt(r.expected_max)}
                        </td>
                        <td>{r.verdict === 'harder_than_labelled' ? 'Harder than labelled' : 'Easier than labelled'}</td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </TableWrap>
          )}
        </QueryBlock>
      </section>
    </div>
  );
}
