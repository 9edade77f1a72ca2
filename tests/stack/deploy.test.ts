// Deploy safety: the CLI is driven the way its current version supports (no deprecation warning),
// and applying the seed — as `db push --include-seed` does on production — never touches plan prices.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../stack/config.ts';
import { pushArgs, runSupabase, typesArgs } from '../../stack/migrate.ts';
import { ownPostgres } from '../helpers/own-stack.ts';

const PRODUCTION_PRICES = { pro_monthly: 'price_1ProdMonthly', pro_yearly: 'price_1ProdYearly' };

describe('deploying migrations and seed with the Supabase CLI', () => {
  const own = ownPostgres('deploy');
  let client: pg.Client;
  const cliOutput: string[] = [];

  beforeAll(async () => {
    const migrated = await runSupabase(pushArgs(own.postgres.url(), { seed: false }));
    cliOutput.push(migrated.stderr);
    client = new pg.Client({ connectionString: own.postgres.url() });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
  });

  const prices = async () =>
    Object.fromEntries(
      (
        await client.query<{ id: string; stripe_price_id: string | null }>('select id, stripe_price_id from public.plans order by id')
      ).rows.map((row) => [row.id, row.stripe_price_id]),
    );

  it('leaves the prices an operator configured untouched when the seed is applied', async () => {
    for (const [plan, price] of Object.entries(PRODUCTION_PRICES)) {
      await client.query('select private.set_plan_price($1, $2)', [plan, price]);
    }
    const seeded = await runSupabase(pushArgs(own.postgres.url(), { seed: true }));
    cliOutput.push(seeded.stderr);
    expect(seeded.stdout + seeded.stderr).toMatch(/Seeding data from/);
    expect(await prices()).toEqual({ free: null, ...PRODUCTION_PRICES });
    const { rows } = await client.query<{ n: number }>('select count(*)::int as n from public.question_bank');
    expect(rows[0]!.n).toBeGreaterThan(200);
  });

  it('refuses a price id that is not one, or a plan that does not exist, with a machine code', async () => {
    await expect(client.query(`select private.set_plan_price('pro_monthly', 'prod_123')`)).rejects.toMatchObject({
      code: '22023',
      detail: 'invalid_price_id',
    });
    await expect(client.query(`select private.set_plan_price('enterprise', 'price_123')`)).rejects.toMatchObject({
      code: 'P0002',
      detail: 'plan_not_found',
    });
    await expect(client.query(`select private.set_plan_price('free', 'price_123')`)).rejects.toMatchObject({
      detail: 'free_plan_has_no_price',
    });
  });

  it('keeps the price function away from the API roles', async () => {
    const { rows } = await client.query<{ role: string; allowed: boolean }>(
      `select r as role, has_function_privilege(r, 'private.set_plan_price(text, text)', 'execute') as allowed
         from unnest(array['anon', 'authenticated', 'service_role']) r`,
    );
    expect(rows.filter((row) => row.allowed)).toEqual([]);
  });

  it('prints no deprecation warning from the CLI (push, seed, type generation)', async () => {
    cliOutput.push((await runSupabase(typesArgs(own.postgres.url()))).stderr);
    expect(cliOutput.join('\n')).not.toMatch(/deprecat/i);
  });

  it('uses the exact CLI version package.json pins', () => {
    const pinned = (JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> })
      .devDependencies.supabase;
    const installed = (
      JSON.parse(readFileSync(path.join(REPO_ROOT, 'node_modules', 'supabase', 'package.json'), 'utf8')) as { version: string }
    ).version;
    expect(pinned).toBe(installed);
  });
});
