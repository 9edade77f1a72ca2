// Each step of the interview loop costs each edge function at most two database transactions, each on the
// functions' direct connection to Postgres (no gateway pass or PostgREST request): the account check rides on
// the first RPC, and what a step reads and writes is done in SQL. Counted from the Server-Timing header every
// function answers with (one `db` entry per request it made, supabase/functions/_shared/db-trace.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import { signedInUser, sql } from '../helpers/stack.ts';
import { invokeTraced } from './helpers.ts';

type User = Awaited<ReturnType<typeof signedInUser>>;

// The isolate keeps the question bank in memory; the first call of a fresh worker reads it once more.
const withoutBankRead = (requests: string[]) => requests.filter((r) => r !== 'sql question_bank');

const ANSWER =
  'I would first measure with the profiler, then memoise the expensive child components and keep state local. On our dashboard that cut render time from 120 ms to 35 ms, and I added a test so it stays that way.';

describe('database round trips per function call', () => {
  let user: User;
  beforeAll(async () => {
    user = await signedInUser('round-trips');
  });

  it('one interview: generate 2, score 2 per answer, complete 2, complete again 1', async () => {
    const { data: session, error } = await user.client.rpc('create_interview_session', {
      p_job_role: 'Frontend Developer',
      p_interview_type: 'mixed',
      p_difficulty: 'medium',
      p_total_questions: 3,
    });
    expect(error).toBeNull();
    const { session_id: sessionId } = session as { session_id: string };

    const generated = await invokeTraced<{ questions: { id: string }[] }>(user, 'generate-questions', { session_id: sessionId });
    expect(generated.status, JSON.stringify(generated.data)).toBe(200);
    expect(generated.data.questions).toHaveLength(3);
    expect(withoutBankRead(generated.dbRequests)).toEqual(['sql begin_question_generation', 'sql save_generated_questions']);

    for (const question of generated.data.questions) {
      const { data: response, error: submitError } = await user.client.rpc('submit_response', {
        p_question_id: question.id,
        p_answer_text: ANSWER,
      });
      expect(submitError).toBeNull();
      const scored = await invokeTraced<{ already_scored: boolean }>(user, 'score-answer', {
        response_id: (response as { id: string }).id,
      });
      expect(scored.status, JSON.stringify(scored.data)).toBe(200);
      expect(scored.data.already_scored).toBe(false);
      expect(scored.dbRequests).toEqual(['sql claim_response_scoring', 'sql save_response_evaluation']);
    }

    type Completed = {
      score: number;
      already_completed: boolean;
      report: { report_type: string; overall_score: number } | null;
      skill_gaps: { skill_name: string; skill_gap_resources: unknown[] }[];
    };
    const completed = await invokeTraced<Completed>(user, 'complete-interview', { session_id: sessionId });
    expect(completed.status, JSON.stringify(completed.data)).toBe(200);
    expect(completed.dbRequests).toEqual(['sql claim_interview_completion', 'sql finish_interview_completion']);
    expect(completed.data.already_completed).toBe(false);
    expect(completed.data.report).toMatchObject({ report_type: 'detailed' });
    expect(Number(completed.data.report!.overall_score)).toBe(completed.data.score);

    // What the function answers is what was stored: the session's score, the report, the gaps with their resources.
    const [stored] = await sql<{ score: string; gaps: number; links: number }>(
      `select s.score::text,
              (select count(*)::int from public.skill_gaps g where g.interview_id = s.id) as gaps,
              (select count(*)::int from public.skill_gap_resources l join public.skill_gaps g on g.id = l.skill_gap_id
                where g.interview_id = s.id) as links
       from public.interview_sessions s where s.session_id = $1 and s.status = 'completed'`,
      [sessionId],
    );
    expect(Number(stored!.score)).toBe(completed.data.score);
    expect(completed.data.skill_gaps).toHaveLength(stored!.gaps);
    expect(completed.data.skill_gaps.flatMap((g) => g.skill_gap_resources)).toHaveLength(stored!.links);

    const again = await invokeTraced<Completed>(user, 'complete-interview', { session_id: sessionId });
    expect(again.status).toBe(200);
    expect(again.dbRequests).toEqual(['sql claim_interview_completion']);
    expect(again.data).toEqual({ ...completed.data, already_completed: true });
  });
});
