// A blocked (or pending) account keeps a valid access token until it expires. Every edge function that acts
// for a user answers it like the database does: 403 with the machine code account_blocked / account_pending,
// before reading the body or calling any provider, so the SPA signs the person out instead of showing errors.
import { describe, expect, it } from 'vitest';
import { signedInUser, sql } from '../helpers/stack.ts';
import { invoke } from './helpers.ts';

const FUNCTIONS: Array<[name: string, body: Record<string, unknown>]> = [
  ['generate-questions', { session_id: 'session-that-does-not-exist' }],
  ['score-answer', { response_id: '00000000-0000-4000-8000-000000000000' }],
  ['follow-up', { session_id: 'session-that-does-not-exist', question_id: '00000000-0000-4000-8000-000000000000' }],
  ['complete-interview', { session_id: 'session-that-does-not-exist' }],
  ['coach-chat', { message: 'Hello' }],
];
// Billing has its own caller check (billing/auth.ts), which refuses blocked accounts with the same code.
const BILLING: Array<[name: string, body: Record<string, unknown>]> = [
  ['create-checkout-session', { plan_id: 'pro_monthly' }],
  ['billing-portal', {}],
];

describe('blocked accounts in edge functions', () => {
  it.each(['blocked', 'pending'] as const)('a %s account gets 403 account_<status> from every user function', async (status) => {
    const user = await signedInUser(`edge-${status}`);
    // Active: the same calls get past the account check (they fail later, on the made-up ids, or succeed).
    const before = await invoke(user, 'generate-questions', FUNCTIONS[0]![1]);
    expect(before.data).not.toMatchObject({ error: expect.stringMatching(/^account_/) });

    await sql('update public.user_profiles set status = $2 where id = $1', [user.id, status]);
    for (const [name, body] of status === 'blocked' ? [...FUNCTIONS, ...BILLING] : FUNCTIONS) {
      const result = await invoke<{ error: string; message: string }>(user, name, body);
      expect({ name, status: result.status, error: result.data.error }).toEqual({ name, status: 403, error: `account_${status}` });
      expect(result.data.message).toMatch(/\w+ \w+/);
    }
  });
});
