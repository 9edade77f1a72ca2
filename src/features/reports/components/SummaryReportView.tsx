import { ErrorState } from '@/components/ErrorState';
import { EmptyState } from '@/components/EmptyState';
import { LoadingState } from '@/components/LoadingState';
import { toUserMessage } from '@/lib/errors';
import { formatDate } from '@/lib/i18n/format';
import { useSummaryReport, type SummaryReport } from '../api/get-summary-report';
import { useT } from '../i18n';

/** The short report: the scores, the summary, the three most important points of each kind and the conversation size. */
export function SummaryReportBody({ title, report }: { title: string; report: SummaryReport }) {
  const { t } = useT();
  const scores = (
    [
      ['overall', report.overall_score],
      ['communication', report.communication_score],
      ['technical', report.technical_score],
      ['behavioral', report.behavioral_score],
    ] as const
  ).filter(([, value]) => value !== null);
  const stats = report.statistics;
  const lists = [
    ['strengths', report.strengths],
    ['weaknesses', report.weaknesses],
    ['recommendations', report.recommendations],
  ] as const;
  return (
    <article className="report report--summary" aria-labelledby="summary-report-title">
      <header className="report__header">
        <div>
          <p className="eyebrow">{t('reportTypes.summaryEyebrow')}</p>
          <h1 id="summary-report-title" tabIndex={-1}>
            {title}
          </h1>
          <p className="muted">{t('reportTypes.generated', { date: formatDate(report.generated_at) })}</p>
        </div>
      </header>
      <section className="card" aria-labelledby="summary-scores">
        <h2 id="summary-scores">{t('reportTypes.scores')}</h2>
        <dl className="stats">
          {scores.map(([key, value]) => (
            <div key={key}>
              <dt>{t(`reportTypes.score.${key}`)}</dt>
              <dd>{t('reportTypes.outOf100', { score: Math.round(value!) })}</dd>
            </div>
          ))}
          {stats?.total_messages !== undefined ? (
            <div>
              <dt>{t('reportTypes.messages')}</dt>
              <dd>
                {t('reportTypes.messageCounts', {
                  total: stats.total_messages,
                  user: stats.user_messages ?? 0,
                  interviewer: stats.interviewer_messages ?? 0,
                })}
              </dd>
            </div>
          ) : null}
        </dl>
        {report.summary ? <p className="report__summary">{report.summary}</p> : null}
      </section>
      {lists.map(([key, items]) =>
        items.length ? (
          <section key={key} className="card" aria-labelledby={`summary-${key}`}>
            <h2 id={`summary-${key}`}>{t(`reportTypes.${key}`)}</h2>
            <ul>
              {items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </section>
        ) : null,
      )}
    </article>
  );
}

export function SummaryReportView({ interviewId, title }: { interviewId: string; title: string }) {
  const { t } = useT();
  const summary = useSummaryReport(interviewId);
  if (summary.isPending) return <LoadingState label={t('reportTypes.loading')} />;
  if (summary.isError)
    return <ErrorState title={t('reportTypes.error')} message={toUserMessage(summary.error)} onRetry={() => void summary.refetch()} />;
  if (!summary.data) return <EmptyState title={t('reportTypes.none')} description={t('reportTypes.noneExplained')} />;
  return <SummaryReportBody title={title} report={summary.data} />;
}
