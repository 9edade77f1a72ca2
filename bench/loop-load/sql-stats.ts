// What each statement and function cost inside Postgres during one phase, for ranking the loop's SQL.
// Off by default (LOOP_LOAD_SQL_STATS=1 turns it on): it sets track_functions = all and
// pg_stat_statements.track = all for the whole cluster, and tracking nested statements costs CPU itself.
// Works on any checkout (the stack's superuser sets the parameters at run time), so both sides of a
// comparison are measured alike. Times are wall times inside the backend (they include waiting for a
// core on a busy machine): a ranking, not a CPU measurement.
import pg from 'pg';

export type SqlStatement = { query: string; toplevel: boolean; calls: number; totalMs: number; meanMs: number; rows: number };
export type SqlFunction = { name: string; calls: number; totalMs: number; selfMs: number };
export type SqlStats = { statements: SqlStatement[]; functions: SqlFunction[] };

export const sqlStatsEnabled = () => process.env.LOOP_LOAD_SQL_STATS === '1';

function superuserUrl(dbUrl: string): string {
  const url = new URL(dbUrl);
  url.username = 'supabase_admin';
  return url.toString();
}

export async function startSqlStats(dbUrl: string): Promise<{ stop(): Promise<SqlStats | undefined> }> {
  if (!sqlStatsEnabled()) return { stop: async () => undefined };
  const client = new pg.Client({ connectionString: superuserUrl(dbUrl), application_name: 'loop-load sql-stats' });
  await client.connect();
  await client.query(`alter system set track_functions = 'all'`);
  await client.query(`alter system set pg_stat_statements.track = 'all'`);
  await client.query(`select pg_reload_conf()`);
  await new Promise((r) => setTimeout(r, 300)); // backends pick the new values up at their next command
  await client.query(`select extensions.pg_stat_statements_reset()`);
  await client.query(`select pg_stat_reset()`);
  return {
    async stop() {
      try {
        await client.query(`select pg_stat_force_next_flush()`);
        await new Promise((r) => setTimeout(r, 1500)); // other backends flush their function counters within ~1 s
        const statements = (
          await client.query<SqlStatement>(
            `select left(regexp_replace(query, '\\s+', ' ', 'g'), 200) as query, toplevel, calls::int,
                    round(total_exec_time::numeric, 1)::float8 as "totalMs", round(mean_exec_time::numeric, 3)::float8 as "meanMs",
                    rows::int
               from extensions.pg_stat_statements
              order by total_exec_time desc limit 60`,
          )
        ).rows;
        const functions = (
          await client.query<SqlFunction>(
            `select schemaname || '.' || funcname as name, calls::int, round(total_time::numeric, 1)::float8 as "totalMs",
                    round(self_time::numeric, 1)::float8 as "selfMs"
               from pg_stat_user_functions order by self_time desc limit 60`,
          )
        ).rows;
        await client.query(`alter system reset track_functions`);
        await client.query(`alter system reset pg_stat_statements.track`);
        await client.query(`select pg_reload_conf()`);
        return { statements, functions };
      } finally {
        await client.end().catch(() => {});
      }
    },
  };
}

export function formatSqlStats(stats: SqlStats, interviews: number): string {
  const per = (ms: number) => (interviews ? (ms / interviews).toFixed(3) : '–');
  const lines = [
    `Functions by self time (${interviews} interviews): name | calls | total ms | self ms | self ms per interview`,
    ...stats.functions.slice(0, 30).map((f) => `  ${f.name} | ${f.calls} | ${f.totalMs} | ${f.selfMs} | ${per(f.selfMs)}`),
    `Statements by total time: top-level? | calls | total ms | mean ms | ms per interview | query`,
    ...stats.statements
      .slice(0, 40)
      .map((s) => `  ${s.toplevel ? 'top' : 'nested'} | ${s.calls} | ${s.totalMs} | ${s.meanMs} | ${per(s.totalMs)} | ${s.query}`),
  ];
  return lines.join('\n');
}
