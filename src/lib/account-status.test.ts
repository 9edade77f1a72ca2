import { describe, expect, it, vi } from 'vitest';
import { ACCOUNT_BLOCKED_CODE, onAccountBlocked } from './account-status';
import { fromPostgrestError } from './errors';
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
});
