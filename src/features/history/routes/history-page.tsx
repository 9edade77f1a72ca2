import { useId, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Button, ButtonLink } from '@/components/Button';
import { LineChart } from '@/components/charts/LineChart';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { InterviewList } from '@/features/dashboard';
import { label, STATUSES } from '@/features/interview';
import { toUserMessage } from '@/lib/errors';
import { formatDate } from '@/lib/i18n/format';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useSkillProgress } from '../api/get-skill-progress';
import { ArchivedInterviewList } from '../components/ArchivedInterviewList';
import { PAGE_SIZE, useInterviewList, useRoles } from '../api/list-interviews';
import '../history.css';
import { useT } from '../i18n';
import { routes } from '@/lib/routes';

function SkillProgress() {
  const { t } = useT();
  const id = useId();
  const progress = useSkillProgress();
  const [selected, setSelected] = useState<string | null>(null);
  if (progress.isPending) return <LoadingState label={t('skills.loading')} />;
  if (progress.isError)
    return <ErrorState title={t('skills.error')} message={toUserMessage(progress.error)} onRetry={() => void progress.refetch()} />;
  if (progress.data.length === 0) return <p className="muted">{t('skills.empty')}</p>;
  const current = progress.data.find((s) => s.skill === selected) ?? progress.data[0]!;
  return (
    <div className="skill-progress">
      <div className="field">
        <label className="field__label" htmlFor={`${id}-skill`}>
          {t('skills.skill')}
        </label>
        <select
          id={`${id}-skill`}
          className="field__input field__input--short"
          value={current.skill}
          onChange={(e) => setSelected(e.target.value)}
        >
          {progress.data.map((series) => (
            <option key={series.skill} value={series.skill}>
              {series.skill} ({series.points.length})
            </option>
          ))}
        </select>
      </div>
      <LineChart
        title={t('skills.chartTitle', { skill: current.skill, count: current.points.length })}
        points={current.points.map((p) => ({
          label: formatDate(p.date, { month: 'short', day: 'numeric' }),
          value: p.score,
        }))}
      />
      <ul className="skill-table" aria-label={t('skills.latestLabel')}>
        {progress.data.map((series) => (
          <li key={series.skill}>
            <span>{series.skill}</span>
            <strong>{Math.round(series.latest)}</strong>
            <span className={series.change === null ? 'muted' : series.change >= 0 ? 'is-up' : 'is-down'}>
              {series.change === null ? '—' : `${series.change >= 0 ? '▲ +' : '▼ '}${Math.round(series.change)}`}
              <span className="visually-hidden">{series.change === null ? t('skills.noChange') : t('skills.sinceFirst')}</span>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

const ARCHIVED = 'archived';

/** `/app/history` — every interview, filterable by status and role, plus progress per skill. */
export function HistoryPage() {
  const { t } = useT();
  useDocumentTitle(t('title'));
  const id = useId();
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? '';
  const role = params.get('role') ?? '';
  const page = Math.max(0, Number(params.get('page') ?? 0) || 0);
  // Archived interviews live outside the live tables: their own read-only list (status filter "Archived").
  const showArchived = status === ARCHIVED;
  const list = useInterviewList({ status: showArchived ? '' : status, role, page });
  const roles = useRoles();
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'page') next.delete('page');
    setParams(next, { replace: true });
  };
  const pages = list.data ? Math.ceil(list.data.total / PAGE_SIZE) : 0;

  return (
    <div className="page history">
      <header className="page__header history__header">
        <div>
          <h1 tabIndex={-1}>{t('heading')}</h1>
          <p className="muted">{t('lead')}</p>
        </div>
        <ButtonLink to={routes.app.newInterview}>{t('start')}</ButtonLink>
      </header>

      <section className="card" aria-labelledby={`${id}-list`}>
        <h2 id={`${id}-list`} className="visually-hidden">
          {t('list.title')}
        </h2>
        <form className="history__filters" role="search" aria-label={t('filters.label')} onSubmit={(e) => e.preventDefault()}>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-status`}>
              {t('filters.status')}
            </label>
            <select id={`${id}-status`} className="field__input" value={status} onChange={(e) => set('status', e.target.value)}>
              <option value="">{t('filters.allStatuses')}</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {label(s)}
                </option>
              ))}
              <option value={ARCHIVED}>{t('archived.filter')}</option>
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-role`}>
              {t('filters.role')}
            </label>
            <select id={`${id}-role`} className="field__input" value={role} onChange={(e) => set('role', e.target.value)}>
              <option value="">{t('filters.allRoles')}</option>
              {(roles.data ?? []).map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </select>
          </div>
        </form>
        <div aria-live="polite" aria-busy={list.isFetching}>
          {showArchived ? (
            <ArchivedInterviewList role={role} />
          ) : list.isPending ? (
            <LoadingState label={t('list.loading')} />
          ) : list.isError ? (
            <ErrorState title={t('list.error')} message={toUserMessage(list.error)} onRetry={() => void list.refetch()} />
          ) : list.data.rows.length === 0 ? (
            status || role ? (
              <EmptyState
                title={t('list.noMatch')}
                action={
                  <Button variant="secondary" onClick={() => setParams(new URLSearchParams(), { replace: true })}>
                    {t('filters.clear')}
                  </Button>
                }
              />
            ) : (
              <EmptyState
                title={t('list.empty.title')}
                description={t('list.empty.body')}
                action={<ButtonLink to={routes.app.newInterview}>{t('start')}</ButtonLink>}
              />
            )
          ) : (
            <>
              <p className="muted">{t('list.count', { count: list.data.total })}</p>
              <InterviewList interviews={list.data.rows} />
              {pages > 1 ? (
                <nav className="pagination" aria-label={t('pagination.label')}>
                  <Button variant="secondary" size="sm" disabled={page === 0} onClick={() => set('page', String(page - 1))}>
                    {t('pagination.previous')}
                  </Button>
                  <span>{t('pagination.page', { page: page + 1, pages })}</span>
                  <Button variant="secondary" size="sm" disabled={page + 1 >= pages} onClick={() => set('page', String(page + 1))}>
                    {t('pagination.next')}
                  </Button>
                </nav>
              ) : null}
            </>
          )}
        </div>
      </section>

      <section className="card" aria-labelledby={`${id}-skills`}>
        <h2 id={`${id}-skills`}>{t('skills.title')}</h2>
        <SkillProgress />
      </section>
    </div>
  );
}
