import { AuthApiError } from '@supabase/supabase-js';
import { describe, expect, it } from 'vitest';
import { signJwt } from '../../stack/lib/jwt.ts';
import {
  client,
  decodeJwt,
  fetchFrom,
  fragmentParams,
  linkFrom,
  mailbox,
  raw,
  signUp,
  sql,
  stack,
  strongPassword,
  uniqueEmail,
  uniqueIp,
} from './helpers.ts';

describe('GET /user', () => {
  it('returns the user for a valid access token', async () => {
    const { session, user } = await signUp({ data: { display_name: 'Grace' } });
    const { data, error } = await client().auth.getUser(session.access_token);
    expect(error).toBeNull();
    expect(data.user).toMatchObject({
      id: user.id,
      aud: 'authenticated',
      role: 'authenticated',
      email: user.email,
      phone: '',
      app_metadata: { provider: 'email', providers: ['email'] },
      user_metadata: { display_name: 'Grace' },
      is_anonymous: false,
    });
    for (const key of ['email_confirmed_at', 'confirmed_at', 'last_sign_in_at', 'created_at', 'updated_at']) {
      expect((data.user as unknown as Record<string, string>)[key]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
    }
    expect(data.user!.identities).toHaveLength(1);
  });

  it('rejects missing, invalid and expired tokens like GoTrue', async () => {
    const garbage = await raw('/user', { token: 'not.a.jwt' });
    expect(garbage.status).toBe(403);
    expect(garbage.body.code).toBe('bad_jwt');

    const { session, user } = await signUp();
    const claims = decodeJwt(session.access_token);
    const forged = signJwt({ ...claims }, 'some-other-secret-that-is-long-enough-123');
    const badSig = await raw('/user', { token: forged });
    expect(badSig.status).toBe(403);
    expect(badSig.body.code).toBe('bad_jwt');

    const expired = signJwt({ ...claims, exp: Math.floor(Date.now() / 1000) - 10 }, stack.jwtSecret);
    const exp = await raw('/user', { token: expired });
    expect(exp.status).toBe(403);
    expect(exp.body).toEqual({ code: 'bad_jwt', message: expect.stringContaining('token is expired') });
    const viaJs = await client().auth.getUser(expired);
    expect(viaJs.error).toBeInstanceOf(AuthApiError);
    expect(viaJs.error).toMatchObject({ status: 403, code: 'bad_jwt' });

    // The anon key is a valid JWT but has no user.
    const anon = await raw('/user', { token: stack.anonKey });
    expect(anon.status).toBe(403);
    expect(anon.body.code).toBe('bad_jwt');

    await sql(`delete from auth.users where id = $1`, [user.id]);
    const gone = await raw('/user', { token: session.access_token });
    expect(gone.status).toBe(403);
    expect(gone.body.code).toBe('user_not_found');
  });

  it('answers 403 session_not_found once the session is gone (supabase-js: AuthSessionMissingError)', async () => {
    const { session } = await signUp();
    await sql(`delete from auth.sessions where id = $1`, [decodeJwt(session.access_token).session_id]);
    const res = await raw('/user', { token: session.access_token });
    expect(res.status).toBe(403);
    expect(res.body).toEqual({ code: 'session_not_found', message: 'Session from session_id claim in JWT does not exist' });
    const legacy = await raw('/user', { token: session.access_token, versioned: false });
    expect(legacy.body).toEqual({ code: 403, error_code: 'session_not_found', msg: 'Session from session_id claim in JWT does not exist' });
    const { error } = await client().auth.getUser(session.access_token);
    expect(error?.name).toBe('AuthSessionMissingError');
  });
});

describe('PUT /user', () => {
  it('merges data into user_metadata (null removes a key)', async () => {
    const { client: sb } = await signUp({ data: { a: 1, b: 2 } });
    const { data, error } = await sb.auth.updateUser({ data: { b: null, c: 'three' } });
    expect(error).toBeNull();
    expect(data.user!.user_metadata).toMatchObject({ a: 1, c: 'three' });
    expect(data.user!.user_metadata).not.toHaveProperty('b');
    const [row] = await sql(`select raw_user_meta_data from auth.users where id = $1`, [data.user!.id]);
    expect(row!.raw_user_meta_data).toMatchObject({ a: 1, c: 'three' });
  });

  it('changes the password: policy applies, same password is refused, other sessions end', async () => {
    const { email, password, client: sb, user } = await signUp();
    const other = await client().auth.signInWithPassword({ email, password });
    expect(other.error).toBeNull();

    const weak = await sb.auth.updateUser({ password: 'short' });
    expect(weak.error).toMatchObject({ status: 422, code: 'weak_password' });
    const same = await sb.auth.updateUser({ password });
    expect(same.error).toMatchObject({
      status: 422,
      code: 'same_password',
      message: 'New password should be different from the old password.',
    });

    const newPassword = strongPassword();
    const changed = await sb.auth.updateUser({ password: newPassword });
    expect(changed.error).toBeNull();
    expect((await client().auth.signInWithPassword({ email, password })).error?.code).toBe('invalid_credentials');
    expect((await client().auth.signInWithPassword({ email, password: newPassword })).error).toBeNull();

    // The session that made the change survives; the other one is signed out.
    expect((await sb.auth.getUser()).error).toBeNull();
    const otherUser = await raw('/user', { token: other.data.session!.access_token });
    expect(otherUser.body.code).toBe('session_not_found');
    const audits = await sql(
      `select 1 from auth.audit_log_entries where payload->>'actor_id' = $1 and payload->>'action' = 'user_updated_password'`,
      [user.id],
    );
    expect(audits).toHaveLength(1);
  });

  it('changes the e-mail only once the new and the current address have both confirmed (secure e-mail change)', async () => {
    const { email, password, client: sb, user } = await signUp();
    const newEmail = uniqueEmail('moved');
    const { data, error } = await sb.auth.updateUser({ email: newEmail.toUpperCase() });
    expect(error).toBeNull();
    // Nothing changed yet: the new address is pending and both addresses got a confirmation mail.
    expect(data.user!.email).toBe(email);
    expect(data.user!.new_email).toBe(newEmail);
    expect(data.user!.email_change_sent_at).toEqual(expect.any(String));
    const [toNew] = await mailbox.list(newEmail);
    const [toCurrent] = await mailbox.list(email);
    expect(toNew!.subject).toBe('Confirm Email Change');
    expect(toCurrent!.subject).toBe('Confirm Email Change');
    expect((await client().auth.signInWithPassword({ email: newEmail, password })).error?.code).toBe('invalid_credentials');

    // First confirmation (the new address, by link): accepted, still pending.
    const first = await fetchFrom(uniqueIp())(linkFrom(toNew!), { redirect: 'manual' });
    expect(first.status).toBe(303);
    expect(fragmentParams(first.headers.get('location')!)).toEqual({
      message: 'Confirmation link accepted. Please proceed to confirm link sent to the other email',
    });
    expect((await sb.auth.getUser()).data.user!.email).toBe(email);

    // Second confirmation (the current address, by code): the change applies and signs in.
    const code = /code: (\d{6})/.exec(toCurrent!.text)![1]!;
    const second = await client().auth.verifyOtp({ email, token: code, type: 'email_change' });
    expect(second.error).toBeNull();
    expect(second.data.user!.email).toBe(newEmail);
    expect(second.data.user!.identities![0]!.identity_data!.email).toBe(newEmail);
    expect((await client().auth.signInWithPassword({ email: newEmail, password })).error).toBeNull();
    expect((await client().auth.signInWithPassword({ email: user.email!, password })).error?.code).toBe('invalid_credentials');
  });

  it('refuses an e-mail used by another account with 422 email_exists', async () => {
    const taken = await signUp();
    const { client: sb } = await signUp();
    const { error } = await sb.auth.updateUser({ email: taken.email });
    expect(error).toMatchObject({ status: 422, code: 'email_exists' });
  });

  it('does not let users write app_metadata', async () => {
    const { session } = await signUp();
    const res = await raw('/user', { method: 'PUT', token: session.access_token, body: { app_metadata: { role: 'admin' } } });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('not_admin');
    const bad = await raw('/user', { method: 'PUT', token: session.access_token, body: '[' });
    expect(bad.body.code).toBe('bad_json');
  });
});

describe('POST /logout', () => {
  async function threeSessions() {
    const { email, password } = await signUp();
    const clients = [client(), client(), client()];
    for (const sb of clients) expect((await sb.auth.signInWithPassword({ email, password })).error).toBeNull();
    const tokens = await Promise.all(clients.map(async (sb) => (await sb.auth.getSession()).data.session!));
    return { clients, tokens };
  }
  const alive = async (t: { access_token: string; refresh_token: string }) =>
    (await raw('/user', { token: t.access_token })).status === 200;

  it('scope=local ends only the current session', async () => {
    const { clients, tokens } = await threeSessions();
    const { error } = await clients[0]!.auth.signOut({ scope: 'local' });
    expect(error).toBeNull();
    expect(await Promise.all(tokens.map(alive))).toEqual([false, true, true]);
    const refresh = await raw('/token?grant_type=refresh_token', { method: 'POST', body: { refresh_token: tokens[0]!.refresh_token } });
    expect(refresh.body.code).toBe('refresh_token_not_found');
  });

  it('scope=others ends every session but the current one', async () => {
    const { clients, tokens } = await threeSessions();
    expect((await clients[1]!.auth.signOut({ scope: 'others' })).error).toBeNull();
    expect(await Promise.all(tokens.map(alive))).toEqual([false, true, false]);
  });

  it('scope=global (the default) ends all sessions', async () => {
    const { clients, tokens } = await threeSessions();
    expect((await clients[2]!.auth.signOut()).error).toBeNull();
    expect(await Promise.all(tokens.map(alive))).toEqual([false, false, false]);
    const audit = await sql(`select 1 from auth.audit_log_entries where payload->>'actor_id' = $1 and payload->>'action' = 'logout'`, [
      decodeJwt(tokens[0]!.access_token).sub,
    ]);
    expect(audit).toHaveLength(1);
  });

  it('answers 204, rejects unknown scopes and requires a bearer token', async () => {
    const { session } = await signUp();
    const bad = await raw('/logout?scope=everything', { method: 'POST', token: session.access_token });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('validation_failed');
    const ok = await raw('/logout?scope=local', { method: 'POST', token: session.access_token });
    expect(ok.status).toBe(204);
    const again = await raw('/logout', { method: 'POST', token: session.access_token });
    expect(again.status).toBe(403);
    expect(again.body.code).toBe('session_not_found');
    const anon = await raw('/logout', { method: 'POST' });
    expect(anon.status).toBe(403);
    expect(anon.body.code).toBe('bad_jwt');
  });
});
