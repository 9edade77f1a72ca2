import { useDeferredValue } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { Trans } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ButtonLink } from '@/components/Button';
import { LineChart } from '@/components/charts/LineChart';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { useAuth } from '@/features/auth';
import type { PlanUsage } from '@/lib/plan-usage';
import { toUserMessage } from '@/lib/errors';
import { formatDate, formatNumber } from '@/lib/i18n/format';
import { prefetchForPage, type PageDataLoader } from '@/lib/page-data';
import { useDocumentTitle } from '@/lib/use-document-title';
import { dashboardQueryOptions, useDashboardData } from '../api/get-dashboard';
import { hasNotPractisedYet, type UserStats } from '../api/get-user-stats';
import { InterviewList } from '../components/InterviewList';
import '../dashboard.css';
import { useT } from '../i18n';
import { practiceUrlForSkill } from '@/lib/practice-links';
import { achievementsQueryOptions, RecentAchievements } from '@/features/profile';
import { routes } from '@/lib/routes';

function PlanUsageCard({ usage }: { usage: UseQueryResult<PlanUsage> }) {
  const { t } = useT();
  if (usage.isPending) {
    // The usual answer's shape (one line and the meter), so nothing below moves when it arrives.
    return (
      <div className="plan-usage">
        <p className="visually-hidden" role="status">
          {t('planUsage.loading')}
        </p>
        <p className="plan-usage__text" aria-hidden="true">
          {'\u00a0'}
        </p>
        <div className="meter meter--placeholder" aria-hidden="true" />
      </div>
    );
  }
  if (usage.isError) return <p className="muted">{toUserMessage(usage.error)}</p>;
  const { plan_name, interviews_used, interviews_limit, bonus_interviews, interviews_remaining } = usage.data;
  const unlimited = interviews_limit === null;
  const percent = unlimited ? 0 : Math.min(100, (interviews_used / Math.max(1, interviews_limit)) * 100);
  return (
    <div className="plan-usage">
      <p className="plan-usage__text" data-testid="plan-usage">
        {unlimited ? (
          <Trans
            t={t}
            i18nKey="planUsage.unlimited"
            values={{ plan: plan_name, count: interviews_used }}
            components={{ strong: <strong /> }}
          />
        ) : (
          <Trans
            t={t}
            i18nKey="planUsage.limited"
            values={{ plan: plan_name.toLowerCase(), used: interviews_used, limit: interviews_limit }}
            components={{ strong: <strong /> }}
          />
        )}
      </p>
      {!unlimited ? (
        <div
          className="meter"
          role="meter"
          aria-valuemin={0}
          aria-valuemax={interviews_limit}
          aria-valuenow={interviews_used}
          aria-label={t('planUsage.meterLabel')}
        >
          <span style={{ width: `${percent}%` }} />
        </div>
      ) : null}
      {bonus_interviews > 0 ? <p className="muted">{t('planUsage.bonus', { count: bonus_interviews })}</p> : null}
      {!unlimited && interviews_remaining === 0 ? (
        <p>
          <Trans t={t} i18nKey="planUsage.upgrade" components={{ a: <Link to={routes.pricing} /> }} />
        </p>
      ) : null}
    </div>
  );
}

const BLANK = '\u00a0';

/** The four tiles; while `stats` is loading, the same tiles without values keep the card's final size. */
function StatTiles({ stats, isNew }: { stats: UserStats | null; isNew: boolean }) {
  const { t } = useT();
  const value = (n: number | null | undefined) => (stats === null ? BLANK : n !== null && n !== undefined ? Math.round(n) : '—');
  return (
    <>
      {stats === null ? (
        <p className="visually-hidden" role="status">
          {t('stats.loading')}
        </p>
      ) : null}
      <dl className="stat-tiles" aria-hidden={stats === null ? true : undefined}>
        <div>
          <dt>{t('stats.streak')}</dt>
          <dd>
            {stats === null ? BLANK : t('stats.days', { count: isNew ? 0 : stats.current_streak_days })}
            <span className="stat-tiles__sub">{stats === null ? BLANK : t('stats.bestStreak', { count: stats.longest_streak_days })}</span>
          </dd>
        </div>
        <div>
          <dt>{t('stats.completed')}</dt>
          <dd>{stats === null ? BLANK : stats.completed_interviews}</dd>
        </div>
        <div>
          <dt>{t('stats.average')}</dt>
          <dd>{value(stats?.average_score)}</dd>
        </div>
        <div>
          <dt>{t('stats.best')}</dt>
          <dd>{value(stats?.best_score)}</dd>
        </div>
      </dl>
    </>
  );
}

/**
 * The dashboard's request, started before the app has rendered (see PageDataLoader), and the achievements
 * card's alongside it (not waited for), which would otherwise be asked for from an effect after the first render.
 */
export const loadPageData: PageDataLoader = (client, { userId }) => {
  void prefetchForPage(client, achievementsQueryOptions(userId));
  return prefetchForPage(client, dashboardQueryOptions(userId));
};

/** `/app` — the dashboard. */
export function DashboardPage() {
  const { t } = useT();
  useDocumentTitle(t('title'));
  const { user } = useAuth();
  const { stats, planUsage, recent, gaps } = useDashboardData();
  const name = (user?.user_metadata as { full_name?: string } | undefined)?.full_name?.split(' ')[0];
  const isNew = stats.data ? hasNotPractisedYet(stats.data) : true;
  // The header, statistics and plan usage render as soon as the data is there; the sections below follow
  // in a render React can interrupt (first their placeholders, then the data), so the data's arrival is
  // not one long task on a phone.
  const trendStats = useDeferredValue(stats.data, undefined);
  const recentInterviews = useDeferredValue(recent.data, undefined);
  const skillGaps = useDeferredValue(gaps.data, undefined);
  const trend = trendStats?.score_trend ?? [];

  return (
    <div className="page dashboard">
      <header className="page__header dashboard__header">
        <div>
          <h1 tabIndex={-1}>{name ? t(isNew ? 'header.welcome' : 'header.welcomeBack', { name }) : t('header.yourDashboard')}</h1>
          <p className="muted">{t('header.lead')}</p>
        </div>
        <ButtonLink to={routes.app.newInterview} size="lg">
          {t('header.start')}
        </ButtonLink>
      </header>

      <div className="dashboard__grid">
        <section className="card dashboard__stats" aria-labelledby="dash-stats">
          <h2 id="dash-stats">{t('stats.title')}</h2>
          {stats.isError ? (
            <ErrorState title={t('stats.error')} message={toUserMessage(stats.error)} onRetry={() => void stats.refetch()} />
          ) : (
            <StatTiles stats={stats.data ?? null} isNew={isNew} />
          )}
        </section>

        <section className="card" aria-labelledby="dash-plan">
          <h2 id="dash-plan">{t('planUsage.title')}</h2>
          <PlanUsageCard usage={planUsage} />
        </section>
      </div>

      <section className="card" aria-labelledby="dash-trend">
        <h2 id="dash-trend">{t('trend.title')}</h2>
        {stats.isError ? (
          <p className="muted">{t('trend.error')}</p>
        ) : trendStats === undefined ? (
          // As tall as the chart that usually replaces it.
          <div className="dashboard__chart-placeholder">
            <LoadingState label={t('trend.loading')} />
          </div>
        ) : trend.length === 0 ? (
          <p className="muted">{t('trend.empty')}</p>
        ) : (
          <LineChart
            title={t('trend.chartTitle', { count: trend.length })}
            points={trend.map((point) => ({
              label: point.date ? formatDate(point.date, { month: 'short', day: 'numeric' }) : '',
              value: point.score,
            }))}
          />
        )}
      </section>

      <div className="dashboard__grid">
        <section className="card" aria-labelledby="dash-recent">
          <div className="card__head">
            <h2 id="dash-recent">{t('recent.title')}</h2>
            <Link to={routes.app.history}>{t('recent.viewAll')}</Link>
          </div>
          {recent.isError ? (
            <ErrorState title={t('recent.error')} message={toUserMessage(recent.error)} onRetry={() => void recent.refetch()} />
          ) : recentInterviews === undefined ? (
            <LoadingState label={t('recent.loading')} />
          ) : recentInterviews.length === 0 ? (
            <EmptyState
              title={t('recent.empty.title')}
              description={t('recent.empty.body')}
              action={<ButtonLink to={routes.app.newInterview}>{t('recent.empty.action')}</ButtonLink>}
            />
          ) : (
            <InterviewList interviews={recentInterviews} />
          )}
        </section>

        <section className="card" aria-labelledby="dash-gaps">
          <h2 id="dash-gaps">{t('gaps.title')}</h2>
          {gaps.isError ? (
            <p className="muted">{toUserMessage(gaps.error)}</p>
          ) : skillGaps === undefined ? (
            <LoadingState label={t('gaps.loading')} />
          ) : skillGaps.length === 0 ? (
            <p className="muted">{t('gaps.empty')}</p>
          ) : (
            <ul className="gap-summary">
              {skillGaps.slice(0, 6).map((gap) => (
                <li key={gap.skill_name}>
                  <span className="gap-summary__skill">{gap.skill_name}</span>
                  <span className="gap-summary__bar" aria-hidden="true">
                    <span style={{ width: `${Math.max(4, gap.skill_score ?? 100 - gap.gap_score)}%` }} />
                  </span>
                  <span className="gap-summary__score">
                    {formatNumber(Math.round(gap.skill_score ?? 100 - gap.gap_score))}
                    <span className="visually-hidden">{t('gaps.outOf100', { level: gap.proficiency_level })}</span>
                  </span>
                  <span className="gap-summary__links">
                    {/* Plain text rather than <Trans>: two links per skill, and <Trans> parsing its string was
                        the largest part of this list's render on a phone. */}
                    <Link to={practiceUrlForSkill(gap.skill_name)} className="gap-summary__link">
                      {t('gaps.practise')}
                      <span className="visually-hidden">{t('gaps.practiseHidden', { skill: gap.skill_name })}</span>
                    </Link>
                    {gap.interview_id ? (
                      <Link to={routes.app.report(gap.interview_id)} className="gap-summary__link">
                        {t('gaps.resources')}
                        <span className="visually-hidden">{t('gaps.resourcesHidden', { skill: gap.skill_name })}</span>
                      </Link>
                    ) : null}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>

        <RecentAchievements />
      </div>
    </div>
  );
}
