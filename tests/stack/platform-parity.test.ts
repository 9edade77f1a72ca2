// The local bootstrap must leave the platform exactly as hosted Supabase has it, except for the
// differences listed with a reason in stack/postgres/hosted-platform.ts — so that a change that
// needs superuser rights, service_role access to auth.*, or other local looseness fails here first.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { platformCatalogue } from '../../stack/postgres/catalogue.ts';
import { authTableFacts, GOTRUE_TABLES, HOSTED_PLATFORM_FACTS, KNOWN_DIFFERENCES } from '../../stack/postgres/hosted-platform.ts';
import { anonClient, serviceClient, sql, stack } from '../helpers/stack.ts';
import { ownPostgres } from '../helpers/own-stack.ts';

describe('a freshly bootstrapped database', () => {
  const own = ownPostgres('parity');
  let client: pg.Client;
  let local: string[];

  beforeAll(async () => {
    client = new pg.Client({ connectionString: own.postgres.url() });
    await client.connect();
    local = await platformCatalogue(client);
  });
  afterAll(async () => {
    await client?.end();
  });

  /** Hosted facts, with GoTrue's per-table facts for the GoTrue tables the local auth service creates. */
  function hostedFacts(): string[] {
    const localAuthTables = local.flatMap((fact) => /^table auth\.(\w+):/.exec(fact)?.[1] ?? []);
    return [...HOSTED_PLATFORM_FACTS, ...GOTRUE_TABLES.filter((table) => localAuthTables.includes(table)).flatMap(authTableFacts)];
  }

  it('matches the hosted platform catalogue except for the listed differences', () => {
    const hosted = new Set(hostedFacts());
    const here = new Set(local);
    const differences = [
      ...[...hosted].filter((fact) => !here.has(fact)).map((fact) => ({ kind: 'missing' as const, fact })),
      ...[...here].filter((fact) => !hosted.has(fact)).map((fact) => ({ kind: 'extra' as const, fact })),
    ];
    const listed = (d: { kind: string; fact: string }) => KNOWN_DIFFERENCES.some((k) => k.kind === d.kind && k.fact === d.fact);
    expect(differences.filter((d) => !listed(d)).map((d) => `${d.kind}: ${d.fact}`)).toEqual([]);
    // A listed difference that no longer exists must be removed from the list.
    const stale = KNOWN_DIFFERENCES.filter((k) => !differences.some((d) => d.kind === k.kind && d.fact === k.fact));
    expect(stale.map((k) => `${k.kind}: ${k.fact}`)).toEqual([]);
  });

  it('has only GoTrue tables in auth, besides listed local additions', () => {
    const localOnly = local
      .flatMap((fact) => /^table auth\.(\w+):/.exec(fact)?.[1] ?? [])
      .filter((table) => !GOTRUE_TABLES.includes(table))
      .filter((table) => !KNOWN_DIFFERENCES.some((k) => k.kind === 'extra' && k.fact.startsWith(`table auth.${table}:`)));
    expect(localOnly).toEqual([]);
  });

  it('gives every listed difference a reason', () => {
    for (const difference of KNOWN_DIFFERENCES) expect(difference.reason.length, difference.fact).toBeGreaterThan(20);
  });

  it('runs ordinary migrations as the non-superuser postgres, as on hosted', async () => {
    const { rows } = await client.query<{ rolsuper: boolean }>('select rolsuper from pg_roles where rolname = current_user');
    expect(rows[0]!.rolsuper).toBe(false);
    await client.query('begin');
    try {
      await client.query(`
        create schema private_probe;
        create table public.probe (id bigint generated always as identity primary key, owner uuid references auth.users (id));
        create function private_probe.touch() returns trigger language plpgsql security definer set search_path = '' as $$ begin return new; end $$;
        create trigger probe_touch after insert on auth.users for each row execute function private_probe.touch();
        drop trigger probe_touch on auth.users;
        alter function private_probe.touch() set schema public;
        revoke execute on function public.touch() from public, anon;
        grant select on auth.users to authenticated;
        revoke select on auth.users from authenticated;
        set local session_replication_role = replica;`);
    } finally {
      await client.query('rollback');
    }
  });
});

describe('the API roles on the running stack', () => {
  it('gives service_role no access to auth tables (permission denied, as on hosted)', async () => {
    const [row] = await sql<{ allowed: boolean }>(`select has_table_privilege('service_role', 'auth.users', 'select') as allowed`);
    expect(row!.allowed).toBe(false);
    const client = new pg.Client({ connectionString: stack().dbUrl });
    await client.connect();
    try {
      await client.query('begin');
      await client.query('set local role service_role');
      await expect(client.query('select count(*) from auth.users')).rejects.toThrow(/permission denied for table users/);
    } finally {
      await client.query('rollback');
      await client.end();
    }
  });

  it('keeps auth out of the REST API for anon and service_role alike', async () => {
    for (const client of [anonClient(), serviceClient()]) {
      const { error } = await client
        .schema('auth' as 'public')
        .from('users' as 'plans')
        .select('id');
      expect(error).not.toBeNull();
    }
  });

  it('connects tests and tools as the non-superuser project owner', async () => {
    expect(new URL(stack().dbUrl).username).toBe('postgres');
    const [row] = await sql<{ rolsuper: boolean }>('select rolsuper from pg_roles where rolname = current_user');
    expect(row!.rolsuper).toBe(false);
  });
});
