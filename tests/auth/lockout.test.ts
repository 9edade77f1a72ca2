import { describe, expect, it } from 'vitest';
import { client, raw, signUp, sql, uniqueEmail, uniqueIp } from './helpers.ts';

/** Upper bound for the configured maxFailedAttempts (the dev stack uses 5). */
const MAX_PROBE = 20;

async function failUntilLocked(email: string): Promise<number> {
  for (let attempt = 1; attempt <= MAX_PROBE; attempt++) {
    const res = await client().auth.signInWithPassword({ email, password: `Wrong-Passw0rd-${attempt}` });
    if (res.error?.status === 429) return attempt - 1;
    expect(res.error).toMatchObject({ status: 400, code: 'invalid_credentials' });
  }
  throw new Error(`no lockout within ${MAX_PROBE} failed attempts`);
}

describe('failed sign-in lockout', () => {
  // Discovered by the first test (the limit comes from the stack's configuration).
  let maxFailedAttempts = 0;

  it('locks an e-mail after maxFailedAttempts consecutive failures, even for the right password', async () => {
    const { email, password } = await signUp();
    maxFailedAttempts = await failUntilLocked(email);
    expect(maxFailedAttempts).toBeGreaterThanOrEqual(1);

    const locked = await client().auth.signInWithPassword({ email, password });
    expect(locked.error).toMatchObject({ status: 429, code: 'account_locked' });
    expect(locked.error!.message).toMatch(
      /^Too many failed sign-in attempts\. Try again in \d+ minutes?, or sign in with a link sent by email\.$/,
    );
    const rawLocked = await raw('/token?grant_type=password', { method: 'POST', body: { email, password } });
    expect(rawLocked.status).toBe(429);
    expect(Number(rawLocked.headers.get('retry-after'))).toBeGreaterThan(0);

    const [row] = await sql(`select failed_count, locked_until > now() as locked from auth.login_attempts where email = $1`, [email]);
    expect(row).toEqual({ failed_count: maxFailedAttempts, locked: true });

    // Once the lock has passed, the right password works again and clears the counter.
    await sql(`update auth.login_attempts set locked_until = now() - interval '1 second' where email = $1`, [email]);
    const after = await client().auth.signInWithPassword({ email, password });
    expect(after.error).toBeNull();
    expect(await sql(`select 1 from auth.login_attempts where email = $1`, [email])).toEqual([]);
  });

  it('a successful sign-in resets the counter', async () => {
    expect(maxFailedAttempts).toBeGreaterThanOrEqual(1);
    const { email, password } = await signUp();
    for (let i = 0; i < maxFailedAttempts - 1; i++) {
      const res = await client().auth.signInWithPassword({ email, password: 'Wrong-Passw0rd' });
      expect(res.error?.code).toBe('invalid_credentials');
    }
    expect((await client().auth.signInWithPassword({ email, password })).error).toBeNull();
    // A fresh run of failures is needed to lock again.
    for (let i = 0; i < maxFailedAttempts - 1; i++) {
      const res = await client().auth.signInWithPassword({ email, password: 'Wrong-Passw0rd' });
      expect(res.error?.code).toBe('invalid_credentials');
    }
    expect((await client().auth.signInWithPassword({ email, password })).error).toBeNull();
  });

  it('counts per e-mail across client addresses, and unknown e-mails behave the same', async () => {
    expect(maxFailedAttempts).toBeGreaterThanOrEqual(1);
    const unknown = uniqueEmail('ghost');
    for (let i = 0; i < maxFailedAttempts; i++) {
      const res = await client(uniqueIp()).auth.signInWithPassword({ email: unknown, password: 'Wrong-Passw0rd' });
      expect(res.error?.code).toBe('invalid_credentials');
    }
    const locked = await client(uniqueIp()).auth.signInWithPassword({ email: unknown.toUpperCase(), password: 'Wrong-Passw0rd' });
    expect(locked.error).toMatchObject({ status: 429, code: 'account_locked' });
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
  });

  it('resetting the password through the account clears a lock', async () => {
    expect(maxFailedAttempts).toBeGreaterThanOrEqual(1);
    const { email, session, client: sb } = await signUp();
    await sb.auth.setSession({ access_token: session.access_token, refresh_token: session.refresh_token });
    await failUntilLocked(email);
    const newPassword = 'N3w-Passw0rd-123';
    const updated = await sb.auth.updateUser({ password: newPassword });
    expect(updated.error).toBeNull();
    expect((await client().auth.signInWithPassword({ email, password: newPassword })).error).toBeNull();
  });
});
