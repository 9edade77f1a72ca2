import { Button } from '@/components/Button';
import { formatDateTime, formatNumber } from '@/lib/i18n/format';
import { useJobs, useRunJob, type ScheduledJob } from '../api/list-jobs';
import { useT } from '../i18n';
import { QueryBlock } from './QueryBlock';
import { TableWrap } from './TableWrap';

function Outcome({ job }: { job: ScheduledJob }) {
  const { t } = useT();
  if (!job.last_outcome) return <span className="muted">{t('jobs.neverRun')}</span>;
  const tone = job.last_outcome === 'ok' ? 'status-pill--good' : job.last_outcome === 'error' ? 'status-pill--bad' : '';
  return (
    <>
      <span className={`status-pill ${tone}`}>{t(`jobs.outcome.${job.last_outcome}`)}</span>
      {job.last_message && <div className="small muted">{job.last_message}</div>}
    </>
  );
}

// SQL an operator runs as it is: code, not words to translate.
const SCHEDULE_JOBS_SQL = 'select private.schedule_jobs();';

function CronNotice({ jobs }: { jobs: ScheduledJob[] }) {
  const { t } = useT();
  const cron = jobs[0]?.pg_cron_available ?? false;
  const unscheduled = jobs.filter((job) => job.cron_scheduled === false);
  if (!cron) return <p className="small muted">{t('jobs.noPgCron')}</p>;
  if (unscheduled.length === 0) return <p className="small muted">{t('jobs.pgCronScheduled')}</p>;
  return (
    <p className="small" role="alert">
      <strong>{t('jobs.notScheduledTitle', { count: unscheduled.length })}</strong> {t('jobs.notScheduledHelp')}{' '}
      <code>{SCHEDULE_JOBS_SQL}</code>
    </p>
  );
}

export function JobsPanel() {
  const { t } = useT();
  const jobs = useJobs();
  const run = useRunJob();
  return (
    <QueryBlock query={jobs} label={t('jobs.label')}>
      {(list) => (
        <div className="stack">
          <CronNotice jobs={list} />
          {run.isError && (
            <p className="small" role="alert">
              {run.error.message}
            </p>
          )}
          <TableWrap label={t('jobs.label')} scroll>
            <table className="table">
              <caption className="visually-hidden">{t('jobs.label')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('jobs.column.job')}</th>
                  <th scope="col">{t('jobs.column.schedule')}</th>
                  <th scope="col">{t('jobs.column.lastRun')}</th>
                  <th scope="col">{t('jobs.column.outcome')}</th>
                  <th scope="col" className="num">
                    {t('jobs.column.duration')}
                  </th>
                  <th scope="col">{t('jobs.column.nextRun')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('jobs.column.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.map((job) => (
                  <tr key={job.name}>
                    <td>
                      <strong>{job.name}</strong>
                      <div className="small muted">{job.description}</div>
                    </td>
                    <td>
                      <code>{job.schedule}</code>
                      <div className="small muted">{t('jobs.utc')}</div>
                    </td>
                    <td>{job.last_started_at ? formatDateTime(job.last_started_at) : '—'}</td>
                    <td>
                      <Outcome job={job} />
                    </td>
                    <td className="num">
                      {job.last_duration_ms === null ? '—' : t('jobs.milliseconds', { value: formatNumber(job.last_duration_ms) })}
                    </td>
                    <td>{job.next_run_at ? formatDateTime(job.next_run_at) : '—'}</td>
                    <td>
                      <Button
                        size="sm"
                        variant="secondary"
                        isLoading={run.isPending && run.variables === job.name}
                        disabled={run.isPending}
                        onClick={() => run.mutate(job.name)}
                      >
                        {t('jobs.runNow')}
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </div>
      )}
    </QueryBlock>
  );
}
