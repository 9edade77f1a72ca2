// The functions' connection pool (supabase/functions/_shared/db.ts) when its connections are terminated in the
// middle of a call or all busy: every call answers (503 database_unavailable when it cannot be served), a broken
// connection is replaced, and no connection is lost. The checks run in Deno against this stack's Postgres
// (_shared/db_pool_against_stack.ts) with a pool of 2 and a 1 s wait for a connection, so that they hold and
// terminate only their own backends, never those of the stack's functions that other test files are using.
import { describe, expect, it } from 'vitest';
import { denoTestAgainstStack } from './helpers.ts';

describe("the edge functions' connection pool", () => {
  it('answers every call, replaces terminated connections and loses none (db.ts against this Postgres)', async () => {
    const output = await denoTestAgainstStack('db_pool_against_stack.ts', { DB_POOL_MAX: '2', DB_POOL_WAIT_MS: '1000' });
    expect(output.stdout, output.stderr).toMatch(/ok \| 6 passed \| 0 failed/);
  });
});
