import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import ws from 'ws';
import { inject } from 'vitest';
import type { Database } from '../../src/lib/database.types.ts';

export const stack = () => inject('stack');

/** A distinct client address per client, so per-IP auth rate limits never couple two tests. */
export const fakeIp = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

// Node 20 has no global WebSocket; supabase-js's realtime client needs one handed in.
const realtime = { transport: ws as unknown as typeof WebSocket };

export function anonClient(): SupabaseClient<Database> {
  return createClient<Database>(stack().apiUrl, stack().anonKey, {
    realtime,
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    global: { headers: { 'x-forwarded-for': fakeIp() } },
  });
}

export function serviceClient(): SupabaseClient<Database> {
  return createClient<Database>(stack().apiUrl, stack().serviceRoleKey, {
    realtime,
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
  });
}

export const uniqueEmail = (label = 'user') => `${label}-${randomUUID().slice(0, 8)}@example.com`;
export const STRONG_PASSWORD = 'Interview42!';

/** Signs up a fresh user through the real auth API; returns a client acting as that user. */
export async function signedInUser(label = 'user') {
  const client = anonClient();
  const email = uniqueEmail(label);
  const { data, error } = await client.auth.signUp({ email, password: STRONG_PASSWORD, options: { data: { full_name: `Test ${label}` } } });
  if (error || !data.user || !data.session) throw new Error(`sign-up failed: ${error?.message}`);
  return { client, user: data.user, session: data.session, email };
}

/** Runs SQL as the database superuser (fixtures, assertions the API can't see). */
export async function sql<T extends pg.QueryResultRow = Record<string, unknown>>(text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: stack().dbUrl });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}
