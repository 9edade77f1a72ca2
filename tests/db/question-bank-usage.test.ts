// public.active_question_bank_usage: what generate-questions reads to refresh the usage counts of the bank it keeps
// in memory (supabase/functions/generate-questions/bank.ts). The service role only; the answer holds the counts of
// the active questions and the bank's revision.
import { describe, expect, it } from 'vitest';
import { anonClient, codeOf, createUser, insertBankQuestion, serviceClient, sql, sqlOne } from './helpers.ts';

interface UsageAnswer {
  revision: number;
  usage: Record<string, number>;
}

describe('active_question_bank_usage', () => {
  it("answers the service role with the active questions' usage counts and the bank's revision", async () => {
    const active = await insertBankQuestion();
    const inactive = await insertBankQuestion({ is_active: false });
    await sql(`update public.question_bank set times_used = 7 where id = $1`, [active.id]);
    const before = await sqlOne<{ revision: string }>(`select revision from private.question_bank_revision`);

    const { data, error } = await serviceClient().rpc('active_question_bank_usage');
    expect(error).toBeNull();
    const answer = data as unknown as UsageAnswer;
    expect(answer.usage[active.id]).toBe(7);
    expect(answer.usage).not.toHaveProperty(inactive.id);
    expect(answer.revision).toBeGreaterThanOrEqual(Number(before.revision));
  });

  it('is refused to signed-in users and to anonymous callers', async () => {
    const user = await createUser('bank-usage');
    expect(codeOf(await user.client.rpc('active_question_bank_usage'))).toBe('42501');
    expect(codeOf(await anonClient().rpc('active_question_bank_usage'))).toBe('42501');
  });
});
