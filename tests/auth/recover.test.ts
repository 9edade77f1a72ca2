import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  fetchFrom,
  authUrl,
  client,
  decodeJwt,
  fragmentParams,
  linkFrom,
  mailbox,
  raw,
  signUp,
  sql,
  strongPassword,
  uniqueEmail,
  uniqueIp,
} from './helpers.ts';

const APP = 'http://localhost:5173';

/** Follows an e-mail link like a browser would: no apikey, no auth header. */
async function openLink(link: string): Promise<{ status: number; location: string }> {
  const res = await fetchFrom(uniqueIp())(link, { redirect: 'manual' });
  return { status: res.status, location: res.headers.get('location') ?? '' };
}

const otpFrom = (text: string) => /code: (\d{6})/.exec(text)?.[1];

describe('password recovery: /recover → mail → /verify → updateUser', () => {
  it('runs end to end with supabase-js', async () => {
    const { email, password, user } = await signUp();
    const redirectTo = `${APP}/reset-password`;
    const reset = await client().auth.resetPasswordForEmail(email, { redirectTo });
    expect(reset).toEqual({ data: {}, error: null });

    const [mail, ...others] = await mailbox.list(email);
    expect(others).toHaveLength(0);
    expect(mail!.subject).toBe('Reset Your Password');
    const link = linkFrom(mail!);
    const url = new URL(link);
    expect(`${url.origin}${url.pathname}`).toBe(`${authUrl}/verify`);
    expect(url.searchParams.get('type')).toBe('recovery');
    expect(url.searchParams.get('redirect_to')).toBe(redirectTo);

    // Only a hash is stored, in users.recovery_token and auth.one_time_tokens: a keyed SHA-224, so
    // unlike GoTrue's plain sha224(email + otp) it cannot be computed from the e-mail and a code.
    const token = url.searchParams.get('token')!;
    const otp = otpFrom(mail!.text)!;
    expect(token).toMatch(/^[0-9a-f]{56}$/);
    expect(token).not.toBe(
      createHash('sha224')
        .update(email + otp)
        .digest('hex'),
    );
    const [row] = await sql(`select recovery_token, recovery_sent_at is not null as sent from auth.users where id = $1`, [user.id]);
    expect(row).toEqual({ recovery_token: token, sent: true });
    const ott = await sql(`select token_type::text, token_hash, relates_to from auth.one_time_tokens where user_id = $1`, [user.id]);
    expect(ott).toEqual([{ token_type: 'recovery_token', token_hash: token, relates_to: email }]);
    expect(JSON.stringify(await sql(`select * from auth.users where id = $1`, [user.id]))).not.toContain(`"${otp}"`);

    // The link signs the user in through the implicit-flow redirect.
    const opened = await openLink(link);
    expect(opened.status).toBe(303);
    expect(opened.location.startsWith(`${redirectTo}#`)).toBe(true);
    const params = fragmentParams(opened.location);
    expect(params).toMatchObject({ token_type: 'bearer', type: 'recovery', expires_in: expect.stringMatching(/^\d+$/) });
    expect(Number(params.expires_at)).toBeGreaterThan(Date.now() / 1000);
    expect(decodeJwt(params.access_token!)).toMatchObject({ sub: user.id, amr: [{ method: 'otp', timestamp: expect.any(Number) }] });

    // What detectSessionInUrl does: adopt the session, then change the password.
    const sb = client();
    const adopted = await sb.auth.setSession({ access_token: params.access_token!, refresh_token: params.refresh_token! });
    expect(adopted.error).toBeNull();
    expect(adopted.data.user!.id).toBe(user.id);
    const newPassword = strongPassword();
    const updated = await sb.auth.updateUser({ password: newPassword });
    expect(updated.error).toBeNull();
    expect((await client().auth.signInWithPassword({ email, password: newPassword })).error).toBeNull();
    expect((await client().auth.signInWithPassword({ email, password })).error?.code).toBe('invalid_credentials');

    // Single use: the same link now fails, with GoTrue's error fragment.
    const reused = await openLink(link);
    expect(reused.status).toBe(303);
    expect(reused.location).toBe(
      `${redirectTo}#error=access_denied&error_code=otp_expired&error_description=Email+link+is+invalid+or+has+expired&sb=`,
    );
    expect(await sql(`select recovery_token from auth.users where id = $1`, [user.id])).toEqual([{ recovery_token: '' }]);
  });

  it('answers 200 {} for unknown addresses without sending mail', async () => {
    const ghost = uniqueEmail('ghost');
    const res = await raw('/recover', { method: 'POST', body: { email: ghost } });
    expect(res).toMatchObject({ status: 200, body: {} });
    expect(await mailbox.list(ghost)).toEqual([]);
    const invalid = await raw('/recover', { method: 'POST', body: { email: 'nope' } });
    expect(invalid.status).toBe(400);
    expect(invalid.body.code).toBe('validation_failed');
    const missing = await raw('/recover', { method: 'POST', body: {} });
    expect(missing.body).toEqual({ code: 'validation_failed', message: 'Password recovery requires an email' });
  });

  it('only redirects to allowed URLs (else SITE_URL)', async () => {
    const { email } = await signUp();
    await client().auth.resetPasswordForEmail(email, { redirectTo: 'https://evil.example.com/steal' });
    const link = new URL(linkFrom((await mailbox.list(email))[0]!));
    expect(link.searchParams.get('redirect_to')).toBe(APP);
    const opened = await openLink(
      `${link.href.split('&redirect_to=')[0]}&redirect_to=${encodeURIComponent('https://evil.example.com/steal')}`,
    );
    expect(opened.location.startsWith(`${APP}#`)).toBe(true);
  });

  it('expires links after an hour', async () => {
    const { email, user } = await signUp();
    await client().auth.resetPasswordForEmail(email, { redirectTo: `${APP}/reset-password` });
    const link = linkFrom((await mailbox.list(email))[0]!);
    await sql(`update auth.users set recovery_sent_at = now() - interval '61 minutes' where id = $1`, [user.id]);
    const opened = await openLink(link);
    expect(fragmentParams(opened.location)).toMatchObject({ error: 'access_denied', error_code: 'otp_expired' });
  });

  it('refuses links of banned users', async () => {
    const { email, user } = await signUp();
    await client().auth.resetPasswordForEmail(email);
    const link = linkFrom((await mailbox.list(email))[0]!);
    await sql(`update auth.users set banned_until = now() + interval '1 hour' where id = $1`, [user.id]);
    const opened = await openLink(link);
    expect(fragmentParams(opened.location)).toMatchObject({ error: 'access_denied', error_code: 'user_banned' });
  });

  it('validates GET /verify parameters', async () => {
    const noType = await raw('/verify?token=abc');
    expect(noType.status).toBe(400);
    expect(noType.body.code).toBe('validation_failed');
    const badType = await openLink(`${authUrl}/verify?token=abc&type=bogus&redirect_to=${encodeURIComponent(APP)}`);
    expect(fragmentParams(badType.location)).toMatchObject({ error: 'invalid_request', error_code: 'validation_failed' });
  });
});

describe('POST /verify (supabase-js verifyOtp)', () => {
  it('accepts the e-mailed code with the address', async () => {
    const { email, user } = await signUp();
    await client().auth.resetPasswordForEmail(email);
    const otp = otpFrom((await mailbox.list(email))[0]!.text)!;
    const wrong = await client().auth.verifyOtp({ email, token: otp === '000000' ? '111111' : '000000', type: 'recovery' });
    expect(wrong.error).toMatchObject({ status: 403, code: 'otp_expired', message: 'Token has expired or is invalid' });
    const { data, error } = await client().auth.verifyOtp({ email: email.toUpperCase(), token: otp, type: 'recovery' });
    expect(error).toBeNull();
    expect(data.session!.user.id).toBe(user.id);
    expect(data.session!.refresh_token).toEqual(expect.any(String));
    const again = await client().auth.verifyOtp({ email, token: otp, type: 'recovery' });
    expect(again.error?.code).toBe('otp_expired');
  });

  it('accepts the token hash', async () => {
    const { email, user } = await signUp();
    await client().auth.resetPasswordForEmail(email);
    const hash = new URL(linkFrom((await mailbox.list(email))[0]!)).searchParams.get('token')!;
    const { data, error } = await client().auth.verifyOtp({ token_hash: hash, type: 'recovery' });
    expect(error).toBeNull();
    expect(data.user!.id).toBe(user.id);
    const again = await client().auth.verifyOtp({ token_hash: hash, type: 'recovery' });
    expect(again.error).toMatchObject({ status: 403, code: 'otp_expired', message: 'Email link is invalid or has expired' });
  });

  it('validates the request', async () => {
    const neither = await raw('/verify', { method: 'POST', body: { type: 'recovery' } });
    expect(neither.body).toEqual({ code: 'validation_failed', message: 'Verify requires either a token or a token hash' });
    const noType = await raw('/verify', { method: 'POST', body: { token_hash: 'abc' } });
    expect(noType.body.code).toBe('validation_failed');
    const bad = await raw('/verify', { method: 'POST', body: 'nope' });
    expect(bad.body.code).toBe('bad_json');
  });
});

describe('magic links (/otp) and /resend', () => {
  it('sends a magic link that signs an existing user in', async () => {
    const { email, user } = await signUp();
    const { error } = await client().auth.signInWithOtp({ email, options: { emailRedirectTo: `${APP}/dashboard` } });
    expect(error).toBeNull();
    const mail = (await mailbox.list(email))[0]!;
    expect(mail.subject).toBe('Your Magic Link');
    const opened = await openLink(linkFrom(mail));
    expect(opened.location.startsWith(`${APP}/dashboard#`)).toBe(true);
    const params = fragmentParams(opened.location);
    expect(params.type).toBe('magiclink');
    expect(decodeJwt(params.access_token!).sub).toBe(user.id);
  });

  it('creates the user unless shouldCreateUser is false', async () => {
    const refused = uniqueEmail('nosignup');
    const no = await client().auth.signInWithOtp({ email: refused, options: { shouldCreateUser: false } });
    expect(no.error).toMatchObject({ status: 422, code: 'otp_disabled' });
    expect(await sql(`select 1 from auth.users where email = $1`, [refused])).toEqual([]);

    const email = uniqueEmail('magic');
    const yes = await client().auth.signInWithOtp({ email, options: { data: { full_name: 'Magic User' } } });
    expect(yes.error).toBeNull();
    const [row] = await sql(
      `select raw_user_meta_data->>'full_name' as name, email_confirmed_at is not null as confirmed from auth.users where email = $1`,
      [email],
    );
    expect(row).toEqual({ name: 'Magic User', confirmed: true });
    const otp = otpFrom((await mailbox.list(email))[0]!.text)!;
    const { data, error } = await client().auth.verifyOtp({ email, token: otp, type: 'email' });
    expect(error).toBeNull();
    expect(data.user!.email).toBe(email);
  });

  it('resend answers {} when nothing is pending', async () => {
    const { email } = await signUp();
    const res = await client().auth.resend({ type: 'signup', email });
    expect(res.error).toBeNull();
    expect(await mailbox.list(email)).toEqual([]);
    const bad = await raw('/resend', { method: 'POST', body: { type: 'bogus', email } });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('validation_failed');
  });
});
