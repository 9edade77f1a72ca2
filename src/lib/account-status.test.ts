import { describe, expect, it, vi } from 'vitest';
import { ACCOUNT_BLOCKED_CODE, onAccountBlocked } from './account-status';
import { fromFunctionError, fromPostgrestError } from './errors';
import { createQueryClient } from './query-client';

const blocked = {
  code: '42501',
  message: 'Your account is blocked',
  details: 'account_blocked',
  hint: 'Contact support if you think this is a mistake.',
};

describe('a blocked account', () => {
  it('is recognised by its machine code, not by the message', () => {
    expect(fromPostgrestError(blocked, 'fallback', 400).code).toBe(ACCOUNT_BLOCKED_CODE);
    expect(fromPostgrestError({ ...blocked, details: 'account_pending' }, 'fallback', 400).code).toBe(ACCOUNT_BLOCKED_CODE);
    // Same words without the code: an ordinary permission error.
    expect(fromPostgrestError({ ...blocked, details: null }, 'fallback', 400).code).toBe('42501');
  });

  it('is reported once by the first failing query, which is not retried', async () => {
    const listener = vi.fn();
    const stop = onAccountBlocked(listener);
    const client = createQueryClient();
    const queryFn = vi.fn(async () => {
      throw fromPostgrestError(blocked, 'fallback', 400);
    });
    await expect(client.fetchQuery({ queryKey: ['x'], queryFn })).rejects.toMatchObject({ code: ACCOUNT_BLOCKED_CODE });
    expect(queryFn).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
  });

  it('is reported by a failing mutation', async () => {
    const listener = vi.fn();
    const stop = onAccountBlocked(listener);
    const client = createQueryClient();
    const mutation = client.getMutationCache().build(client, {
      mutationFn: async () => {
        throw fromPostgrestError(blocked, 'fallback', 400);
      },
    });
    await expect(mutation.execute(undefined)).rejects.toBeTruthy();
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
  });

  it('is recognised in an edge function answer (403 with the code) and reported by the failing mutation', async () => {
    const functionError = (status: number, body: unknown) => ({
      name: 'FunctionsHttpError',
      message: 'Edge Function returned a non-2xx status code',
      context: new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
    });
    for (const code of ['account_blocked', 'account_pending']) {
      const error = await fromFunctionError(functionError(403, { error: code, message: 'Your account is blocked.' }), 'fallback');
      expect(error.code).toBe(ACCOUNT_BLOCKED_CODE);
    }
    // Another 403 (a plan feature) is not a blocked account.
    const plan = await fromFunctionError(functionError(403, { error: 'plan_feature', message: 'Upgrade to Pro to use the coach.' }), 'x');
    expect(plan.code).toBe('plan_feature');

    const listener = vi.fn();
    const stop = onAccountBlocked(listener);
    const client = createQueryClient();
    const mutation = client.getMutationCache().build(client, {
      mutationFn: async () => {
        throw await fromFunctionError(functionError(403, { error: 'account_blocked', message: 'Your account is blocked.' }), 'x');
      },
    });
    await expect(mutation.execute(undefined)).rejects.toMatchObject({ code: ACCOUNT_BLOCKED_CODE });
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
  });
});
