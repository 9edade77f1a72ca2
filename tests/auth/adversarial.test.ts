/**
 * The security review's attacks, tried the way an attacker would: through the gateway, with
 * supabase-js or plain HTTP, knowing only the public API, an anon key and a victim's e-mail address.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
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
  uniqueEmail,
  uniqueIp,
  waitForMail,
} from './helpers.ts';

/** Upper bound so a missing limit fails the test instead of looping for ever. */
const MAX_TRIES = 1000;
const SITE_URL = 'http://localhost:5173';
/** More password attempts than the stack's per-client limit (150 per 5 minutes). */
const ATTEMPTS = 200;

const codeFrom = (text: string) => /code: (\d{6})/.exec(text)![1]!;

/** Opens an e-mail link like a browser: no apikey, no auth header, no redirect following. */
async function openLink(link: string): Promise<string> {
  const res = await fetchFrom(uniqueIp())(link, { redirect: 'manual' });
  expect(res.status).toBe(303);
  return res.headers.get('location')!;
}

describe('an attacker rotating X-Forwarded-For', () => {
  it('is still one client: per-IP limits count the connection, and sessions record it', async () => {
    const attacker = uniqueIp();
    // Password spraying, all at once: a different account and a made-up client address each time.
    const results = await Promise.all(
      Array.from({ length: ATTEMPTS }, (_, i) =>
        raw('/token?grant_type=password', {
          method: 'POST',
          ip: attacker,
          headers: { 'X-Forwarded-For': `198.51.100.${i % 250}, 203.0.113.${i % 250}` },
          body: { email: uniqueEmail('spray'), password: 'Winter2026!' },
        }),
      ),
    );
    const limited = results.filter((res) => res.status === 429);
    const accepted = results.filter((res) => res.status !== 429);
    for (const res of accepted) expect(res.body.code).toBe('invalid_credentials');
    for (const res of limited) expect(res.body.code).toBe('over_request_rate_limit');
    // The stack allows 150 per 5 minutes per client; before the fix all 200 got through.
    expect(limited.length).toBeGreaterThan(0);
    expect(accepted.length).toBeLessThan(ATTEMPTS);

    // A session opened with a forged header records the real address.
    const { email, password } = await signUp();
    const me = uniqueIp();
    const res = await raw('/token?grant_type=password', {
      method: 'POST',
      ip: me,
      headers: { 'X-Forwarded-For': '203.0.113.99' },
      body: { email, password },
    });
    expect(res.status).toBe(200);
    const [session] = await sql(`select host(ip) as ip from auth.sessions where id = $1`, [decodeJwt(res.body.access_token).session_id]);
    expect(session!.ip).toBe(me);
  });
});

describe('an attacker guessing a magic-link code', () => {
  it('cannot turn a code into a link: the link hash is not sha224(email + code)', async () => {
    const { email } = await signUp();
    expect((await client().auth.signInWithOtp({ email, options: { shouldCreateUser: false } })).error).toBeNull();
    const mail = await waitForMail(email);
    // Even with the right code, GoTrue's public formula gives a hash the service does not accept.
    const guessedHash = createHash('sha224')
      .update(email + codeFrom(mail.text))
      .digest('hex');
    const res = await raw('/verify', { method: 'POST', body: { type: 'magiclink', token_hash: guessedHash } });
    expect(res).toMatchObject({ status: 403, body: { code: 'otp_expired' } });
    const viaLink = await openLink(`${stack.apiUrl}/auth/v1/verify?token=${guessedHash}&type=magiclink`);
    expect(fragmentParams(viaLink).error_code).toBe('otp_expired');
  });

  it('gets a bounded number of code guesses per e-mail, whatever the client address, and the owner still gets in by link', async () => {
    const { email, user } = await signUp();
    expect((await client().auth.signInWithOtp({ email, options: { shouldCreateUser: false } })).error).toBeNull();
    const mail = await waitForMail(email);
    const code = codeFrom(mail.text);

    let guesses = 0;
    let limited: { status?: number; code?: string } | undefined;
    for (let i = 0; i < MAX_TRIES && !limited; i++) {
      const guess = String((Number(code) + 1 + i) % 1_000_000).padStart(6, '0');
      const { error } = await client(uniqueIp()).auth.verifyOtp({ email, token: guess, type: 'email' });
      expect(error).not.toBeNull();
      if (error!.status === 429) limited = { status: error!.status, code: error!.code };
      else {
        expect(error!.code).toBe('otp_expired');
        guesses++;
      }
    }
    expect(limited).toEqual({ status: 429, code: 'over_request_rate_limit' });
    // 10^6 codes, a one-hour lifetime: at most two hourly windows of guesses fit in it.
    expect(guesses).toBeLessThanOrEqual(30);

    // The owner's link is not a guess and is not limited per address: it still signs them in.
    const location = await openLink(linkFrom(mail));
    expect(decodeJwt(fragmentParams(location).access_token!).sub).toBe(user.id);
  });
});

describe('an attacker choosing redirect_to', () => {
  it('cannot send the genuine e-mail link (and its tokens) to another host through userinfo', async () => {
    const { email } = await signUp();
    const evil = 'http://127.0.0.1:x@evil-host/steal';
    expect((await client().auth.signInWithOtp({ email, options: { shouldCreateUser: false, emailRedirectTo: evil } })).error).toBeNull();
    const link = linkFrom(await waitForMail(email));
    expect(new URL(link).searchParams.get('redirect_to')).toBe(SITE_URL);
    const location = await openLink(link);
    expect(new URL(location).host).toBe('localhost:5173');
    expect(fragmentParams(location).access_token).toEqual(expect.any(String));

    // The same trick on the link itself is refused too (the session goes to the site URL).
    const direct = await openLink(`${stack.apiUrl}/auth/v1/verify?token=nope&type=magiclink&redirect_to=${encodeURIComponent(evil)}`);
    expect(direct.startsWith(`${SITE_URL}#`)).toBe(true);
  });
});

describe('an attacker locking the victim out', () => {
  it('cannot keep the owner out: an e-mail link signs in and clears the lock', async () => {
    const { email, password, user } = await signUp();
    let failures = 0;
    let locked: { status?: number; code?: string } | undefined;
    for (let i = 0; i < 20 && !locked; i++) {
      const { error } = await client(uniqueIp()).auth.signInWithPassword({ email, password: `Guess-${i}-Passw0rd` });
      if (error!.status === 429) locked = { status: error!.status, code: error!.code };
      else failures++;
    }
    // The lockout hook's refusal: HTTP 429, error code 'unknown' as GoTrue renders a hook error.
    expect(locked).toEqual({ status: 429, code: 'unknown' });
    expect(failures).toBeGreaterThan(0);
    const owner = await client().auth.signInWithPassword({ email, password });
    expect(owner.error).toMatchObject({ status: 429, code: 'unknown' });
    expect(owner.error!.message).toContain('sign in with a link sent by email');

    // The owner asks for a magic link: it signs them in and lifts the lock.
    expect((await client().auth.signInWithOtp({ email, options: { shouldCreateUser: false } })).error).toBeNull();
    const location = await openLink(linkFrom(await waitForMail(email)));
    expect(decodeJwt(fragmentParams(location).access_token!).sub).toBe(user.id);
    expect((await client().auth.signInWithPassword({ email, password })).error).toBeNull();
  });

  it('a password-reset link also clears the lock', async () => {
    const { email, password } = await signUp();
    for (let i = 0; i < 20; i++) {
      const { error } = await client(uniqueIp()).auth.signInWithPassword({ email, password: `Guess-${i}-Passw0rd` });
      if (error!.status === 429) break;
    }
    expect((await client().auth.signInWithPassword({ email, password })).error?.status).toBe(429);
    expect((await client().auth.resetPasswordForEmail(email)).error).toBeNull();
    await openLink(linkFrom(await waitForMail(email)));
    expect((await client().auth.signInWithPassword({ email, password })).error).toBeNull();
  });
});

describe('an attacker holding only an access token', () => {
  it('cannot move the account to their own mailbox', async () => {
    const { email, password, session, user } = await signUp();
    const attackerMailbox = uniqueEmail('attacker');
    // The stolen token is all they have.
    const res = await raw('/user', { method: 'PUT', token: session.access_token, body: { email: attackerMailbox } });
    expect(res.status).toBe(200);
    expect(res.body.email).toBe(email);
    expect(res.body.new_email).toBe(attackerMailbox);
    // They confirm from their own mailbox: still pending, the owner's address must confirm too.
    const location = await openLink(linkFrom(await waitForMail(attackerMailbox)));
    expect(fragmentParams(location).message).toMatch(/confirm link sent to the other email/);
    expect(fragmentParams(location).access_token).toBeUndefined();
    const [row] = await sql(`select email from auth.users where id = $1`, [user.id]);
    expect(row!.email).toBe(email);
    // The owner is told, and still signs in with their address; the attacker's does not work.
    expect((await mailbox.list(email)).map((m) => m.subject)).toContain('Confirm Email Change');
    expect((await client().auth.signInWithPassword({ email, password })).error).toBeNull();
    expect((await client().auth.signInWithPassword({ email: attackerMailbox, password })).error?.code).toBe('invalid_credentials');
  });

  it('cannot bloat the metadata carried in every token', async () => {
    const huge = { full_name: 'x'.repeat(1024 * 1024) };
    let deep: Record<string, unknown> = {};
    for (let i = 0; i < 3000; i++) deep = { d: deep };

    const signup = await raw('/signup', { method: 'POST', body: { email: uniqueEmail(), password: 'Str0ng-Passw0rd', data: huge } });
    expect(signup).toMatchObject({ status: 400, body: { code: 'validation_failed' } });
    expect(signup.body.message).toMatch(/user_metadata is too large/);

    const { session } = await signUp();
    for (const data of [huge, deep]) {
      const res = await raw('/user', { method: 'PUT', token: session.access_token, body: { data } });
      expect(res).toMatchObject({ status: 400, body: { code: 'validation_failed' } });
    }
    const { client: sb } = await signUp();
    const viaJs = await sb.auth.updateUser({ data: deep });
    expect(viaJs.error).toMatchObject({ status: 400, code: 'validation_failed' });
    expect(viaJs.error!.message).toMatch(/nested too deeply/);
    // Ordinary metadata still works.
    expect((await sb.auth.updateUser({ data: { full_name: 'Ada Lovelace' } })).error).toBeNull();
  });
});
