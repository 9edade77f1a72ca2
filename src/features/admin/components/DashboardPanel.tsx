import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Button } from '@/components/Button';
import { FormError } from '@/components/FormError';
import { label } from '@/features/interview';
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
import { useT } from '../i18n';
import { fmt, fmtCents, fmtMonth, fmtPct, fmtTime, fmtUsd } from '../lib/num';
import { BarChart, LineChart } from './Charts';
import { QueryBlock } from './QueryBlock';
import { TableWrap } from './TableWrap';
import { routes } from '@/lib/routes';

function summarise(result: LifecycleResult, t: ReturnType<typeof useT>['t']): string {
  const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
  const details = Object.entries(result.archived)
    .filter(([, n]) => n > 0)
    .map(([table, n]) => `${table}: ${fmt(n)}`)
    .join(', ');
  return t('dashboard.lifecycleResult', {
    archived: fmt(sum(result.archived)),
    details: details || t('dashboard.nothingOldEnough'),
    purged: fmt(sum(result.purged)),
  });
}

export function DashboardPanel() {
  const { t } = useT();
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
          {t('dashboard.refresh')}
        </Button>
        <Button
          variant="secondary"
          isLoading={lifecycle.isPending}
          onClick={() => {
            if (window.confirm(t('dashboard.confirmLifecycle'))) {
              lifecycle.mutate(undefined, { onSuccess: (r) => setLifecycleNote(summarise(r, t)) });
            }
          }}
        >
          {t('dashboard.runLifecycle')}
        </Button>
        <span role="status" aria-live="polite" className="muted small">
          {refresh.isSuccess ? (refresh.data ? t('dashboard.refreshedAt', { time: fmtTime(refresh.data) }) : t('dashboard.refreshed')) : ''}
          {lifecycleNote}
        </span>
      </div>
      <FormError message={refresh.error ? toUserMessage(refresh.error) : lifecycle.error ? toUserMessage(lifecycle.error) : null} />

      <dl className="stat-grid">
        <div className="stat">
          <dt>{t('dashboard.mrr')}</dt>
          <dd>{totalMrr ? fmtCents(totalMrr.mrr_cents) : '—'}</dd>
        </div>
        <div className="stat">
          <dt>{t('dashboard.payingSubscriptions')}</dt>
          <dd>{totalMrr ? fmt(totalMrr.active_subscriptions) : '—'}</dd>
        </div>
        <div className="stat">
          <dt>{t('dashboard.completion')}</dt>
          <dd>{fmtPct(rate?.completion_rate)}</dd>
        </div>
        <div className="stat">
          <dt>{t('dashboard.interviewsAllTime')}</dt>
          <dd>{rate ? fmt(rate.total_sessions) : '—'}</dd>
        </div>
      </dl>

      <div className="grid-2">
        <section className="card">
          <QueryBlock query={signups} label={t('dashboard.signupsLabel')}>
            {(rows) => {
              const dau = new Map((active.data ?? []).map((r) => [r.day, r.active_users]));
              return (
                <LineChart
                  title={t('dashboard.signupsTitle')}
                  labels={rows.map((r) => r.day)}
                  series={[
                    { name: t('dashboard.signups'), values: rows.map((r) => r.signups), className: 'series-1' },
                    { name: t('dashboard.activeUsers'), values: rows.map((r) => dau.get(r.day) ?? 0), className: 'series-2' },
                  ]}
                />
              );
            }}
          </QueryBlock>
        </section>
        <section className="card">
          <QueryBlock query={interviews} label={t('dashboard.interviewsLabel')}>
            {(rows) => (
              <LineChart
                title={t('dashboard.interviewsTitle')}
                labels={rows.map((r) => r.day)}
                series={[
                  { name: t('dashboard.started'), values: rows.map((r) => r.started), className: 'series-1' },
                  { name: t('dashboard.completed'), values: rows.map((r) => r.completed), className: 'series-3' },
                ]}
              />
            )}
          </QueryBlock>
        </section>
        <section className="card">
          <QueryBlock
            query={byRole}
            label={t('dashboard.byRoleLabel')}
            isEmpty={(rows) => rows.length === 0}
            empty={t('dashboard.byRoleEmpty')}
          >
            {(rows) => (
              <BarChart
                title={t('dashboard.byRoleTitle')}
                max={100}
                rows={rows.slice(0, 12).map((r) => ({
                  label: `${r.job_role ?? t('dashboard.otherRole')} · ${r.difficulty ? label(r.difficulty) : '—'} (${fmt(r.completed_sessions)})`,
                  value: r.average_score ?? 0,
                }))}
                format={(v) => fmt(v, 1)}
              />
            )}
          </QueryBlock>
        </section>
        <section className="card">
          <QueryBlock query={churn} label={t('dashboard.churnLabel')}>
            {(rows) => (
              <BarChart
                title={t('dashboard.churnTitle')}
                max={Math.max(10, ...rows.map((r) => r.churn_rate ?? 0))}
                rows={rows.map((r) => ({
                  label: `${fmtMonth(r.month)} (${fmt(r.churned)}/${fmt(r.active_at_start)})`,
                  value: r.churn_rate ?? 0,
                }))}
                format={(v) => fmtPct(v)}
              />
            )}
          </QueryBlock>
        </section>
      </div>

      <section className="card">
        <h2 className="chart__title">{t('dashboard.featuresTitle')}</h2>
        <QueryBlock query={features} label={t('dashboard.featuresLabel')}>
          {(rows) => (
            <TableWrap label={t('dashboard.featuresTable')}>
              <table className="table">
                <caption className="visually-hidden">{t('dashboard.featuresCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('dashboard.feature')}</th>
                    <th scope="col" className="num">
                      {t('dashboard.people')}
                    </th>
                    <th scope="col" className="num">
                      {t('dashboard.uses')}
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
        <h2 className="chart__title">{t('dashboard.aiTitle')}</h2>
        <QueryBlock query={ai} label={t('dashboard.aiLabel')} isEmpty={(rows) => rows.length === 0} empty={t('dashboard.aiEmpty')}>
          {(rows) => (
            <TableWrap label={t('dashboard.aiTable')}>
              <table className="table">
                <caption className="visually-hidden">{t('dashboard.aiCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('dashboard.provider')}</th>
                    <th scope="col" className="num">
                      {t('dashboard.calls')}
                    </th>
                    <th scope="col" className="num">
                      {t('dashboard.errors')}
                    </th>
                    <th scope="col" className="num">
                      {t('dashboard.errorRate')}
                    </th>
                    <th scope="col" className="num">
                      {t('dashboard.fallbacks')}
                    </th>
                    <th scope="col" className="num">
                      {t('dashboard.avgLatency')}
                    </th>
                    <th scope="col" className="num">
                      {t('dashboard.p95Latency')}
                    </th>
                    <th scope="col" className="num">
                      {t('dashboard.cost')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.provider}>
                      <th scope="row">{r.provider}</th>
                      <td className="num">{fmt(r.calls)}</td>
                      <td className="num">{fmt(r.errors)}</td>
                      <td className="num">{fmtPct(r.error_rate)}</td>
                      <td className="num">{fmt(r.fallbacks)}</td>
                      <td className="num">
                        {r.average_latency_ms === null ? '—' : t('units.milliseconds', { value: fmt(r.average_latency_ms) })}
                      </td>
                      <td className="num">{r.p95_latency_ms === null ? '—' : t('units.milliseconds', { value: fmt(r.p95_latency_ms) })}</td>
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
        <h2 className="chart__title">{t('dashboard.calibrationTitle')}</h2>
        <p className="muted small">{t('dashboard.calibrationIntro')}</p>
        <QueryBlock
          query={calibration}
          label={t('dashboard.calibrationLabel')}
          isEmpty={(rows) => rows.filter((r) => r.verdict !== 'calibrated').length === 0}
          empty={t('dashboard.calibrationEmpty')}
        >
          {(rows) => (
            <TableWrap label={t('dashboard.calibrationTitle')}>
              <table className="table">
                <caption className="visually-hidden">{t('dashboard.calibrationCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('dashboard.question')}</th>
                    <th scope="col">{t('dashboard.difficulty')}</th>
                    <th scope="col" className="num">
                      {t('dashboard.answers')}
                    </th>
                    <th scope="col" className="num">
                      {t('dashboard.avgScore')}
                    </th>
                    <th scope="col">{t('dashboard.expected')}</th>
                    <th scope="col">{t('dashboard.verdict')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows
                    .filter((r) => r.verdict !== 'calibrated')
                    .slice(0, 20)
                    .map((r) => (
                      <tr key={r.question_id}>
                        <td>
                          <Link to={routes.app.admin.question(r.question_id)}>{r.question}</Link>
                        </td>
                        <td>{label(r.difficulty)}</td>
                        <td className="num">{fmt(r.times_answered)}</td>
                        <td className="num">{fmt(r.average_score, 1)}</td>
                        <td>
                          {fmt(r.expected_min)}–{fmt(r.expected_max)}
                        </td>
                        <td>{r.verdict === 'harder_than_labelled' ? t('dashboard.harder') : t('dashboard.easier')}</td>
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
