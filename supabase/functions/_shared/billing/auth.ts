// Who is calling: the user's JWT (Authorization: Bearer …) checked by the auth server, a session that
// passed two-factor authentication when the user enrolled a factor (decided in Postgres), and their
// profile status (blocked users can't buy or manage billing).
import { createClient } from 'npm:@supabase/supabase-js@2';
import { HttpError } from '../http.ts';
import { httpErrorFromPostgrest } from '../supabase.ts';
import type { SupabaseClient } from 'npm:@supabase/supabase-js@2';

export interface BillingUser {
  id: string;
  email: string | null;
  name: string | null;
}

export async function requireUser(request: Request, service: SupabaseClient): Promise<BillingUser> {
  const token = /^Bearer\s+(.+)$/i.exec(request.headers.get('Authorization') ?? '')?.[1];
  const url = Deno.env.get('SUPABASE_URL');
  const anonKey = Deno.env.get('SUPABASE_ANON_KEY');
  if (!url || !anonKey) throw new HttpError(503, 'server_misconfigured', 'SUPABASE_URL / SUPABASE_ANON_KEY are not set.');
  if (!token || token === anonKey) throw new HttpError(401, 'not_authenticated', 'Sign in to manage billing.');
  const client = createClient(url, anonKey, { auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false } });
  const { data, error } = await client.auth.getUser(token);
  if (error || !data.user) throw new HttpError(401, 'not_authenticated', 'Your session has expired. Sign in again.');
  await requireSecondFactorIfEnrolled(url, anonKey, token);
  const { data: profile, error: profileError } = await service.from('user_profiles').select('email, full_name, status').eq(
    'id',
    data.user.id,
  ).maybeSingle();
  if (profileError) throw new Error(`user_profiles: ${profileError.message}`);
  if (!profile) throw new HttpError(403, 'profile_missing', 'Your profile is not ready yet. Try again in a moment.');
  if (profile.status === 'blocked') throw new HttpError(403, 'account_blocked', 'This account is blocked.');
  return {
    id: data.user.id,
    email: (profile.email as string | null) ?? data.user.email ?? null,
    name: (profile.full_name as string | null) ?? null,
  };
}

/**
 * Billing changes need an aal2 session from users with a verified factor. The functions act as
 * service_role, so they ask Postgres with the caller's own JWT (public.assert_aal2_if_enrolled):
 * 403 aal2_required otherwise.
 */
async function requireSecondFactorIfEnrolled(url: string, anonKey: string, token: string): Promise<void> {
  const asUser = createClient(url, anonKey, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    global: { headers: { Authorization: `Bearer ${token}` } },
  });
  const { error } = await asUser.rpc('assert_aal2_if_enrolled');
  if (!error) return;
  const mapped = httpErrorFromPostgrest(error);
  if (mapped) throw mapped;
  throw new Error(`assert_aal2_if_enrolled: ${error.message}`);
}
