import { AuthApiError } from '@supabase/supabase-js';
import { describe, expect, it } from 'vitest';
import { adminClient, client, decodeJwt, raw, signUp, sql, strongPassword, uniqueEmail, uniqueIp } from './helpers.ts';

describe('POST /token?grant_type=password', () => {
  it('signs in, records last_sign_in_at, the session and an audit entry', async () => {
    const { email, password, user } = await signUp();
    await sql(`update auth.users set last_sign_in_at = now() - interval '1 day' where id = $1`, [user.id]);
    const ip = uniqueIp();
    const sb = client(ip);
    const { data, error } = await sb.auth.signInWithPassword({ email: email.toUpperCase(), password });
    expect(error).toBeNull();
    expect(data.session!.token_type).toBe('bearer');
    expect(data.user!.id).toBe(user.id);
    expect(data.weakPassword ?? null).toBeNull();
    const claims = decodeJwt(data.session!.access_token);
    expect(claims.amr).toEqual([{ method: 'password', timestamp: expect.any(Number) }]);
    const [session] = await sql(`select host(ip) as ip, user_agent from auth.sessions where id = $1`, [claims.session_id]);
    expect(session!.ip).toBe(ip);
    const [row] = await sql(`select last_sign_in_at > now() - interval '1 minute' as recent from auth.users where id = $1`, [user.id]);
    expect(row!.recent).toBe(true);
    const logins = await sql(
      `select 1 from auth.audit_log_entries where payload->>'actor_id' = $1 and payload->>'action' = 'login' and ip_address = $2`,
      [user.id, ip],
    );
    expect(logins.length).toBeGreaterThanOrEqual(1);
    // Each sign-in is its own session.
    expect(await sql(`select count(*)::int as n from auth.sessions where user_id = $1`, [user.id])).toEqual([{ n: 2 }]);
  });

  it('answers wrong passwords and unknown e-mails alike: 400 invalid_credentials', async () => {
    const { email } = await signUp();
    const sb = client();
    const wrong = await sb.auth.signInWithPassword({ email, password: 'Wrong-Passw0rd' });
    expect(wrong.error).toBeInstanceOf(AuthApiError);
    expect(wrong.error).toMatchObject({ status: 400, code: 'invalid_credentials', message: 'Invalid login credentials' });
    const unknown = await sb.auth.signInWithPassword({ email: uniqueEmail('nobody'), password: 'Wrong-Passw0rd' });
    expect(unknown.error).toMatchObject({ status: 400, code: 'invalid_credentials', message: 'Invalid login credentials' });
    const legacy = await raw('/token?grant_type=password', { method: 'POST', body: { email, password: 'nope' }, versioned: false });
    expect(legacy.body).toEqual({ code: 400, error_code: 'invalid_credentials', msg: 'Invalid login credentials' });
  });

  it('validates the request', async () => {
    const noEmail = await raw('/token?grant_type=password', { method: 'POST', body: { password: 'x' } });
    expect(noEmail.status).toBe(400);
    expect(noEmail.body.code).toBe('validation_failed');
    const badJson = await raw('/token?grant_type=password', { method: 'POST', body: 'email=x' });
    expect(badJson.status).toBe(400);
    expect(badJson.body.code).toBe('bad_json');
    const badGrant = await raw('/token?grant_type=magic', { method: 'POST', body: {} });
    expect(badGrant.status).toBe(400);
  });

  it('refuses unconfirmed e-mails with email_not_confirmed', async () => {
    const email = uniqueEmail('unconfirmed');
    const password = strongPassword();
    const created = await adminClient().auth.admin.createUser({ email, password });
    expect(created.error).toBeNull();
    const { error } = await client().auth.signInWithPassword({ email, password });
    expect(error).toMatchObject({ status: 400, code: 'email_not_confirmed', message: 'Email not confirmed' });
  });

  it('returns weak_password on sign-in when the stored password no longer meets the policy', async () => {
    const email = uniqueEmail();
    const password = 'weakpassword';
    const admin = adminClient();
    const created = await admin.auth.admin.createUser({ email, password: strongPassword(), email_confirm: true });
    expect(created.error).toBeNull();
    // Simulate a password set before the policy existed.
    await sql(`update auth.users set encrypted_password = extensions.crypt($2, extensions.gen_salt('bf', 4)) where id = $1`, [
      created.data.user!.id,
      password,
    ]);
    const { data, error } = await client().auth.signInWithPassword({ email, password });
    expect(error).toBeNull();
    expect(data.session).not.toBeNull();
    expect(data.weakPassword).toEqual({ message: expect.any(String), reasons: ['characters'] });
  });
});

describe('banned users', () => {
  it('cannot sign in or refresh (400 user_banned) and their access token is refused', async () => {
    const { email, password, session, user } = await signUp();
    await sql(`update auth.users set banned_until = now() + interval '1 day' where id = $1`, [user.id]);
    const sb = client();
    const signIn = await sb.auth.signInWithPassword({ email, password });
    expect(signIn.error).toMatchObject({ status: 400, code: 'user_banned', message: 'User is banned' });
    const refresh = await sb.auth.refreshSession({ refresh_token: session.refresh_token });
    expect(refresh.error).toMatchObject({ status: 400, code: 'user_banned' });
    const me = await raw('/user', { token: session.access_token });
    expect(me.status).toBe(403);
    expect(me.body.code).toBe('user_banned');
    // A wrong password does not reveal the ban.
    const wrong = await sb.auth.signInWithPassword({ email, password: 'Wrong-Passw0rd' });
    expect(wrong.error?.code).toBe('invalid_credentials');

    // An expired ban no longer applies.
    await sql(`update auth.users set banned_until = now() - interval '1 second' where id = $1`, [user.id]);
    const again = await sb.auth.signInWithPassword({ email, password });
    expect(again.error).toBeNull();
  });
});

describe('POST /token?grant_type=refresh_token', () => {
  it('rotates: the old token is revoked and parents the new one in the same session', async () => {
    const { session, user } = await signUp();
    const sb = client();
    const { data, error } = await sb.auth.refreshSession({ refresh_token: session.refresh_token });
    expect(error).toBeNull();
    const next = data.session!;
    expect(next.refresh_token).not.toBe(session.refresh_token);
    expect(next.user.id).toBe(user.id);
    const oldClaims = decodeJwt(session.access_token);
    const newClaims = decodeJwt(next.access_token);
    expect(newClaims.session_id).toBe(oldClaims.session_id);
    expect(newClaims.amr).toEqual(oldClaims.amr);

    const rows = await sql(`select token, revoked, parent from auth.refresh_tokens where session_id = $1 order by id`, [
      oldClaims.session_id,
    ]);
    expect(rows).toEqual([
      { token: session.refresh_token, revoked: true, parent: null },
      { token: next.refresh_token, revoked: false, parent: session.refresh_token },
    ]);
    const [s] = await sql(`select refreshed_at is not null as refreshed from auth.sessions where id = $1`, [oldClaims.session_id]);
    expect(s!.refreshed).toBe(true);
    const audits = await sql(`select payload->>'action' as action from auth.audit_log_entries where payload->>'actor_id' = $1`, [user.id]);
    expect(audits.map((a) => a.action)).toContain('token_refreshed');

    // The rotated token keeps working.
    const third = await sb.auth.refreshSession({ refresh_token: next.refresh_token });
    expect(third.error).toBeNull();
  });

  it('re-presenting a revoked token within the reuse interval returns the active token (no new rotation)', async () => {
    const { session } = await signUp();
    const sb = client();
    const first = await sb.auth.refreshSession({ refresh_token: session.refresh_token });
    expect(first.error).toBeNull();
    const again = await client().auth.refreshSession({ refresh_token: session.refresh_token });
    expect(again.error).toBeNull();
    expect(again.data.session!.refresh_token).toBe(first.data.session!.refresh_token);
    const sessionId = decodeJwt(session.access_token).session_id;
    expect(await sql(`select count(*)::int as n from auth.refresh_tokens where session_id = $1 and revoked = false`, [sessionId])).toEqual([
      { n: 1 },
    ]);
  });

  it('re-presenting a revoked token after the reuse interval revokes the whole family (attacker and victim)', async () => {
    const { session, user, email, password } = await signUp();
    const other = await client().auth.signInWithPassword({ email, password });
    expect(other.error).toBeNull();
    const victim = client();
    const rotated = await victim.auth.refreshSession({ refresh_token: session.refresh_token });
    expect(rotated.error).toBeNull();
    const victimSession = rotated.data.session!;
    const sessionId = decodeJwt(session.access_token).session_id;
    // Age the revocation beyond any reuse interval.
    await sql(`update auth.refresh_tokens set updated_at = now() - interval '1 day' where token = $1`, [session.refresh_token]);

    const attacker = client();
    const stolen = await attacker.auth.refreshSession({ refresh_token: session.refresh_token });
    expect(stolen.error).toBeInstanceOf(AuthApiError);
    expect(stolen.error).toMatchObject({ status: 400, code: 'refresh_token_already_used', message: 'Invalid Refresh Token: Already Used' });

    // The session is gone: the victim's current refresh token and access token stop working.
    expect(await sql(`select 1 from auth.sessions where id = $1`, [sessionId])).toEqual([]);
    expect(await sql(`select 1 from auth.refresh_tokens where session_id = $1`, [sessionId])).toEqual([]);
    const victimRefresh = await raw('/token?grant_type=refresh_token', {
      method: 'POST',
      body: { refresh_token: victimSession.refresh_token },
    });
    expect(victimRefresh.status).toBe(400);
    expect(victimRefresh.body.code).toBe('refresh_token_not_found');
    const me = await raw('/user', { token: victimSession.access_token });
    expect(me.status).toBe(403);
    expect(me.body.code).toBe('session_not_found');
    const audits = await sql(
      `select payload->'traits'->>'reason' as reason from auth.audit_log_entries where payload->>'actor_id' = $1 and payload->>'action' = 'token_revoked'`,
      [user.id],
    );
    expect(audits).toContainEqual({ reason: 'refresh_token_reuse' });
    // The user's other sessions are untouched.
    const otherRefresh = await client().auth.refreshSession({ refresh_token: other.data.session!.refresh_token });
    expect(otherRefresh.error).toBeNull();
  });

  it('answers unknown tokens with refresh_token_not_found and missing ones with invalid_request', async () => {
    const unknown = await client().auth.refreshSession({ refresh_token: 'definitely-not-a-token' });
    expect(unknown.error).toMatchObject({
      status: 400,
      code: 'refresh_token_not_found',
      message: 'Invalid Refresh Token: Refresh Token Not Found',
    });
    const missing = await raw('/token?grant_type=refresh_token', { method: 'POST', body: {} });
    expect(missing.status).toBe(400);
    expect(missing.body).toEqual({ error: 'invalid_request', error_description: 'refresh_token required' });
  });

  it('refuses tokens of an expired session with session_expired', async () => {
    const { session } = await signUp();
    const sessionId = decodeJwt(session.access_token).session_id;
    await sql(`update auth.sessions set not_after = now() - interval '1 minute' where id = $1`, [sessionId]);
    const res = await client().auth.refreshSession({ refresh_token: session.refresh_token });
    expect(res.error).toMatchObject({ status: 400, code: 'session_expired' });
  });

  it('serialises concurrent refreshes of one token: all succeed with the same successor', async () => {
    const { session } = await signUp();
    const results = await Promise.all(
      Array.from({ length: 4 }, () =>
        raw('/token?grant_type=refresh_token', { method: 'POST', body: { refresh_token: session.refresh_token } }),
      ),
    );
    for (const r of results) expect(r.status).toBe(200);
    expect(new Set(results.map((r) => r.body.refresh_token)).size).toBe(1);
    const sessionId = decodeJwt(session.access_token).session_id;
    expect(await sql(`select count(*)::int as n from auth.refresh_tokens where session_id = $1`, [sessionId])).toEqual([{ n: 2 }]);
  });
});
