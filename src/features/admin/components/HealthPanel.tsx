import { Button } from '@/components/Button';
import { useSystemHealth } from '../api/get-system-health';
import { fmt, fmtBytes } from '../lib/num';
import { QueryBlock } from './QueryBlock';
import { TableWrap } from './TableWrap';

export function HealthPanel() {
  const health = useSystemHealth();
  return (
    <QueryBlock query={health} label="system health">
      {(h) => (
        <div className="stack">
          <div className="admin-actions">
            <p className="small" role="status">
              Overall:{' '}
              <span
                className={`status-pill ${h.status === 'healthy' ? 'status-pill--good' : h.status === 'critical' ? 'status-pill--bad' : ''}`}
              >
                {h.status}
              </span>{' '}
              <span className="muted">as of {new Date(h.captured_at).toLocaleTimeString()}</span>
            </p>
            <Button size="sm" variant="secondary" isLoading={health.isFetching} onClick={() => void health.refetch()}>
              Refresh
            </Button>
          </div>
          <dl className="stat-grid">
            <div className="stat">
              <dt>Database size</dt>
              <dd>{fmtBytes(h.database_size_bytes)}</dd>
            </div>
            <div className="stat">
              <dt>Connections</dt>
              <dd>{fmt(h.connections)}</dd>
            </div>
            <div className="stat">
              <dt>Active users today</dt>
              <dd>{fmt(h.active_users_today)}</dd>
            </div>
            <div className="stat">
              <dt>Sign-ups today</dt>
              <dd>{fmt(h.new_registrations_today)}</dd>
            </div>
            <div className="stat">
              <dt>AI error rate (1 h)</dt>
              <dd>{h.ai_error_rate_last_hour === null ? '—' : `${fmt(h.ai_error_rate_last_hour, 1)}%`}</dd>
            </div>
          </dl>
          <div className="grid-2">
            <section className="card">
              <h2 className="chart__title">AI providers (last hour)</h2>
              {h.ai_last_hour.length === 0 ? (
                <p className="muted">No AI calls in the last hour.</p>
              ) : (
                <ul className="provider-list">
                  {h.ai_last_hour.map((p) => (
                    <li key={p.provider}>
                      <strong>{p.provider}</strong>{' '}
                      <span
                        className={`status-pill ${p.status === 'online' ? 'status-pill--good' : p.status === 'offline' ? 'status-pill--bad' : ''}`}
                      >
                        {p.status}
                      </span>{' '}
                      <span className="muted small">
                        {fmt(p.calls)} calls · {fmt(p.errors)} errors · p95 {fmt(p.p95_latency_ms)} ms
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section className="card">
              <h2 className="chart__title">Rows per table (estimated)</h2>
              <TableWrap label="Rows per table" scroll>
                <table className="table">
                  <caption className="visually-hidden">Rows per table</caption>
                  <thead>
                    <tr>
                      <th scope="col">Table</th>
                      <th scope="col" className="num">
                        Rows
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
            <h2 className="chart__title">Slow queries</h2>
            {h.slow_queries.length === 0 ? (
              <p className="muted">None over 100 ms on average (or pg_stat_statements is not enabled).</p>
            ) : (
              <TableWrap label="Slow queries">
                <table className="table">
                  <caption className="visually-hidden">Slow queries</caption>
                  <thead>
                    <tr>
                      <th scope="col">Query</th>
                      <th scope="col" className="num">
                        Calls
                      </th>
                      <th scope="col" className="num">
                        Mean
                      </th>
                      <th scope="col" className="num">
                        Total
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
                        <td className="num">{fmt(q.mean_ms)} ms</td>
                        <td className="num">{fmt(q.total_ms)} ms</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableWrap>
            )}
          </section>
          <section className="card">
            <h2 className="chart__title">Recent AI errors</h2>
            {h.recent_ai_errors.length === 0 ? (
              <p className="muted">No recent errors.</p>
            ) : (
              <TableWrap label="Recent AI errors">
                <table className="table">
                  <caption className="visually-hidden">Recent AI errors</caption>
                  <thead>
                    <tr>
                      <th scope="col">When</th>
                      <th scope="col">Provider</th>
                      <th scope="col">Operation</th>
                      <th scope="col">Error</th>
                    </tr>
                  </thead>
                  <tbody>
                    {h.recent_ai_errors.map((e, i) => (
                      <tr key={i}>
                        <td>{new Date(e.created_at).toLocaleString()}</td>
                        <td>
                          {e.provider}
                          {e.model ? <span className="muted small cell-sub">{e.model}</span> : null}
                        </td>
                        <td>{e.operation}</td>
                        <td>
                          {e.error_type ? <strong>{e.error_type}: </strong> : null}
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
