import { describe, expect, it } from 'vitest';
import { client, raw, signUp, uniqueEmail, uniqueIp } from './helpers.ts';

/** Upper bound for the configured limits, so a missing limiter fails instead of looping forever. */
const MAX_REQUESTS = 1000;
const BATCH = 25;

describe('rate limits (keyed by the client address the gateway sees)', () => {
  it('limits /token per client address with 429 over_request_rate_limit', async () => {
    const ip = uniqueIp();
    let allowed = 0;
    let limited: Awaited<ReturnType<typeof raw>> | undefined;
    // In parallel batches (the limiter is exact under concurrency), so a loaded machine stays quick.
    for (let sent = 0; sent < MAX_REQUESTS && !limited; sent += BATCH) {
      const batch = await Promise.all(
        Array.from({ length: BATCH }, (_, i) =>
          raw('/token?grant_type=refresh_token', { method: 'POST', body: { refresh_token: `nope-${sent + i}` }, ip }),
        ),
      );
      for (const res of batch) {
        if (res.status === 429) limited ??= res;
        else {
          expect(res.body.code).toBe('refresh_token_not_found');
          allowed++;
        }
      }
    }
    expect(limited, `no 429 within ${MAX_REQUESTS} requests`).toBeDefined();
    expect(allowed).toBeGreaterThan(0);
    expect(limited!.body).toEqual({ code: 'over_request_rate_limit', message: 'Request rate limit reached' });
    expect(Number(limited!.headers.get('retry-after'))).toBeGreaterThan(0);

    // supabase-js surfaces the code; sign-ins from that address are limited too.
    const { email, password } = await signUp();
    const blocked = await client(ip).auth.signInWithPassword({ email, password });
    expect(blocked.error).toMatchObject({ status: 429, code: 'over_request_rate_limit' });
    // A made-up X-Forwarded-For does not make it another client; another address is unaffected.
    const forged = await raw('/token?grant_type=password', {
      method: 'POST',
      body: { email, password },
      ip,
      headers: { 'X-Forwarded-For': uniqueIp() },
    });
    expect(forged.status).toBe(429);
    const other = await client(uniqueIp()).auth.signInWithPassword({ email, password });
    expect(other.error).toBeNull();
  });

  it('limits e-mail sending per address with 429 over_email_send_rate_limit', async () => {
    const { email } = await signUp();
    let sent = 0;
    let limited: Awaited<ReturnType<typeof raw>> | undefined;
    for (let i = 0; i < MAX_REQUESTS && !limited; i++) {
      // A different client address each time: the per-recipient limit is what trips.
      const res = await raw('/recover', { method: 'POST', body: { email }, ip: uniqueIp() });
      if (res.status === 429) limited = res;
      else {
        expect(res.status).toBe(200);
        sent++;
      }
    }
    expect(limited, `no 429 within ${MAX_REQUESTS} requests`).toBeDefined();
    expect(limited!.body.code).toBe('over_email_send_rate_limit');
    const viaJs = await client().auth.resetPasswordForEmail(email);
    expect(viaJs.error).toMatchObject({ status: 429, code: 'over_email_send_rate_limit' });

    // Unknown addresses are limited identically (no account enumeration through the limiter).
    const ghost = uniqueEmail('ghost');
    let ghostSent = 0;
    for (let i = 0; i < sent + 1; i++) {
      const res = await raw('/recover', { method: 'POST', body: { email: ghost }, ip: uniqueIp() });
      if (res.status === 200) ghostSent++;
      else expect(res.body.code).toBe('over_email_send_rate_limit');
    }
    expect(ghostSent).toBe(sent);
  });
});
