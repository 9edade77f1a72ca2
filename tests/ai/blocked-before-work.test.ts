// A blocked account is refused by every user function before any work: with an LLM configured (the LLM stack,
// whose functions call the fake vendor first), the refused calls make no vendor request, take no rate-limit slot,
// claim nothing, write nothing, and make exactly one database request: the first RPC of the function, which
// checks the account itself (generate-questions, score-answer, complete-interview), or the account check
// (the functions whose first step is not such an RPC).
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fake, invokeTraced, llm, llmSql, llmUser, withFakeLlm } from './helpers.ts';

const count = async (text: string, values: unknown[]) => Number((await llmSql<{ n: number }>(text, values))[0]!.n);

describe('a blocked account in the edge functions (LLM configured)', () => {
  it('is refused with 403 account_blocked after one database request, before any AI call, slot, claim or write', async () => {
    const user = await llmUser('blocked-before-work');
    const marker = `blocked-${randomUUID()}`;
    // An interview with one answered question, made while the account was active.
    const { data: session, error } = await user.client.rpc('create_interview_session', {
      p_job_role: 'Frontend Developer',
      p_interview_type: 'technical',
      p_difficulty: 'medium',
      p_total_questions: 1,
      p_company: marker,
    });
    expect(error).toBeNull();
    const { id: interviewId, session_id: sessionId } = session as { id: string; session_id: string };
    const unstarted = await user.client.rpc('create_interview_session', {
      p_job_role: 'Frontend Developer',
      p_interview_type: 'technical',
      p_difficulty: 'medium',
      p_total_questions: 1,
      p_company: marker,
    });
    expect(unstarted.error).toBeNull();
    const [question] = await llmSql<{ id: string }>(
      `insert into public.interview_questions (interview_id, user_id, order_number, question_text, question_type, difficulty, key_points)
       values ($1, $2, 1, 'How do you keep a React list fast?', 'technical', 'medium', '{memo,virtualise}') returning id`,
      [interviewId, user.id],
    );
    const answer = `I virtualise long lists and memoise rows (${marker}).`;
    const submitted = await user.client.rpc('submit_response', { p_question_id: question!.id, p_answer_text: answer });
    expect(submitted.error).toBeNull();
    const responseId = (submitted.data as { id: string }).id;

    await llmSql("update public.user_profiles set status = 'blocked' where id = $1", [user.id]);

    const calls: Array<[name: string, body: Record<string, unknown>, firstRequest: string]> = [
      ['generate-questions', { session_id: (unstarted.data as { session_id: string }).session_id }, 'sql begin_question_generation'],
      ['score-answer', { response_id: responseId }, 'sql claim_response_scoring'],
      ['complete-interview', { session_id: sessionId }, 'sql claim_interview_completion'],
      ['follow-up', { session_id: sessionId, question_id: question!.id }, 'sql assert_account_active'],
      ['coach-chat', { message: `How do I get better at React? ${marker}` }, 'sql assert_account_active'],
      [
        'score-answer',
        { question: { text: 'How do you keep a React list fast?', type: 'technical' }, answer: { text: answer } },
        'sql assert_account_active',
      ],
    ];
    await withFakeLlm({}, async () => {
      for (const [name, body, firstRequest] of calls) {
        const result = await invokeTraced<{ error: string; message: string }>(user, name, body, llm());
        expect({ name, status: result.status, error: result.data.error, dbRequests: result.dbRequests }).toEqual({
          name,
          status: 403,
          error: 'account_blocked',
          dbRequests: [firstRequest],
        });
        expect(result.data.message).toMatch(/blocked/);
      }
      const vendorRequests = (await fake('/_fake/requests')) as { body: unknown }[];
      expect(vendorRequests.filter((r) => JSON.stringify(r.body).includes(marker))).toEqual([]);
    });

    expect(await count('select count(*)::int as n from public.ai_usage_events where user_id = $1', [user.id])).toBe(0);
    expect(await count('select count(*)::int as n from private.ai_call_slots where user_id = $1', [user.id])).toBe(0);
    expect(await count('select count(*)::int as n from private.interview_completion_claims where interview_id = $1', [interviewId])).toBe(
      0,
    );
    expect(await count('select count(*)::int as n from public.interview_questions where user_id = $1', [user.id])).toBe(1);
    expect(await count('select count(*)::int as n from public.interview_reports where user_id = $1', [user.id])).toBe(0);
    expect(await count('select count(*)::int as n from public.chat_sessions where user_id = $1', [user.id])).toBe(0);
    const [response] = await llmSql<{ scoring_started_at: string | null; evaluated_at: string | null }>(
      'select scoring_started_at, evaluated_at from public.interview_responses where id = $1',
      [responseId],
    );
    expect(response).toEqual({ scoring_started_at: null, evaluated_at: null });
    const [status] = await llmSql<{ status: string }>('select status from public.interview_sessions where id = $1', [interviewId]);
    expect(status).toEqual({ status: 'in_progress' });
  });
});
