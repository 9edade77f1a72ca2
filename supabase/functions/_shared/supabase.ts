// Supabase clients for edge functions.
//
// - serviceClient(): the service role. Bypasses RLS: use it ONLY for writes the user must not be able to
//   forge (scores, reports, usage events) and always after the caller's ownership has been checked.
// - requireUser(request): resolves the caller from the `Authorization: Bearer <user JWT>` header with the
//   anon client + auth.getUser() (a valid anon/service key alone is not a user) and returns a client that
//   acts AS that user, so reads go through RLS.
import { createClient, type SupabaseClient, type User } from 'npm:@supabase/supabase-js@2';
import { HttpError } from './http.ts';

// deno-lint-ignore no-explicit-any
export type Client = SupabaseClient<any, 'public', any>;

function env(name: string): string {
  const value = Deno.env.get(name);
  if (!value) throw new HttpError(500, 'server_misconfigured', `The function is missing the ${name} setting.`);
  return value;
}

const clientOptions = { auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false } };

let service: Client | undefined;

/** The service-role client (cached per isolate). */
export function serviceClient(): Client {
  service ??= createClient(env('SUPABASE_URL'), env('SUPABASE_SERVICE_ROLE_KEY'), clientOptions) as Client;
  return service;
}

/** A client acting as the bearer of `authorization` (RLS applies). */
export function userClient(authorization: string): Client {
  return createClient(env('SUPABASE_URL'), env('SUPABASE_ANON_KEY'), {
    ...clientOptions,
    global: { headers: { Authorization: authorization } },
  }) as Client;
}

export interface Caller {
  user: User;
  /** Acts as the user: RLS applies. */
  client: Client;
  token: string;
}

/** Resolves the signed-in user of the request or throws 401. */
export async function requireUser(request: Request): Promise<Caller> {
  const authorization = request.headers.get('Authorization') ?? '';
  const token = /^Bearer\s+(.+)$/i.exec(authorization)?.[1]?.trim();
  if (!token) throw new HttpError(401, 'unauthorized', 'Sign in first: the request has no Authorization bearer token.');
  const client = userClient(`Bearer ${token}`);
  const { data, error } = await client.auth.getUser(token);
  if (error || !data?.user) {
    throw new HttpError(401, 'unauthorized', 'Your session is invalid or has expired. Sign in again.');
  }
  return { user: data.user, client, token };
}

/** Turns a PostgREST error into an HttpError (or rethrows unknown errors). */
export function dbError(error: { message: string; code?: string; details?: string; hint?: string } | null, context: string): never {
  if (!error) throw new HttpError(500, 'internal_error', `${context} failed.`);
  console.error(`${context}:`, error);
  throw new HttpError(500, 'database_error', `${context} failed: ${error.message}`);
}
