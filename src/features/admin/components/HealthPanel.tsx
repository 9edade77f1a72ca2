import { Button } from '@/components/Button';
import { useSystemHealth } from '../api/get-system-health';
import { formatDateTime } from '@/lib/i18n/format';
import { useT } from '../i18n';
import { fmt, fmtBytes, fmtPct, fmtTime } from '../lib/num';
import { QueryBlock } from './QueryBlock';
import { TableWrap } from './TableWrap';

const STATUS_WORDS = new Set(['healthy', 'warning', 'degraded', 'critical', 'online', 'offline', 'unknown']);

export function HealthPanel() {
  const { t } = useT();
  const health = useSystemHealth();
  const status = (value: string) => (STATUS_WORDS.has(value) ? t(`health.status.${value}`) : value);
  return (
    <QueryBlock query={health} label={t('health.label')}>
      {(h) => (
        <div className="stack">
          <div className="admin-actions">
            <p className="small" role="status">
              {t('health.overall')}{' '}
              <span
                className={`status-pill ${h.status === 'healthy' ? 'status-pill--good' : h.status === 'critical' ? 'status-pill--bad' : ''}`}
              >
                {status(h.status)}
              </span>{' '}
              <span className="muted">{t('health.asOf', { time: fmtTime(h.captured_at) })}</span>
            </p>
            <Button size="sm" variant="secondary" isLoading={health.isFetching} onClick={() => void health.refetch()}>
              {t('health.refresh')}
            </Button>
          </div>
          <dl className="stat-grid">
            <div className="stat">
              <dt>{t('health.databaseSize')}</dt>
              <dd>{fmtBytes(h.database_size_bytes)}</dd>
            </div>
            <div className="stat">
              <dt>{t('health.connections')}</dt>
              <dd>{fmt(h.connections)}</dd>
            </div>
            <div className="stat">
              <dt>{t('health.activeToday')}</dt>
              <dd>{fmt(h.active_users_today)}</dd>
            </div>
            <div className="stat">
              <dt>{t('health.signupsToday')}</dt>
              <dd>{fmt(h.new_registrations_today)}</dd>
            </div>
            <div className="stat">
              <dt>{t('health.aiErrorRate')}</dt>
              <dd>{fmtPct(h.ai_error_rate_last_hour)}</dd>
            </div>
          </dl>
          <div className="grid-2">
            <section className="card">
              <h2 className="chart__title">{t('health.aiLastHour')}</h2>
              {h.ai_last_hour.length === 0 ? (
                <p className="muted">{t('health.noAiCalls')}</p>
              ) : (
                <ul className="provider-list">
                  {h.ai_last_hour.map((p) => (
                    <li key={p.provider}>
                      <strong>{p.provider}</strong>{' '}
                      <span
                        className={`status-pill ${p.status === 'online' ? 'status-pill--good' : p.status === 'offline' ? 'status-pill--bad' : ''}`}
                      >
                        {status(p.status)}
                      </span>{' '}
                      <span className="muted small">
                        {t('health.providerStats', { calls: fmt(p.calls), errors: fmt(p.errors), p95: fmt(p.p95_latency_ms) })}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section className="card">
              <h2 className="chart__title">{t('health.rowsTitle')}</h2>
              <TableWrap label={t('health.rowsTable')} scroll>
                <table className="table">
                  <caption className="visually-hidden">{t('health.rowsTable')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('health.table')}</th>
                      <th scope="col" className="num">
                        {t('health.rows')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {Object.entries(h.table_rows)
                      .sort((a, b) => b[1] - a[1])
                      .map(([table, rows]) => (
                        <tr key={table}>
                          <td>{table}</td>
                          <td className="num">{fmt(rows)}</td>
                        </tr>
                      ))}
                  </tbody>
                </table>
              </TableWrap>
            </section>
          </div>
          <section className="card">
            <h2 className="chart__title">{t('health.slowTitle')}</h2>
            {h.slow_queries.length === 0 ? (
              <p className="muted">{t('health.noSlow')}</p>
            ) : (
              <TableWrap label={t('health.slowTitle')}>
                <table className="table">
                  <caption className="visually-hidden">{t('health.slowTitle')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('health.query')}</th>
                      <th scope="col" className="num">
                        {t('health.calls')}
                      </th>
                      <th scope="col" className="num">
                        {t('health.mean')}
                      </th>
                      <th scope="col" className="num">
                        {t('health.total')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {h.slow_queries.map((q, i) => (
                      <tr key={i}>
                        <td>
                          <code>{q.query}</code>
                        </td>
                        <td className="num">{fmt(q.calls)}</td>
                        <td className="num">{t('units.milliseconds', { value: fmt(q.mean_ms) })}</td>
                        <td className="num">{t('units.milliseconds', { value: fmt(q.total_ms) })}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableWrap>
            )}
          </section>
          <section className="card">
            <h2 className="chart__title">{t('health.errorsTitle')}</h2>
            {h.recent_ai_errors.length === 0 ? (
              <p className="muted">{t('health.noErrors')}</p>
            ) : (
              <TableWrap label={t('health.errorsTitle')}>
                <table className="table">
                  <caption className="visually-hidden">{t('health.errorsTitle')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('health.when')}</th>
                      <th scope="col">{t('health.provider')}</th>
                      <th scope="col">{t('health.operation')}</th>
                      <th scope="col">{t('health.error')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {h.recent_ai_errors.map((e, i) => (
                      <tr key={i}>
                        <td>{formatDateTime(e.created_at)}</td>
                        <td>
                          {e.provider}
                          {e.model ? <span className="muted small cell-sub">{e.model}</span> : null}
                        </td>
                        <td>{e.operation}</td>
                        <td>
                          {e.error_type ? <strong>{t('health.errorType', { type: e.error_type })}</strong> : null}
                          {e.error_message}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableWrap>
            )}
          </section>
        </div>
      )}
    </QueryBlock>
  );
}
