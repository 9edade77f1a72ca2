/**
 * The sign-in lockout is the password verification attempt hook of the migrations
 * (public.hook_password_verification_attempt), configured in supabase/config.toml and called by the
 * auth service as GoTrue calls pg-functions hooks.
 */
import { describe, expect, it } from 'vitest';
import { client, raw, signUp, sql, uniqueEmail, uniqueIp, waitForMail } from './helpers.ts';

/** Upper bound for the hook's limit (the migration's hook uses 5). */
const MAX_PROBE = 20;
const LOCKED_MESSAGE = /^Too many failed sign-in attempts\. Try again in \d+ minutes?, or sign in with a link sent by email\.$/;

async function failUntilLocked(email: string): Promise<number> {
  for (let attempt = 1; attempt <= MAX_PROBE; attempt++) {
    const res = await client().auth.signInWithPassword({ email, password: `Wrong-Passw0rd-${attempt}` });
    if (res.error?.status === 429) return attempt - 1;
    expect(res.error).toMatchObject({ status: 400, code: 'invalid_credentials' });
  }
  throw new Error(`no lockout within ${MAX_PROBE} failed attempts`);
}

const attemptsOf = (email: string) =>
  sql(
    `select a.failed_count, a.locked_until > now() as locked
       from private.password_verification_attempts a join auth.users u on u.id = a.user_id where u.email = $1`,
    [email],
  );

describe('failed sign-in lockout (password verification attempt hook)', () => {
  // Discovered by the first test (the limit is the hook's).
  let maxFailedAttempts = 0;

  it('locks an account after the limit of consecutive failures, even for the right password', async () => {
    const { email, password } = await signUp();
    maxFailedAttempts = await failUntilLocked(email);
    expect(maxFailedAttempts).toBe(5);

    const locked = await client().auth.signInWithPassword({ email, password });
    // The hook's error object: HTTP 429 with its message; GoTrue gives such an error the code 'unknown'.
    expect(locked.error).toMatchObject({ status: 429, code: 'unknown' });
    expect(locked.error!.message).toMatch(LOCKED_MESSAGE);
    expect(locked.data.session).toBeNull();
    expect(await attemptsOf(email)).toEqual([{ failed_count: maxFailedAttempts, locked: true }]);

    // Once the lock has passed, the right password works again and clears the counter.
    await sql(
      `update private.password_verification_attempts set locked_until = now() - interval '1 second'
        where user_id = (select id from auth.users where email = $1)`,
      [email],
    );
    const after = await client().auth.signInWithPassword({ email, password });
    expect(after.error).toBeNull();
    expect(await attemptsOf(email)).toEqual([]);
  });

  it('a successful sign-in resets the counter', async () => {
    expect(maxFailedAttempts).toBeGreaterThanOrEqual(1);
    const { email, password } = await signUp();
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < maxFailedAttempts - 1; i++) {
        const res = await client().auth.signInWithPassword({ email, password: 'Wrong-Passw0rd' });
        expect(res.error?.code).toBe('invalid_credentials');
      }
      expect((await client().auth.signInWithPassword({ email, password })).error).toBeNull();
    }
  });

  it('counts per account across client addresses; unknown e-mails never reach the hook', async () => {
    expect(maxFailedAttempts).toBeGreaterThanOrEqual(1);
    const { email } = await signUp();
    for (let i = 0; i < maxFailedAttempts; i++) {
      const res = await client(uniqueIp()).auth.signInWithPassword({ email, password: 'Wrong-Passw0rd' });
      expect(res.error?.code).toBe('invalid_credentials');
    }
    const locked = await client(uniqueIp()).auth.signInWithPassword({ email: email.toUpperCase(), password: 'Wrong-Passw0rd' });
    expect(locked.error).toMatchObject({ status: 429 });

    const unknown = uniqueEmail('ghost');
    for (let i = 0; i < maxFailedAttempts + 1; i++) {
      const res = await client(uniqueIp()).auth.signInWithPassword({ email: unknown, password: 'Wrong-Passw0rd' });
      expect(res.error).toMatchObject({ status: 400, code: 'invalid_credentials' });
    }
  });

  it('parallel guesses cannot exceed the limit', async () => {
    expect(maxFailedAttempts).toBeGreaterThanOrEqual(1);
    const { email } = await signUp();
    const results = await Promise.all(
      Array.from({ length: maxFailedAttempts + 4 }, (_, i) =>
        raw('/token?grant_type=password', { method: 'POST', body: { email, password: `Wrong-${i}` } }),
      ),
    );
    expect(results.filter((r) => r.status === 400)).toHaveLength(maxFailedAttempts);
    expect(results.filter((r) => r.status === 429)).toHaveLength(4);
    expect(await attemptsOf(email)).toEqual([{ failed_count: maxFailedAttempts, locked: true }]);
  });

  it('an e-mail link still signs the owner in and lifts the lock', async () => {
    expect(maxFailedAttempts).toBeGreaterThanOrEqual(1);
    const { email, password } = await signUp();
    await failUntilLocked(email);
    const sent = await client().auth.signInWithOtp({ email, options: { shouldCreateUser: false } });
    expect(sent.error).toBeNull();
    const mail = await waitForMail(email);
    const code = /code: (\d{6})/.exec(mail.text)![1]!;
    const verified = await client().auth.verifyOtp({ email, token: code, type: 'email' });
    expect(verified.error).toBeNull();
    expect(verified.data.session).not.toBeNull();
    expect(await attemptsOf(email)).toEqual([]);
    expect((await client().auth.signInWithPassword({ email, password })).error).toBeNull();
  });

  it('changing the password through the account clears a lock', async () => {
    expect(maxFailedAttempts).toBeGreaterThanOrEqual(1);
    const { email, session, client: sb } = await signUp();
    await sb.auth.setSession({ access_token: session.access_token, refresh_token: session.refresh_token });
    await failUntilLocked(email);
    const newPassword = 'N3w-Passw0rd-123';
    const updated = await sb.auth.updateUser({ password: newPassword });
    expect(updated.error).toBeNull();
    expect((await client().auth.signInWithPassword({ email, password: newPassword })).error).toBeNull();
  });

  it('the hook and its table are reachable only by supabase_auth_admin', async () => {
    const rows = await sql(
      `select r.rolname,
              has_function_privilege(r.rolname, 'public.hook_password_verification_attempt(jsonb)', 'execute') as can_call,
              has_table_privilege(r.rolname, 'private.password_verification_attempts', 'select') as can_read
         from pg_roles r where r.rolname in ('anon', 'authenticated', 'service_role', 'supabase_auth_admin') order by r.rolname`,
    );
    expect(rows).toEqual([
      { rolname: 'anon', can_call: false, can_read: false },
      { rolname: 'authenticated', can_call: false, can_read: false },
      { rolname: 'service_role', can_call: false, can_read: false },
      { rolname: 'supabase_auth_admin', can_call: true, can_read: true },
    ]);
  });
});
