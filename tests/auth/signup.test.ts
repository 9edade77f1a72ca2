import { AuthApiError, AuthWeakPasswordError } from '@supabase/supabase-js';
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { authUrl, client, decodeJwt, raw, signUp, sql, stack, strongPassword, uniqueEmail } from './helpers.ts';

describe('GET /health and /settings', () => {
  it('reports GoTrue', async () => {
    const res = await raw('/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: 'GoTrue', description: expect.any(String), version: expect.any(String) });
  });

  it('describes the local configuration', async () => {
    const res = await raw('/settings');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      disable_signup: false,
      mailer_autoconfirm: true,
      phone_autoconfirm: false,
      sms_provider: '',
      saml_enabled: false,
    });
    expect(res.body.external.email).toBe(true);
    expect(res.body.external.phone).toBe(false);
    expect(res.body.external.google).toBe(true); // the local OIDC simulator stands in for Google
  });
});

describe('POST /signup', () => {
  it('returns a GoTrue session for a new user (autoconfirm)', async () => {
    const email = uniqueEmail('Signup');
    const password = strongPassword();
    const before = Math.floor(Date.now() / 1000);
    const { data, error } = await client().auth.signUp({
      email: `  ${email.toUpperCase()} `,
      password,
      options: { data: { full_name: 'Ada Lovelace' } },
    });
    expect(error).toBeNull();
    const session = data.session!;
    expect(session.token_type).toBe('bearer');
    expect(session.expires_in).toBeGreaterThan(0);
    expect(session.expires_at).toBeGreaterThanOrEqual(before + session.expires_in);
    expect(session.refresh_token).toMatch(/^[A-Za-z0-9_-]{12,}$/);

    const user = data.user!;
    expect(user.email).toBe(email.toLowerCase());
    expect(user.aud).toBe('authenticated');
    expect(user.role).toBe('authenticated');
    expect(user.email_confirmed_at).toEqual(expect.any(String));
    expect(user.confirmed_at).toEqual(expect.any(String));
    expect(user.last_sign_in_at).toEqual(expect.any(String));
    expect(user.phone).toBe('');
    expect(user.is_anonymous).toBe(false);
    expect(user.app_metadata).toEqual({ provider: 'email', providers: ['email'] });
    expect(user.user_metadata).toEqual({
      full_name: 'Ada Lovelace',
      sub: user.id,
      email: email.toLowerCase(),
      email_verified: true,
      phone_verified: false,
    });
    expect(user.identities).toHaveLength(1);
    expect(user.identities![0]).toMatchObject({
      id: user.id,
      user_id: user.id,
      provider: 'email',
      identity_data: { sub: user.id, email: email.toLowerCase(), email_verified: false, phone_verified: false },
      email: email.toLowerCase(),
    });
    expect(user.identities![0]!.identity_id).toMatch(/^[0-9a-f-]{36}$/);

    // JWT: GoTrue's exact claim set, HS256 with the shared secret.
    const [header, payload, signature] = session.access_token.split('.');
    expect(createHmac('sha256', stack.jwtSecret).update(`${header}.${payload}`).digest('base64url')).toBe(signature);
    const claims = decodeJwt(session.access_token);
    expect(Object.keys(claims).sort()).toEqual(
      [
        'aal',
        'amr',
        'app_metadata',
        'aud',
        'email',
        'exp',
        'iat',
        'is_anonymous',
        'iss',
        'phone',
        'role',
        'session_id',
        'sub',
        'user_metadata',
      ].sort(),
    );
    expect(claims).toMatchObject({
      iss: authUrl,
      sub: user.id,
      aud: 'authenticated',
      role: 'authenticated',
      email: email.toLowerCase(),
      phone: '',
      aal: 'aal1',
      is_anonymous: false,
      app_metadata: { provider: 'email', providers: ['email'] },
      user_metadata: { full_name: 'Ada Lovelace' },
    });
    expect(claims.exp - claims.iat).toBe(session.expires_in);
    expect(claims.exp).toBe(session.expires_at);
    expect(claims.amr).toEqual([{ method: 'password', timestamp: expect.any(Number) }]);

    // GoTrue's own tables.
    const [row] = await sql(
      `select aud, role, email, encrypted_password, raw_app_meta_data, raw_user_meta_data, email_confirmed_at, instance_id::text, confirmation_token
         from auth.users where id = $1`,
      [user.id],
    );
    expect(row!.encrypted_password).toMatch(/^\$2a\$\d\d\$/);
    expect(row!.encrypted_password).not.toContain(password);
    expect(row!.instance_id).toBe('00000000-0000-0000-0000-000000000000');
    expect(row!.confirmation_token).toBe('');
    const identities = await sql(`select provider, provider_id, identity_data from auth.identities where user_id = $1`, [user.id]);
    expect(identities).toEqual([{ provider: 'email', provider_id: user.id, identity_data: expect.objectContaining({ sub: user.id }) }]);
    const sessions = await sql(`select id::text, aal::text, host(ip) as ip from auth.sessions where user_id = $1`, [user.id]);
    expect(sessions).toEqual([{ id: claims.session_id, aal: 'aal1', ip: expect.any(String) }]);
    const tokens = await sql(`select token, revoked, parent, session_id::text from auth.refresh_tokens where user_id = $1`, [user.id]);
    expect(tokens).toEqual([{ token: session.refresh_token, revoked: false, parent: null, session_id: claims.session_id }]);
    const actions = await sql(
      `select payload->>'action' as action from auth.audit_log_entries where payload->>'actor_id' = $1 order by created_at`,
      [user.id],
    );
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(['user_signedup', 'login']));

    // The password works.
    const signIn = await client().auth.signInWithPassword({ email, password });
    expect(signIn.error).toBeNull();
  });

  it('refuses an e-mail that is already registered (any case) with 422 user_already_exists', async () => {
    const { email } = await signUp();
    const { data, error } = await client().auth.signUp({ email: email.toUpperCase(), password: strongPassword() });
    expect(data.session).toBeNull();
    expect(error).toBeInstanceOf(AuthApiError);
    expect(error).toMatchObject({ status: 422, code: 'user_already_exists', message: 'User already registered' });
    expect(await sql(`select count(*)::int as n from auth.users where lower(email) = $1`, [email])).toEqual([{ n: 1 }]);
  });

  it('rejects malformed and undeliverable e-mail addresses', async () => {
    const sb = client();
    const malformed = await sb.auth.signUp({ email: 'not-an-email', password: strongPassword() });
    expect(malformed.error).toMatchObject({
      status: 400,
      code: 'validation_failed',
      message: 'Unable to validate email address: invalid format',
    });
    const undeliverable = await sb.auth.signUp({ email: 'someone@mailhost.invalid', password: strongPassword() });
    expect(undeliverable.error).toMatchObject({ status: 400, code: 'email_address_invalid' });
    const missing = await raw('/signup', { method: 'POST', body: { password: strongPassword() } });
    expect(missing.status).toBe(400);
    expect(missing.body.code).toBe('validation_failed');
  });

  it('enforces the password policy with 422 weak_password and reasons', async () => {
    const sb = client();
    const email = uniqueEmail();
    const short = await sb.auth.signUp({ email, password: 'Ab1' });
    expect(short.error).toBeInstanceOf(AuthWeakPasswordError);
    expect(short.error).toMatchObject({ status: 422, code: 'weak_password' });
    expect((short.error as AuthWeakPasswordError).reasons).toEqual(['length']);
    expect(short.error!.message).toContain('at least 8 characters');

    const noUpperNoDigit = await sb.auth.signUp({ email, password: 'alllowercase' });
    expect((noUpperNoDigit.error as AuthWeakPasswordError).reasons).toEqual(['characters']);
    expect(noUpperNoDigit.error!.message).toContain('an uppercase letter and a digit');

    const both = await raw('/signup', { method: 'POST', body: { email, password: 'abc' } });
    expect(both.status).toBe(422);
    expect(both.body).toMatchObject({ code: 'weak_password', weak_password: { reasons: ['length', 'characters'] } });

    const empty = await raw('/signup', { method: 'POST', body: { email, password: '' } });
    expect(empty.status).toBe(422);
    expect(empty.body.code).toBe('validation_failed');
    expect(await sql(`select 1 from auth.users where email = $1`, [email])).toEqual([]);
  });

  it('answers malformed JSON with 400 bad_json', async () => {
    const res = await raw('/signup', { method: 'POST', body: '{"email": ' });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('bad_json');
    const wrongType = await raw('/signup', { method: 'POST', body: { email: 42, password: strongPassword() } });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.code).toBe('bad_json');
  });

  it('uses the legacy error body without the API version header, and the 2024-01-01 body with it', async () => {
    const legacy = await raw('/signup', { method: 'POST', body: '{', versioned: false });
    expect(legacy.headers.get('x-supabase-api-version')).toBeNull();
    expect(legacy.body).toEqual({
      code: 400,
      error_code: 'bad_json',
      msg: expect.stringContaining('Could not parse request body as JSON'),
    });
    const versioned = await raw('/signup', { method: 'POST', body: '{' });
    expect(versioned.headers.get('x-supabase-api-version')).toBe('2024-01-01');
    expect(versioned.body).toEqual({ code: 'bad_json', message: expect.stringContaining('Could not parse request body as JSON') });
  });

  it('returns 500 "Database error saving new user" and writes nothing when an auth.users trigger fails', async () => {
    const email = uniqueEmail('trigger-fails');
    const fn = `auth_test_fail_${Math.random().toString(36).slice(2, 10)}`;
    await sql(`create function public.${fn}() returns trigger language plpgsql as $$
      begin
        if new.email like 'trigger-fails-%' then raise exception 'profile creation failed'; end if;
        return new;
      end $$`);
    await sql(`create trigger ${fn} after insert on auth.users for each row execute function public.${fn}()`);
    try {
      const res = await raw('/signup', { method: 'POST', body: { email, password: strongPassword() } });
      expect(res.status).toBe(500);
      expect(res.body).toEqual({ code: 'unexpected_failure', message: 'Database error saving new user' });
      const legacy = await raw('/signup', { method: 'POST', body: { email, password: strongPassword() }, versioned: false });
      expect(legacy.body).toMatchObject({ code: 500, error_code: 'unexpected_failure', msg: 'Database error saving new user' });

      const { error } = await client().auth.signUp({ email, password: strongPassword() });
      expect(error?.status).toBe(500);

      expect(await sql(`select 1 from auth.users where email = $1`, [email])).toEqual([]);
      expect(await sql(`select 1 from auth.identities where identity_data->>'email' = $1`, [email])).toEqual([]);
      expect(
        await sql(`select 1 from auth.audit_log_entries where payload->>'actor_username' = $1 and payload->>'action' = 'user_signedup'`, [
          email,
        ]),
      ).toEqual([]);
    } finally {
      await sql(`drop trigger if exists ${fn} on auth.users`);
      await sql(`drop function if exists public.${fn}()`);
    }
    // The same address signs up fine once the trigger is gone.
    const ok = await client().auth.signUp({ email, password: strongPassword() });
    expect(ok.error).toBeNull();
  });
});
