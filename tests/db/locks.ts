/** Helpers for tests that queue two transactions behind a row a third connection holds. */
import pg from 'pg';
import { sqlOne, stack } from './helpers.ts';

export async function connect(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: stack().dbUrl });
  await client.connect();
  return client;
}

export const backendPid = async (client: pg.Client) =>
  Number((await client.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]?.pid);

/**
 * Resolves once a backend whose current statement matches `where` waits for a lock, or once `unless`
 * (the statement itself) has settled without waiting.
 */
export async function waitingForLock(where: { pid: number } | { query: string }, unless?: Promise<unknown>): Promise<void> {
  const [condition, value] = 'pid' in where ? ['pid = $1', where.pid] : ['query ilike $1', where.query];
  let settled = false;
  const settle = () => (settled = true);
  unless?.then(settle, settle);
  while (!settled) {
    const row = await sqlOne<{ waiting: boolean }>(
      `select coalesce(bool_or(wait_event_type = 'Lock'), false) as waiting from pg_stat_activity where ${condition}`,
      [value],
    );
    if (row.waiting) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Runs `text` in its own transaction on `client`; resolves to null when committed, else the SQLSTATE. */
export async function inTransaction(client: pg.Client, text: string, values: unknown[] = [], claims?: object): Promise<string | null> {
  await client.query('begin');
  try {
    if (claims) {
      await client.query(`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', $1, true)`, [
        JSON.stringify(claims),
      ]);
    }
    await client.query(text, values);
    await client.query('commit');
    return null;
  } catch (error) {
    await client.query('rollback');
    return (error as { code?: string }).code ?? 'error';
  }
}
