// Supabase clients for edge functions.
//
// - serviceClient(): the service role. Bypasses RLS: use it ONLY for writes the user must not be able to
//   forge (scores, reports, usage events) and always after the caller's ownership has been checked.
// - requireUser(request): resolves the caller from the `Authorization: Bearer <user JWT>` header (see jwt.ts:
//   verified in the isolate where a key is available, by the Auth server otherwise; a valid anon/service key
//   alone is not a user) and returns a client that acts AS that user, so reads go through RLS. It also refuses
//   an account that may not act (blocked, pending, no profile), unless the function's first RPC does that
//   itself (see handler.ts, `account`).
// - callRpc(): one RPC through PostgREST; PTxxx errors (raised by our SQL with a machine code in `detail`) become
//   HttpErrors with that status and code (db-errors.ts, shared with the direct connection of db.ts).
import { createClient, type SupabaseClient } from 'npm:@supabase/supabase-js@2';
import { dbTraceEnabled, tracedFetch } from './db-trace.ts';
import { dbError } from './db-errors.ts';
import { HttpError } from './http.ts';
import { verifyUserJwt } from './jwt.ts';
import { assertAccountActive as assertActive } from './rpc.ts';
import type { Database, Json } from './database.types.ts';

export type { Database, Json, Tables, TablesInsert } from './database.types.ts';
export { dbError } from './db-errors.ts';

type TableName = keyof Database['public']['Tables'];
/**
 * An insert row that leaves out columns a before-insert trigger fills (owner, position): the generator
 * sees only NOT NULL columns without a default. Pass it to insert() as TablesInsert<T>.
 */
export type InsertFilledByTrigger<T extends TableName, K extends keyof Database['public']['Tables'][T]['Insert']> =
  & Omit<Database['public']['Tables'][T]['Insert'], K>
  & Partial<Pick<Database['public']['Tables'][T]['Insert'], K>>;

/** A client typed with the generated schema (`npm run db:types`): table, column and RPC names are checked. */
export type Client = SupabaseClient<Database>;

function env(name: string): string {
  const value = Deno.env.get(name);
  if (!value) throw new HttpError(500, 'server_misconfigured', `The function is missing the ${name} setting.`);
  return value;
}

const clientOptions = () => ({
  auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
  global: dbTraceEnabled() ? { fetch: tracedFetch } : {},
});

let service: Client | undefined;
let anon: Client | undefined;

/** The service-role client (cached per isolate). */
export function serviceClient(): Client {
  service ??= createClient<Database>(env('SUPABASE_URL'), env('SUPABASE_SERVICE_ROLE_KEY'), clientOptions());
  return service;
}

/** The anon client (cached per isolate): auth calls that carry the token themselves. */
export function anonClient(): Client {
  anon ??= createClient<Database>(env('SUPABASE_URL'), env('SUPABASE_ANON_KEY'), clientOptions());
  return anon;
}

/** A client acting as the bearer of `authorization` (RLS applies). */
export function userClient(authorization: string): Client {
  const options = clientOptions();
  return createClient<Database>(env('SUPABASE_URL'), env('SUPABASE_ANON_KEY'), {
    ...options,
    global: { ...options.global, headers: { Authorization: authorization } },
  });
}

export interface CallerUser {
  id: string;
  email: string | null;
  role: string;
}

export interface Caller {
  user: CallerUser;
  /** Acts as the user: RLS applies. Created on first use (most steps need only the service role). */
  readonly client: Client;
  token: string;
}

/**
 * Resolves the signed-in user of the request or throws 401. With `checkAccount: false` the caller's account
 * status is left to the function's first RPC (one round trip less), which must then raise the same codes.
 */
export async function requireUser(request: Request, { checkAccount = true }: { checkAccount?: boolean } = {}): Promise<Caller> {
  const authorization = request.headers.get('Authorization') ?? '';
  const token = /^Bearer\s+(.+)$/i.exec(authorization)?.[1]?.trim();
  if (!token) throw new HttpError(401, 'not_authenticated', 'Sign in first: the request has no Authorization bearer token.');
  const claims = await verifyUserJwt(token, anonClient);
  if (!claims) throw new HttpError(401, 'not_authenticated', 'Your session is invalid or has expired. Sign in again.');
  if (checkAccount) await assertAccountActive(claims.sub);
  let client: Client | undefined;
  return {
    user: { id: claims.sub, email: claims.email ?? null, role: claims.role },
    get client() {
      client ??= userClient(`Bearer ${token}`);
      return client;
    },
    token,
  };
}

/**
 * A blocked (or pending) account keeps a valid access token until it expires; the database refuses its
 * requests with account_blocked / account_pending, and the functions answer the same code with 403 so the
 * SPA signs the person out instead of showing "not found" errors. The codes and messages come from
 * private.assert_account_active, which the claim RPCs of generate-questions, score-answer and
 * complete-interview run first.
 */
export async function assertAccountActive(userId: string): Promise<void> {
  await assertActive({ p_user_id: userId });
}

type Rpc = Database['public']['Functions'];
export type RpcName = keyof Rpc & string;

/**
 * A value for a json/jsonb column or argument. The generated `Json` type has an index signature that
 * TypeScript interfaces (Evaluation, report sections) lack, so plain-data values built from them are
 * passed through here rather than cast at each call.
 */
export function asJson(value: unknown): Json {
  return value as Json;
}

/** Calls an RPC with the given client; PTxxx errors keep their status and code, anything else is a 500 (db-errors.ts). */
export async function callRpc<T, F extends RpcName = RpcName>(client: Client, fn: F, args: Rpc[F]['Args'], context: string): Promise<T> {
  const { data, error } = await client.rpc(fn, args);
  if (error) dbError(error, context);
  return data as T;
}
