import pg from 'pg';
import type { Caller } from './caller.ts';

export type Db = pg.Pool;
export type Tx = pg.PoolClient;

export function createPool(dbUrl: string): Db {
  const pool = new pg.Pool({ connectionString: dbUrl, max: 10, application_name: 'storage-local' });
  pool.on('error', (err) => {
    if ((err as { code?: string }).code !== '57P01') console.error('[storage] idle postgres client error:', err.message);
  });
  return pool;
}

async function inTransaction<T>(db: Db, setup: (tx: Tx) => Promise<unknown>, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const client = await db.connect();
  let broken = false;
  try {
    await client.query('begin');
    try {
      await setup(client);
      const result = await fn(client);
      await client.query('commit');
      return result;
    } catch (error) {
      await client.query('rollback').catch(() => {
        broken = true;
      });
      throw error;
    }
  } finally {
    client.release(broken);
  }
}

/**
 * Runs fn in one transaction as the caller: the caller's role and JWT claims are set for the
 * transaction only, exactly as PostgREST does, so RLS on storage.* decides what fn may read and
 * write. Deleting rows is allowed here (storage.protect_delete refuses it outside the Storage API).
 */
export function asCaller<T>(db: Db, caller: Caller, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return inTransaction(
    db,
    (tx) =>
      tx.query(
        `select set_config('role', $1, true), set_config('request.jwt.claims', $2, true),
                set_config('request.jwt.claim.sub', $3, true), set_config('request.jwt.claim.role', $1, true),
                set_config('storage.allow_delete_query', 'true', true)`,
        [caller.role, JSON.stringify(caller.claims), caller.userId ?? ''],
      ),
    fn,
  );
}

/** As the Storage service itself (the tables' owner, no RLS): bucket settings, public and signed reads. */
export function asService<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return inTransaction(db, (tx) => tx.query(`select set_config('storage.allow_delete_query', 'true', true)`), fn);
}
