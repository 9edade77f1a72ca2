import pg from 'pg';
import { CommitWithError } from './errors.ts';

export type Db = pg.Pool;
export type Tx = pg.PoolClient;
/** Anything that can run a query: the pool or a transaction's client. */
export type Queryable = Pick<pg.Pool, 'query'> | Pick<pg.PoolClient, 'query'>;

/** GoTrue leaves instance_id as the nil UUID on every row it writes. */
export const INSTANCE_ID = '00000000-0000-0000-0000-000000000000';

const TIMESTAMPTZ_OID = 1184;
const TIMESTAMP_OID = 1114;

/**
 * Timestamps are kept as Postgres text (the session runs in UTC) and converted to GoTrue's
 * RFC 3339 form with microseconds when rendered; all time arithmetic happens in SQL.
 * The parser is per-pool so other pg users in the same process are unaffected.
 */
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === TIMESTAMPTZ_OID || oid === TIMESTAMP_OID) return (value: string) => value;
    return pg.types.getTypeParser(oid, format);
  },
} as unknown as pg.CustomTypesConfig;

export function createPool(dbUrl: string): Db {
  const pool = new pg.Pool({
    connectionString: dbUrl,
    max: 10,
    options: '-c TimeZone=UTC',
    application_name: 'gotrue-local',
    types,
  });
  pool.on('error', (err) => {
    // 57P01: the database is shutting down (stack stop) — expected, not worth a log line.
    if ((err as { code?: string }).code !== '57P01') console.error('[auth] idle postgres client error:', err.message);
  });
  return pool;
}

/** Postgres text timestamp ("2024-05-01 10:11:12.123456+00") → GoTrue JSON ("2024-05-01T10:11:12.123456Z"). */
export function isoTimestamp(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  if (value === 'infinity') return '9999-12-31T23:59:59.999999Z'; // e.g. a permanent ban set in SQL
  if (value === '-infinity') return '0001-01-01T00:00:00Z';
  return value.replace(' ', 'T').replace(/\+00(:00)?$/, 'Z');
}

/**
 * Runs fn in a transaction. Any throw rolls back, except CommitWithError, which commits the work done
 * so far and then re-throws the wrapped API error (GoTrue's storage.NewCommitWithError).
 */
export async function withTx<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const client = await db.connect();
  let broken = false;
  try {
    await client.query('begin');
    try {
      const result = await fn(client);
      await client.query('commit');
      return result;
    } catch (err) {
      if (err instanceof CommitWithError) {
        await client.query('commit');
        throw err.error;
      }
      await client.query('rollback').catch(() => {
        broken = true;
      });
      throw err;
    }
  } finally {
    client.release(broken);
  }
}
