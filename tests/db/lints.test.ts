/**
 * The migrated database passes our own versions of the checks Supabase's database linter runs
 * (tests/db/lints.sql): no definer function reachable through the API, fixed search paths, RLS on
 * every exposed table, one permissive policy per role and action, auth.uid() evaluated once per
 * query, no security-definer views, indexed foreign keys, no duplicate indexes, and so on. A second
 * test plants one offender per lint in a transaction that is rolled back, so each check is shown
 * to find what it looks for.
 *
 * Not covered: lints that depend on statistics of a live database (unused_index, table_bloat) or on
 * components this project does not use (storage buckets, pgmq queues, pg_graphql).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { stack } from './helpers.ts';

const LINTS = readFileSync(path.join(import.meta.dirname, 'lints.sql'), 'utf8');

/** The schemas PostgREST exposes: supabase/config.toml [api] schemas. */
function exposedSchemas(): string[] {
  const config = readFileSync(path.join(import.meta.dirname, '..', '..', 'supabase', 'config.toml'), 'utf8');
  const api = config.split(/^\[api\]$/m)[1]!.split(/^\[/m)[0]!;
  return JSON.parse(/^schemas\s*=\s*(\[.*\])$/m.exec(api)![1]!) as string[];
}

type Finding = { lint: string; level: string; object: string; detail: string };

async function withClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: stack().dbUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const lint = async (client: pg.Client) => (await client.query<Finding>(LINTS, [exposedSchemas()])).rows;
const describeFindings = (findings: Finding[]) => findings.map((f) => `${f.level} ${f.lint}: ${f.object} — ${f.detail}`).join('\n');

describe('database lints', () => {
  it('reports nothing on the migrated database', async () => {
    const findings = await withClient(lint);
    expect(findings, `lint findings:\n${describeFindings(findings)}`).toEqual([]);
  });

  it('anon may use only get_shared_report of the private schema (it needs usage on the schema for that one)', async () => {
    const callable = await withClient(
      async (client) =>
        (
          await client.query<{ fn: string }>(
            `select p.oid::regprocedure::text as fn from pg_catalog.pg_proc p
             where p.pronamespace = 'private'::regnamespace and pg_catalog.has_function_privilege('anon', p.oid, 'EXECUTE')
             order by 1`,
          )
        ).rows,
    );
    expect(callable.map((r) => r.fn)).toEqual(['private.get_shared_report(text)']);
  });

  it('finds one planted offender per lint', async () => {
    const found = await withClient(async (client) => {
      await client.query('begin');
      try {
        await client.query(`
          create table public.lint_parent (id uuid primary key);
          create table public.lint_child (id uuid primary key, parent_id uuid references public.lint_parent (id), owner uuid);
          alter table public.lint_child enable row level security;
          create policy "lint owner" on public.lint_child for select to authenticated using (owner = auth.uid());
          create policy "lint everyone" on public.lint_child for select to authenticated using (true);
          create policy "lint metadata" on public.lint_child for update to authenticated
            using ((select auth.jwt()) -> 'user_metadata' ->> 'role' = 'x') with check (true);
          create index lint_child_owner_a on public.lint_child (owner);
          create index lint_child_owner_b on public.lint_child (owner);
          create table public.lint_open (id int, api_token text);
          create table private.lint_no_key (x int);
          alter table private.lint_no_key enable row level security;
          create view public.lint_view as select id from public.lint_parent;
          create materialized view public.lint_matview as select id from public.lint_parent;
          grant select on public.lint_matview to authenticated;
          create view public.lint_users as select id, email from auth.users;
          grant select on public.lint_users to authenticated;
          create function public.lint_definer() returns int language sql security definer as 'select 1';
          grant execute on function public.lint_definer() to anon;
        `);
        return await lint(client);
      } finally {
        await client.query('rollback');
      }
    });
    const byLint = (name: string) => found.filter((f) => f.lint === name).map((f) => f.object);
    expect(byLint('security_definer_function_executable')).toContain('public.lint_definer()');
    expect(byLint('function_search_path_mutable')).toContain('public.lint_definer()');
    expect(byLint('rls_disabled_in_exposed_schema')).toEqual(expect.arrayContaining(['public.lint_parent', 'public.lint_open']));
    expect(byLint('sensitive_columns_exposed')).toContain('public.lint_open.api_token');
    expect(byLint('rls_enabled_no_policy')).toContain('private.lint_no_key');
    expect(byLint('no_primary_key')).toEqual(expect.arrayContaining(['public.lint_open', 'private.lint_no_key']));
    expect(byLint('multiple_permissive_policies')).toContain('public.lint_child');
    expect(byLint('auth_rls_initplan')).toContain('public.lint_child');
    expect(byLint('rls_references_user_metadata')).toContain('public.lint_child');
    expect(byLint('rls_policy_always_true')).toContain('public.lint_child');
    expect(byLint('duplicate_index')).toContain('public.lint_child');
    expect(byLint('unindexed_foreign_keys')).toContain('public.lint_child');
    expect(byLint('security_definer_view')).toContain('public.lint_view');
    expect(byLint('materialized_view_in_api')).toContain('public.lint_matview');
    expect(byLint('auth_users_exposed')).toContain('public.lint_users');
    // and the planted table with a policy but RLS off
    const policyNoRls = await withClient(async (client) => {
      await client.query('begin');
      try {
        await client.query(`
          create table public.lint_off (id int primary key);
          create policy "lint off" on public.lint_off for select to authenticated using (true);`);
        return (await lint(client)).filter((f) => f.lint === 'policy_exists_rls_disabled').map((f) => f.object);
      } finally {
        await client.query('rollback');
      }
    });
    expect(policyNoRls).toContain('public.lint_off');
  });
});
