// The functions reach Postgres over a direct connection (supabase/functions/_shared/db.ts) instead of through the
// gateway and PostgREST. Security must not move with it: each call acts as the service role (grants apply), the
// definer functions still check whose data it is, and our SQL's PTxxx errors keep their status and code.
import { beforeAll, describe, expect, it } from 'vitest';
import { signedInUser, sql } from '../helpers/stack.ts';
import { denoTestAgainstStack, invokeTraced } from './helpers.ts';

type User = Awaited<ReturnType<typeof signedInUser>>;

describe('the direct database connection of the edge functions', () => {
  let alice: User;
  let bob: User;
  beforeAll(async () => {
    [alice, bob] = await Promise.all([signedInUser('direct-alice'), signedInUser('direct-bob')]);
  });

  it('acts as service_role with its claims, keeps PTxxx codes, hides other errors and recovers from them (db.ts against this Postgres)', async () => {
    const output = await denoTestAgainstStack('db_against_stack.ts', { DB_POOL_MAX: '1', PROBE_USER_ID: alice.id });
    expect(output.stdout, output.stderr).toMatch(/ok \| 6 passed \| 0 failed/);
  });

  it("another user's session is neither generated, nor completed, nor counted against anyone's limit", async () => {
    const { data: session, error } = await alice.client.rpc('create_interview_session', {
      p_job_role: 'Frontend Developer',
      p_interview_type: 'technical',
      p_difficulty: 'medium',
      p_total_questions: 1,
    });
    expect(error).toBeNull();
    const { id, session_id: sessionId } = session as { id: string; session_id: string };

    const generate = await invokeTraced<{ error: string; message: string }>(bob, 'generate-questions', { session_id: sessionId });
    expect({ status: generate.status, ...generate.data, dbRequests: generate.dbRequests }).toEqual({
      status: 404,
      error: 'not_found',
      message: 'No interview session with this id exists in your account.',
      dbRequests: ['sql begin_question_generation'],
    });
    const byUuid = await invokeTraced<{ error: string }>(bob, 'generate-questions', { session_id: id });
    expect([byUuid.status, byUuid.data.error]).toEqual([404, 'not_found']);
    const complete = await invokeTraced<{ error: string; message: string }>(bob, 'complete-interview', { session_id: sessionId });
    expect({ status: complete.status, ...complete.data, dbRequests: complete.dbRequests }).toEqual({
      status: 404,
      error: 'not_found',
      message: 'No interview session with this id exists in your account.',
      dbRequests: ['sql claim_interview_completion'],
    });

    const [row] = await sql<{ status: string; questions: number; slots: number; events: number }>(
      `select s.status,
              (select count(*)::int from public.interview_questions q where q.interview_id = s.id) as questions,
              (select count(*)::int from private.ai_call_slots c where c.user_id in ($2, $3)) as slots,
              (select count(*)::int from public.ai_usage_events e where e.interview_id = s.id) as events
       from public.interview_sessions s where s.id = $1`,
      [id, alice.id, bob.id],
    );
    expect(row).toEqual({ status: 'pending', questions: 0, slots: 0, events: 0 });

    // The owner still can.
    const own = await invokeTraced<{ questions: unknown[] }>(alice, 'generate-questions', { session_id: sessionId });
    expect(own.status).toBe(200);
    expect(own.data.questions).toHaveLength(1);
  });
});
