import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { stack } from '../helpers/stack.ts';

function signedToken(claims: Record<string, unknown>): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(claims)}`;
  return `${unsigned}.${createHmac('sha256', stack().jwtSecret).update(unsigned).digest('base64url')}`;
}

async function readPlans(token: string) {
  return fetch(`${stack().apiUrl}/rest/v1/plans?select=id`, {
    headers: { apikey: stack().anonKey, authorization: `Bearer ${token}` },
  });
}

describe('PostgREST JWT cache', () => {
  // PostgREST 12 accepts a token up to 30 s after its exp (clock skew); a token 27 s past its exp is accepted,
  // cached, and must be refused once those 30 s are over, cache or not.
  it('refuses a token once it has expired, although it was accepted (and cached) before', async () => {
    const expiredAt = Math.floor(Date.now() / 1000) - 27;
    const token = signedToken({ role: 'anon', exp: expiredAt });
    expect((await readPlans(token)).status).toBe(200);
    expect((await readPlans(token)).status).toBe(200);

    await new Promise((resolve) => setTimeout(resolve, Math.max(0, (expiredAt + 32) * 1000 - Date.now())));
    const refused = await readPlans(token);
    expect(refused.status).toBe(401);
    expect((await refused.json()).code).toBe('PGRST301');
  });

  it('refuses a token whose signature does not match, even after the valid one was cached', async () => {
    const token = signedToken({ role: 'anon', exp: Math.floor(Date.now() / 1000) + 600 });
    expect((await readPlans(token)).status).toBe(200);
    const [header, payload, signature] = token.split('.');
    const tampered = `${header}.${payload}.${signature!.slice(0, -2)}${signature!.endsWith('AA') ? 'BB' : 'AA'}`;
    const refused = await readPlans(tampered);
    expect(refused.status).toBe(401);
  });
});
