import { Link } from 'react-router-dom';
import { ButtonLink } from '@/components/Button';
import { LineChart } from '@/components/charts/LineChart';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { useAuth } from '@/features/auth';
import { usePlanUsage } from '@/features/interview';
import { toUserMessage } from '@/lib/errors';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useRecentInterviews } from '../api/get-recent-interviews';
import { useSkillGapSummary } from '../api/get-skill-gap-summary';
import { hasNotPractisedYet, useUserStats } from '../api/get-user-stats';
import { InterviewList } from '../components/InterviewList';
import '../dashboard.css';
import { practiceUrlForSkill } from '@/lib/practice-links';
import { RecentAchievements } from '@/features/profile';

function PlanUsageCard() {
  const usage = usePlanUsage();
  if (usage.isPending) return <LoadingState label="Loading your plan…" />;
  if (usage.isError) return <p className="muted">{toUserMessage(usage.error)}</p>;
  const { plan_name, interviews_used, interviews_limit, bonus_interviews, interviews_remaining } = usage.data;
  const unlimited = interviews_limit === null;
  const percent = unlimited ? 0 : Math.min(100, (interviews_used / Math.max(1, interviews_limit)) * 100);
  return (
    <div className="plan-usage">
      <p className="plan-usage__text" data-testid="plan-usage">
        {unlimited ? (
          <>
            <strong>{plan_name}</strong>: unlimited interviews · {interviews_used} this month
          </>
        ) : (
          <>
            <strong>
              {interviews_used} of {interviews_limit}
            </strong>{' '}
            {plan_name.toLowerCase()} interviews this month
          </>
        )}
      </p>
      {!unlimited ? (
        <div
          className="meter"
          role="meter"
          aria-valuemin={0}
          aria-valuemax={interviews_limit}
          aria-valuenow={interviews_used}
          aria-label="Interviews used this month"
        >
          <span style={{ width: `${percent}%` }} />
        </div>
      ) : null}
      {bonus_interviews > 0 ? <p className="muted">{bonus_interviews} bonus interviews available.</p> : null}
      {!unlimited && interviews_remaining === 0 ? (
        <p>
          <Link to="/pricing">Upgrade to Pro</Link> for unlimited interviews and voice mode.
        </p>
      ) : null}
    </div>
  );
}

/** `/app` — the dashboard. */
export function DashboardPage() {
  useDocumentTitle('Dashboard');
  const { user } = useAuth();
  const stats = useUserStats();
  const recent = useRecentInterviews();
  const gaps = useSkillGapSummary();
  const name = (user?.user_metadata as { full_name?: string } | undefined)?.full_name?.split(' ')[0];
  const trend = stats.data?.score_trend ?? [];
  const isNew = stats.data ? hasNotPractisedYet(stats.data) : true;
  const streak = stats.data && !isNew ? stats.data.current_streak_days : 0;

  return (
    <div className="page dashboard">
      <header className="page__header dashboard__header">
        <div>
          <h1 tabIndex={-1}>{name ? `${isNew ? 'Welcome' : 'Welcome back'}, ${name}` : 'Your dashboard'}</h1>
          <p className="muted">Practise, review your feedback and watch your scores climb.</p>
        </div>
        <ButtonLink to="/app/interviews/new" size="lg">
          Start interview
        </ButtonLink>
      </header>

      <div className="dashboard__grid">
        <section className="card dashboard__stats" aria-labelledby="dash-stats">
          <h2 id="dash-stats">Your progress</h2>
          {stats.isPending ? (
            <LoadingState label="Loading your stats…" />
          ) : stats.isError ? (
            <ErrorState title="We couldn't load your stats" message={toUserMessage(stats.error)} onRetry={() => void stats.refetch()} />
          ) : (
            <dl className="stat-tiles">
              <div>
                <dt>Current streak</dt>
                <dd>
                  {streak} day{streak === 1 ? '' : 's'}
                  <span className="stat-tiles__sub">best {stats.data.longest_streak_days}</span>
                </dd>
              </div>
              <div>
                <dt>Completed</dt>
                <dd>{stats.data.completed_interviews}</dd>
              </div>
              <div>
                <dt>Average score</dt>
                <dd>{stats.data.average_score !== null ? Math.round(stats.data.average_score) : '—'}</dd>
              </div>
              <div>
                <dt>Best score</dt>
                <dd>{stats.data.best_score !== null ? Math.round(stats.data.best_score) : '—'}</dd>
              </div>
            </dl>
          )}
        </section>

        <section className="card" aria-labelledby="dash-plan">
          <h2 id="dash-plan">Plan usage</h2>
          <PlanUsageCard />
        </section>
      </div>

      <section className="card" aria-labelledby="dash-trend">
        <h2 id="dash-trend">Score trend</h2>
        {stats.isPending ? (
          <LoadingState label="Loading your scores…" />
        ) : stats.isError ? (
          <p className="muted">Scores are unavailable right now.</p>
        ) : trend.length === 0 ? (
          <p className="muted">Finish your first interview to start your score trend.</p>
        ) : (
          <LineChart
            title={`Overall score of your last ${trend.length} completed interviews`}
            points={trend.map((point) => ({
              label: point.date ? new Date(point.date).toLocaleDateString(undefined, { month: 'short', day: 'numeric' }) : '',
              value: point.score,
            }))}
          />
        )}
      </section>

      <div className="dashboard__grid">
        <section className="card" aria-labelledby="dash-recent">
          <div className="card__head">
            <h2 id="dash-recent">Recent interviews</h2>
            <Link to="/app/history">View all</Link>
          </div>
          {recent.isPending ? (
            <LoadingState label="Loading your interviews…" />
          ) : recent.isError ? (
            <ErrorState
              title="We couldn't load your interviews"
              message={toUserMessage(recent.error)}
              onRetry={() => void recent.refetch()}
            />
          ) : recent.data.length === 0 ? (
            <EmptyState
              title="No interviews yet"
              description="Your first mock interview takes about 15 minutes. You'll get a score and specific feedback on every answer."
              action={<ButtonLink to="/app/interviews/new">Start your first interview</ButtonLink>}
            />
          ) : (
            <InterviewList interviews={recent.data} />
          )}
        </section>

        <section className="card" aria-labelledby="dash-gaps">
          <h2 id="dash-gaps">Skills to work on</h2>
          {gaps.isPending ? (
            <LoadingState label="Loading your skill gaps…" />
          ) : gaps.isError ? (
            <p className="muted">{toUserMessage(gaps.error)}</p>
          ) : gaps.data.length === 0 ? (
            <p className="muted">Skill gaps from your reports will show up here.</p>
          ) : (
            <ul className="gap-summary">
              {gaps.data.slice(0, 6).map((gap) => (
                <li key={gap.skill_name}>
                  <span className="gap-summary__skill">{gap.skill_name}</span>
                  <span className="gap-summary__bar" aria-hidden="true">
                    <span style={{ width: `${Math.max(4, gap.skill_score ?? 100 - gap.gap_score)}%` }} />
                  </span>
                  <span className="gap-summary__score">
                    {Math.round(gap.skill_score ?? 100 - gap.gap_score)}
                    <span className="visually-hidden"> out of 100, {gap.proficiency_level}</span>
                  </span>
                  <span className="gap-summary__links">
                    <Link to={practiceUrlForSkill(gap.skill_name)} className="gap-summary__link">
                      Practise<span className="visually-hidden"> {gap.skill_name} questions</span>
                    </Link>
                    {gap.interview_id ? (
                      <Link to={`/app/interviews/${gap.interview_id}/report`} className="gap-summary__link">
                        Resources<span className="visually-hidden"> for {gap.skill_name}</span>
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
