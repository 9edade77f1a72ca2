// Who is calling billing: the signed-in user (resolved by the request pipeline, as for every function), a session
// that passed two-factor authentication when the user enrolled a factor (decided in Postgres), and their
// profile status (blocked users can't buy or manage billing).
import { HttpError } from '../http.ts';
import { type Caller, callRpc, type Client, dbError } from '../supabase.ts';

export interface BillingUser {
  id: string;
  email: string | null;
  name: string | null;
}

export async function billingUser(caller: Caller, service: Client): Promise<BillingUser> {
  const { user } = caller;
  // The functions act as service_role, so Postgres is asked with the caller's own JWT: 403 aal2_required
  // for an aal1 session of a user with a verified factor.
  await callRpc(caller.client, 'assert_aal2_if_enrolled', {}, 'Checking your two-factor session');
  const { data: profile, error } = await service.from('user_profiles').select('email, full_name, status').eq('id', user.id)
    .maybeSingle();
  if (error) dbError(error, 'Reading your profile');
  if (!profile) throw new HttpError(403, 'profile_missing', 'Your profile is not ready yet. Try again in a moment.');
  if (profile.status === 'blocked') throw new HttpError(403, 'account_blocked', 'This account is blocked.');
  return {
    id: user.id,
    email: (profile.email as string | null) ?? user.email ?? null,
    name: (profile.full_name as string | null) ?? null,
  };
}
