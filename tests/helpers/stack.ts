/**
 * The one place for what the integration and browser tests need from the test stack: supabase-js
 * clients, fresh signed-up users and superuser SQL. The stacks are booted by the integration
 * globalSetup (tests/setup/global-stack.ts) and handed over with inject().
 */
import { createClient, type Session, type SupabaseClient, type User } from '@supabase/supabase-js';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import ws from 'ws';
import { inject } from 'vitest';
import type { StackInfo } from '../../stack/config.ts';
import type { Database } from '../../src/lib/database.types.ts';
import { fetchFrom, loopbackAddress } from './loopback-fetch.ts';

export type Client = SupabaseClient<Database>;

/** The stack every test shares. */
export const stack = () => inject('stack');

/**
 * A distinct client address per client, so per-IP auth rate limits never couple two tests: a
 * loopback address the client's connections leave from (the gateway ignores X-Forwarded-For).
 */
export const fakeIp = loopbackAddress;

// Node 20 has no global WebSocket; supabase-js's realtime client needs one handed in.
const realtime = { transport: ws as unknown as typeof WebSocket };

/** A supabase-js client for a stack (the shared one by default), connecting from its own loopback address. */
export function clientFor(info: StackInfo = stack(), options: { key?: string; ip?: string } = {}): Client {
  return createClient<Database>(info.apiUrl, options.key ?? info.anonKey, {
    realtime,
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    global: { fetch: fetchFrom(options.ip ?? fakeIp()) },
  });
}

export const anonClient = (info: StackInfo = stack()): Client => clientFor(info);
export const serviceClient = (info: StackInfo = stack()): Client => clientFor(info, { key: info.serviceRoleKey });

export const uniqueEmail = (label = 'user') => `${label}-${randomUUID().slice(0, 8)}@example.com`;
export const STRONG_PASSWORD = 'Interview42!';

export interface TestUser {
  client: Client;
  user: User;
  session: Session;
  email: string;
  id: string;
}

/** Signs up a fresh user through the real auth API (supabase-js auth.signUp); returns a client acting as that user. */
export async function signedInUser(
  label = 'user',
  options: { on?: StackInfo; metadata?: Record<string, unknown> } = {},
): Promise<TestUser> {
  const client = anonClient(options.on);
  const email = uniqueEmail(label);
  const { data, error } = await client.auth.signUp({
    email,
    password: STRONG_PASSWORD,
    options: { data: { full_name: `Test ${label}`, ...options.metadata } },
  });
  if (error || !data.user || !data.session) throw new Error(`sign-up failed: ${error?.message}`);
  return { client, user: data.user, session: data.session, email, id: data.user.id };
}

/** Makes a user an admin the way an operator would bootstrap the first one: SQL as the owner. */
export async function makeAdmin(userId: string) {
  await sql(`update public.user_profiles set role = 'admin' where id = $1`, [userId]);
}

// ── superuser SQL ────────────────────────────────────────────────────────────────────────
const pools = new Map<string, pg.Pool>();
function poolFor(dbUrl: string) {
  let pool = pools.get(dbUrl);
  if (!pool) {
    // allowExitOnIdle: a test file that never calls closeSql() still lets its process exit.
    pool = new pg.Pool({ connectionString: dbUrl, max: 4, allowExitOnIdle: true });
    pool.on('error', () => {}); // an idle connection dropped by the server is simply replaced
    pools.set(dbUrl, pool);
  }
  return pool;
}

/** Runs SQL as the database superuser of a given stack. */
export async function sqlOn<T extends pg.QueryResultRow = pg.QueryResultRow>(
  info: StackInfo,
  text: string,
  values: unknown[] = [],
): Promise<T[]> {
  return (await poolFor(info.dbUrl).query<T>(text, values)).rows;
}

/** Runs SQL as the database superuser (fixtures and assertions the API can't see). */
export const sql = <T extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> =>
  sqlOn<T>(stack(), text, values);

/** The one row a query returns (throws when there is none). */
export async function sqlOne<T extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T> {
  const [row] = await sql<T>(text, values);
  if (!row) throw new Error(`expected a row from: ${text}`);
  return row;
}

/** Closes the pooled SQL connections (afterAll). */
export async function closeSql() {
  const open = [...pools.values()];
  pools.clear();
  await Promise.all(open.map((pool) => pool.end()));
}
