// Hosted refuses an UPDATE/DELETE without WHERE sent through the API (pg-safeupdate, preloaded for
// authenticator); the local stack's stand-in (stack/postgres/bootstrap.sql) must refuse the same.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceClient } from '../helpers/stack.ts';
import { ownPostgres } from '../helpers/own-stack.ts';

describe('UPDATE without WHERE through the REST API', () => {
  it('is refused with 21000, while a filtered one goes through', async () => {
    const service = serviceClient();
    // Sets every plan's currency to the value it already has: harmless even if it were let through.
    const unfiltered = await service.from('plans').update({ currency: 'usd' });
    expect(unfiltered.error).toMatchObject({ code: '21000', message: 'UPDATE requires a WHERE clause' });
    const filtered = await service.from('plans').update({ currency: 'usd' }).eq('id', 'free');
    expect(filtered.error).toBeNull();
  });
});

describe('statements shaped like PostgREST 12 mutations', () => {
  const own = ownPostgres('safeupdate');
  let owner: pg.Client;
  let api: pg.Client;

  beforeAll(async () => {
    owner = new pg.Client({ connectionString: own.postgres.url() });
    await owner.connect();
    await owner.query(`create table public.items (id int primary key, v text); insert into public.items values (1, 'a'), (2, 'b')`);
    api = new pg.Client({ connectionString: own.postgres.url('authenticator') });
    await api.connect();
  });
  afterAll(async () => {
    await api?.end();
    await owner?.end();
  });

  /** Runs one statement the way PostgREST does: as authenticator, switched to service_role, with the request's method. */
  async function asApi(method: string, statement: string) {
    await api.query('begin');
    try {
      await api.query(`select set_config('role', 'service_role', true), set_config('request.method', $1, true)`, [method]);
      return await api.query(`WITH pgrst_source AS (${statement} RETURNING 1) SELECT count(*) FROM pgrst_source`);
    } finally {
      await api.query('rollback');
    }
  }

  it('refuses DELETE and UPDATE without WHERE from an API session', async () => {
    await expect(asApi('DELETE', `DELETE FROM "public"."items" `)).rejects.toMatchObject({
      code: '21000',
      message: 'DELETE requires a WHERE clause',
    });
    await expect(asApi('PATCH', `UPDATE "public"."items" SET "v" = 'z' `)).rejects.toMatchObject({ code: '21000' });
  });

  it('lets filtered API statements and the owner\u2019s own statements through', async () => {
    expect((await asApi('DELETE', `DELETE FROM "public"."items"  WHERE  "public"."items"."id" = 1`)).rows[0]).toEqual({ count: '1' });
    await owner.query('begin');
    expect((await owner.query(`delete from public.items`)).rowCount).toBe(2);
    await owner.query('rollback');
  });

  it('guards tables created after the bootstrap, by migrations', async () => {
    await owner.query(`create table public.later (id int)`);
    const { rows } = await owner.query(
      `select count(*)::int as n from pg_trigger where tgrelid = 'public.later'::regclass and tgname = 'local_safeupdate'`,
    );
    expect(rows[0]!.n).toBe(1);
  });
});
