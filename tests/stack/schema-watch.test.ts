// The event triggers that tell PostgREST to reload its schema cache (stack/postgres/schema-watch.sql). A reload
// holds every API request until it is done, so routine work that changes nothing PostgREST can see (the
// analytics refresh of a materialized view every 15 minutes, a temporary table living for one transaction) must
// not ask for one; a change of what the API exposes must.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceClient, stack } from '../helpers/stack.ts';

const SENTINEL = 'schema_watch_test_sentinel';
const PROBE_FUNCTION = 'schema_watch_test_probe';

let listener: pg.Client;
let actor: pg.Client;
let actorPid: number;
const heard: { channel: string; pid: number; payload?: string }[] = [];

beforeAll(async () => {
  listener = new pg.Client({ connectionString: stack().dbUrl });
  actor = new pg.Client({ connectionString: stack().dbUrl });
  await Promise.all([listener.connect(), actor.connect()]);
  listener.on('notification', (note) => heard.push({ channel: note.channel, pid: note.processId, payload: note.payload }));
  await listener.query(`listen pgrst; listen ${SENTINEL}`);
  actorPid = (await actor.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid;
});

afterAll(async () => {
  await actor
    .query(`drop function if exists public.${PROBE_FUNCTION}(); drop schema if exists schema_watch_test cascade`)
    .catch(() => undefined);
  await Promise.all([listener.end(), actor.end()]);
});

/**
 * Runs `statements` on the actor's session, then a notification of its own: notifications reach a listener in
 * commit order, so once that one arrives every reload request the statements made has arrived too. Returns the
 * reload requests of the actor's session alone (other test files may change the schema meanwhile).
 */
async function reloadsAfter(statements: string): Promise<number> {
  const marker = `${Date.now()}-${Math.random()}`;
  const from = heard.length;
  await actor.query(statements);
  await actor.query('select pg_notify($1, $2)', [SENTINEL, marker]);
  const deadline = Date.now() + 10_000;
  while (!heard.slice(from).some((note) => note.channel === SENTINEL && note.payload === marker)) {
    if (Date.now() > deadline) throw new Error('the sentinel notification never arrived');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return heard.slice(from).filter((note) => note.channel === 'pgrst' && note.pid === actorPid).length;
}

describe("PostgREST's schema-cache watch (local stack)", () => {
  it('asks for no reload when the analytics refresh rebuilds its materialized view', async () => {
    expect(await reloadsAfter('select analytics.refresh()')).toBe(0);
  });

  it('asks for no reload for a temporary table created and dropped within a transaction', async () => {
    expect(
      await reloadsAfter(
        'begin; create temporary table schema_watch_scratch (id int primary key) on commit drop; insert into schema_watch_scratch values (1); commit',
      ),
    ).toBe(0);
  });

  it('asks for a reload when a function the API exposes is created or dropped, and PostgREST then serves it', async () => {
    expect(
      await reloadsAfter(`create function public.${PROBE_FUNCTION}() returns int language sql stable as 'select 42';
        grant execute on function public.${PROBE_FUNCTION}() to service_role`),
    ).toBe(1);

    let answer: { data: unknown; error: unknown } = { data: null, error: 'not called yet' };
    for (const deadline = Date.now() + 10_000; Date.now() < deadline;) {
      answer = await serviceClient().rpc(PROBE_FUNCTION as never);
      if (!answer.error) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(answer).toMatchObject({ data: 42, error: null });

    expect(await reloadsAfter(`drop function public.${PROBE_FUNCTION}()`)).toBe(1);
  });

  it('asks for a reload when a schema or table is created, altered or dropped', async () => {
    expect(await reloadsAfter('create schema schema_watch_test; create table schema_watch_test.t (id int)')).toBe(1);
    expect(await reloadsAfter('alter table schema_watch_test.t add column note text')).toBe(1);
    expect(await reloadsAfter('drop schema schema_watch_test cascade')).toBe(1);
  });
});
