// AI edge functions through the gateway with supabase-js functions.invoke, as real users.
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedBank } from '../helpers/bank.ts';
import { serviceClient, signedInUser, sql as stackSql } from '../helpers/stack.ts';
import { fake, invoke, llmSql, llmUser, withFakeLlm } from './helpers.ts';

/** SQL as superuser; typed so that `const [row] = …` is the row (these queries always return one). */
const sql = <T extends pg.QueryResultRow>(text: string, values: unknown[] = []) => stackSql<T>(text, values) as Promise<[T, ...T[]]>;

type User = Awaited<ReturnType<typeof signedInUser>>;

const BANK = [
  [
    'Explain how React decides when to re-render a component and how you would avoid unnecessary renders.',
    'technical',
    'frontend',
    'medium',
    ['frontend-developer'],
    ['React'],
    ['React'],
    'React re-renders when state or props change or the parent re-renders. Use React.memo, useMemo and useCallback, keep state local, and measure with the Profiler.',
    ['state or props change triggers render', 'parent re-render cascades', 'React.memo and useMemo', 'measure with the Profiler'],
  ],
  [
    'Tell me about a time you disagreed with a teammate about a technical decision. What happened?',
    'behavioral',
    'general',
    'medium',
    ['software-engineer', 'frontend-developer'],
    [],
    ['Conflict Resolution'],
    'Situation, task, the actions you took to understand the other view and decide with data, and a measurable result.',
    ['situation and stakes', 'your responsibility', 'actions: listened, used data', 'measurable result'],
  ],
  [
    'Write `twoSum(nums, target)` returning the indices [i, j] of the two numbers that add up to target.',
    'coding',
    'general',
    'medium',
    ['software-engineer', 'frontend-developer'],
    ['JavaScript'],
    ['Algorithms'],
    'Single pass with a hash map from value to index; check the complement before inserting. O(n) time.',
    ['hash map of value to index', 'complement lookup', 'O(n) time'],
  ],
] as const;

/** The bank the interview plan picks from; the first test that needs it seeds it (a no-op when the bank has questions). */
const seedBankOnce = () =>
  seedBank(
    BANK.map(([question, type, category, difficulty, roles, tech_stack, skills, expected_answer, key_points]) => ({
      question,
      type,
      category,
      difficulty,
      roles,
      tech_stack,
      skills,
      expected_answer,
      key_points,
      ...(type === 'coding'
        ? {
            function_name: 'twoSum',
            test_cases: [
              { input: '[[2,7,11,15],9]', expectedOutput: '[0,1]' },
              { input: '[[3,3],6]', expectedOutput: '[0,1]' },
            ],
          }
        : {}),
    })),
    { once: true },
  );

async function newSession(user: User, overrides: Record<string, unknown> = {}) {
  const { data, error } = await user.client.rpc('create_interview_session', {
    p_job_role: 'Frontend Developer',
    p_interview_type: 'mixed',
    p_difficulty: 'medium',
    p_tech_stack: ['React'],
    p_total_questions: 3,
    p_job_description_text: 'We build React apps with TypeScript and care about performance.',
    ...overrides,
  });
  if (error) throw new Error(`create_interview_session: ${error.message}`);
  return data as { id: string; session_id: string };
}

const GOOD_ANSWERS: Record<string, string> = {
  technical:
    'React re-renders a component when its state or props change, and by default every child re-renders when the parent re-renders. To avoid unnecessary renders I wrap pure children in React.memo, memoise expensive values with useMemo and callbacks with useCallback, and keep state as local as possible. I always measure first with the React Profiler: on our dashboard that cut render time from 120 ms to 35 ms.',
  behavioral:
    'In my last team we were choosing between REST and GraphQL for a new mobile API, and a senior colleague strongly preferred GraphQL. I was responsible for the API design and the delivery date. I set up a one-hour session to understand his concerns, then we built two small prototypes and measured payload size and development time. The data showed REST with two aggregated endpoints was enough; we shipped two weeks early and he later said the process felt fair.',
  coding:
    'I use a single pass with a hash map from value to index and check the complement before inserting, which is O(n) time and O(n) space.',
};
const CODE =
  'function twoSum(nums, target) { const seen = new Map(); for (let i = 0; i < nums.length; i++) { const c = target - nums[i]; if (seen.has(c)) return [seen.get(c), i]; seen.set(nums[i], i); } return []; }';

describe('AI functions', () => {
  let alice: User;
  let bob: User;
  beforeAll(async () => {
    await seedBankOnce();
    [alice, bob] = await Promise.all([signedInUser('alice'), signedInUser('bob')]);
  });

  it('rejects calls without a user JWT and bad input with clear 4xx errors', async () => {
    const anon = await fetch(`${(await import('../helpers/stack.ts')).stack().apiUrl}/functions/v1/score-answer`, {
      method: 'POST',
      body: '{}',
    });
    expect(anon.status).toBe(401);
    const bad = await invoke(alice, 'score-answer', { response_id: 'nope' });
    expect(bad.status).toBe(400);
    expect(bad.data).toMatchObject({ error: 'invalid_request' });
  });

  it('generate → answer → score → complete: report, skill gaps, usage events', async () => {
    const session = await newSession(alice);
    const generated = await invoke<{ questions: { id: string; question_type: string; order_number: number }[]; generated: boolean }>(
      alice,
      'generate-questions',
      { session_id: session.session_id },
    );
    expect(generated.status).toBe(200);
    expect(generated.data.generated).toBe(true);
    expect(generated.data.questions).toHaveLength(3);
    expect(generated.data.questions[0]).not.toHaveProperty('expected_answer');

    // idempotent
    const again = await invoke<{ questions: { id: string }[]; generated: boolean }>(alice, 'generate-questions', {
      session_id: session.id,
    });
    expect(again.data.generated).toBe(false);
    expect(again.data.questions.map((q) => q.id)).toEqual(generated.data.questions.map((q) => q.id));
    const [{ status, total_questions }] = await sql<{ status: string; total_questions: number }>(
      'select status, total_questions from public.interview_sessions where id = $1',
      [session.id],
    );
    expect({ status, total_questions }).toEqual({ status: 'in_progress', total_questions: 3 });
    await sql('select analytics.refresh()'); // recounts question_bank.times_used
    const [{ times_used }] = await sql<{ times_used: number }>('select max(times_used)::int as times_used from public.question_bank');
    expect(times_used).toBeGreaterThanOrEqual(1);

    const responseIds: string[] = [];
    for (const q of generated.data.questions) {
      const coding = q.question_type === 'coding';
      const { data, error } = await alice.client.rpc('submit_response', {
        p_question_id: q.id,
        p_answer_text: GOOD_ANSWERS[q.question_type] ?? GOOD_ANSWERS.technical,
        p_code_answer: coding ? CODE : undefined,
        p_client_test_results: coding ? { passed: 2, total: 2 } : undefined,
        p_time_taken_seconds: 120,
      });
      expect(error).toBeNull();
      responseIds.push((data as { id: string }).id);
    }

    const scored = await invoke<{ evaluation: { score: number; feedback: string }; provider: string; already_scored: boolean }>(
      alice,
      'score-answer',
      { response_id: responseIds[0] },
    );
    expect(scored.status).toBe(200);
    expect(scored.data.provider).toBe('local');
    expect(scored.data.already_scored).toBe(false);
    expect(scored.data.evaluation.score).toBeGreaterThan(15);
    const [row] = await sql<{ score: string; evaluated_at: Date | null; ai_provider: string }>(
      'select score, evaluated_at, ai_provider from public.interview_responses where id = $1',
      [responseIds[0]],
    );
    expect(Number(row.score)).toBe(scored.data.evaluation.score);
    expect(row.ai_provider).toBe('local');

    // the coding answer is re-run on the server
    const codingIndex = generated.data.questions.findIndex((q) => q.question_type === 'coding');
    expect(codingIndex).toBeGreaterThanOrEqual(0); // a mixed interview always has a coding question
    await invoke(alice, 'score-answer', { response_id: responseIds[codingIndex] });
    // (the bank may be the seeded one: its coding question need not be twoSum — the server's run is what counts)
    const [coding] = await sql<{
      test_results: { verified: boolean; passed: number; total: number; mismatch: boolean; isolation: string };
      cases: number;
    }>(
      `select r.test_results, jsonb_array_length(q.test_cases) as cases from public.interview_responses r
       join public.interview_questions q on q.id = r.question_id where r.id = $1`,
      [responseIds[codingIndex]],
    );
    // re-run in QuickJS compiled to WebAssembly, the one sandbox everywhere (local stack and hosted Edge Runtime)
    expect(coding.test_results).toMatchObject({
      verified: true,
      total: coding.cases,
      client: { passed: 2, total: 2 },
      isolation: 'quickjs-wasm',
    });
    expect(coding.test_results.mismatch).toBe(coding.test_results.passed < 2);

    const completed = await invoke<{
      status: string;
      score: number;
      report: Record<string, unknown>;
      skill_gaps: unknown[];
      already_completed: boolean;
    }>(alice, 'complete-interview', { session_id: session.session_id });
    expect(completed.status).toBe(200);
    expect(completed.data.status).toBe('completed');
    expect(completed.data.report).toMatchObject({ report_type: 'detailed' });
    expect(completed.data.report.overall_score).not.toBeNull();
    expect(completed.data.skill_gaps.length).toBeGreaterThan(0);
    // The job description ("React apps with TypeScript … performance") against what the answers showed.
    const coverage = (
      completed.data.report.statistics as { job_description_coverage: { terms: string[]; covered: string[]; missed: string[] } }
    ).job_description_coverage;
    expect(coverage.terms).toEqual(expect.arrayContaining(['React', 'TypeScript']));
    expect(coverage.covered).toContain('React'); // the technical answer is about React
    expect(coverage.missed).toContain('TypeScript'); // no answer mentions it
    expect([...coverage.covered, ...coverage.missed].sort()).toEqual([...coverage.terms].sort());

    const { data: report } = await alice.client
      .from('interview_reports')
      .select('overall_score, communication_score, technical_score, behavioral_score, consistency, confidence')
      .eq('interview_id', session.id)
      .eq('report_type', 'detailed')
      .single();
    expect(report).not.toBeNull();
    const { data: profile } = await alice.client
      .from('user_profiles')
      .select('completed_interviews, average_score')
      .eq('id', alice.user.id)
      .single();
    expect(profile?.completed_interviews).toBe(1);

    const again2 = await invoke<{ already_completed: boolean }>(alice, 'complete-interview', { session_id: session.session_id });
    expect(again2.data.already_completed).toBe(true);
    const [{ reports }] = await sql<{ reports: string }>(
      "select string_agg(report_type, ',' order by report_type) as reports from public.interview_reports where interview_id = $1",
      [session.id],
    );
    expect(reports).toBe('detailed,summary'); // one of each type, not one more per completion call

    const events = await sql<{ operation: string; provider: string; success: boolean }>(
      'select operation, provider, success from public.ai_usage_events where interview_id = $1',
      [session.id],
    );
    expect(events.filter((e) => e.operation === 'score_answer')).toHaveLength(3);
    expect(events.every((e) => e.provider === 'local' && e.success)).toBe(true);
    const [summary] = await sql<{ ai_provider: string }>('select ai_provider from public.interview_sessions where id = $1', [session.id]);
    expect(summary.ai_provider).toBe('local');
  });

  it("another user's response id → 404, and nothing is written", async () => {
    const session = await newSession(alice, { p_total_questions: 1, p_interview_type: 'technical' });
    const { data } = await invoke<{ questions: { id: string }[] }>(alice, 'generate-questions', { session_id: session.session_id });
    const { data: response } = await alice.client.rpc('submit_response', {
      p_question_id: data.questions[0]!.id,
      p_answer_text: GOOD_ANSWERS.technical,
    });
    const id = (response as { id: string }).id;
    const stolen = await invoke(bob, 'score-answer', { response_id: id });
    expect(stolen.status).toBe(404);
    expect(stolen.data).toMatchObject({ error: 'not_found' });
    const [row] = await sql<{ evaluated_at: Date | null }>('select evaluated_at from public.interview_responses where id = $1', [id]);
    expect(row.evaluated_at).toBeNull();
    const other = await invoke(bob, 'complete-interview', { session_id: session.session_id });
    expect(other.status).toBe(404);
  });

  it('double submit (concurrent) → one scoring and one usage event', async () => {
    const session = await newSession(alice, { p_total_questions: 1, p_interview_type: 'technical' });
    const { data } = await invoke<{ questions: { id: string }[] }>(alice, 'generate-questions', { session_id: session.session_id });
    const { data: response } = await alice.client.rpc('submit_response', {
      p_question_id: data.questions[0]!.id,
      p_answer_text: GOOD_ANSWERS.technical,
    });
    const id = (response as { id: string }).id;
    const results = await Promise.all(
      [1, 2, 3].map(() => invoke<{ evaluation: { score: number } }>(alice, 'score-answer', { response_id: id })),
    );
    expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(new Set(results.map((r) => r.data.evaluation.score)).size).toBe(1);
    const [{ n }] = await sql<{ n: number }>(
      "select count(*)::int as n from public.ai_usage_events where response_id = $1 and operation = 'score_answer'",
      [id],
    );
    expect(n).toBe(1);
  });

  it('practice mode scores an ad-hoc question without storing a session', async () => {
    const before = await sql<{ n: number }>('select count(*)::int as n from public.interview_responses where user_id = $1', [bob.user.id]);
    const empty = await invoke<{ evaluation: { score: number; validity: { valid: boolean } }; stored: boolean }>(bob, 'score-answer', {
      question: {
        text: 'What is a database index and when would you add one?',
        type: 'technical',
        key_points: ['B-tree', 'faster reads', 'slower writes'],
      },
      answer: { text: '' },
    });
    expect(empty.status).toBe(200);
    expect(empty.data.evaluation.score).toBeLessThanOrEqual(15);
    expect(empty.data.evaluation.validity.valid).toBe(false);
    const good = await invoke<{ evaluation: { score: number } }>(bob, 'score-answer', {
      question: {
        text: 'What is a database index and when would you add one?',
        type: 'technical',
        key_points: ['B-tree', 'faster reads', 'slower writes'],
      },
      answer: {
        text: 'An index is usually a B-tree over one or more columns that gives faster reads for selective lookups and joins, at the cost of slower writes and extra storage. I add one when EXPLAIN shows a sequential scan on a hot, selective query; on our orders table that took p95 from 900 ms to 12 ms.',
        speaking_duration_seconds: 30,
      },
    });
    expect(good.data.evaluation.score).toBeGreaterThan(empty.data.evaluation.score);
    const after = await sql<{ n: number }>('select count(*)::int as n from public.interview_responses where user_id = $1', [bob.user.id]);
    expect(after[0].n).toBe(before[0].n);
    const [{ n }] = await sql<{ n: number }>(
      "select count(*)::int as n from public.ai_usage_events where user_id = $1 and operation = 'practice_score'",
      [bob.user.id],
    );
    expect(n).toBe(2);
  });

  it('practice attempts are scored from the stored text, once, and the score stays on the attempt (only its owner can score it)', async () => {
    const dave = await signedInUser('dave');
    const [bank] = await sql<{ id: string }>(
      // The good answer is about React re-renders: scoring judges relevance, so it must answer this question.
      "select id from public.question_bank where type = 'technical' and is_active and question like '%React.memo%' order by created_at limit 1",
    );
    const weak = await dave.client
      .from('practice_attempts')
      .insert({ bank_question_id: bank.id, answer_text: 'React renders things when it wants to, I think.' })
      .select('id')
      .single();
    const strong = await dave.client
      .from('practice_attempts')
      .insert({ bank_question_id: bank.id, answer_text: GOOD_ANSWERS.technical, time_taken_seconds: 90 })
      .select('id')
      .single();
    expect(weak.error).toBeNull();

    // Someone else's attempt is not found; a malformed id is a 400.
    const stranger = await invoke<{ error: string }>(bob, 'score-answer', { attempt_id: strong.data!.id });
    expect(stranger.status).toBe(404);
    expect((await invoke(dave, 'score-answer', { attempt_id: 'nope' })).status).toBe(400);
    // The browser cannot send its own text along with an attempt (strict body).
    expect((await invoke(dave, 'score-answer', { attempt_id: strong.data!.id, answer: { text: 'forged' } })).status).toBe(400);

    type Scored = { evaluation: { score: number }; stored: boolean; already_scored: boolean; attempt_id: string };
    const low = await invoke<Scored>(dave, 'score-answer', { attempt_id: weak.data!.id });
    const high = await invoke<Scored>(dave, 'score-answer', { attempt_id: strong.data!.id });
    expect(high.status).toBe(200);
    expect(high.data).toMatchObject({ stored: true, already_scored: false, attempt_id: strong.data!.id });
    expect(high.data.evaluation.score).toBeGreaterThan(low.data.evaluation.score);
    const rows = await sql<{ id: string; score: string; provider: string; evaluated: boolean; has_evaluation: boolean }>(
      `select id, score, ai_provider as provider, evaluated_at is not null as evaluated, evaluation ? 'criteria' as has_evaluation
         from public.practice_attempts where user_id = $1 order by created_at`,
      [dave.user.id],
    );
    expect(rows.map((r) => Number(r.score))).toEqual([low.data.evaluation.score, high.data.evaluation.score]);
    expect(rows.every((r) => r.evaluated && r.has_evaluation && r.provider === 'local')).toBe(true);

    // Scored once: a repeat returns the stored result and calls no provider again.
    const [{ n: usageBefore }] = await sql<{ n: number }>(
      "select count(*)::int as n from public.ai_usage_events where user_id = $1 and operation = 'practice_score'",
      [dave.user.id],
    );
    const again = await invoke<Scored>(dave, 'score-answer', { attempt_id: strong.data!.id });
    expect(again.data).toMatchObject({ already_scored: true, stored: true });
    expect(again.data.evaluation.score).toBe(high.data.evaluation.score);
    const [{ n: usageAfter }] = await sql<{ n: number }>(
      "select count(*)::int as n from public.ai_usage_events where user_id = $1 and operation = 'practice_score'",
      [dave.user.id],
    );
    expect(usageAfter).toBe(usageBefore);

    // The score is the server's to write.
    const forged = await dave.client
      .from('practice_attempts')
      .update({ score: 100 } as never)
      .eq('id', weak.data!.id);
    expect(forged.error).not.toBeNull();
    const visible = await dave.client.from('practice_attempts').select('id, score').eq('bank_question_id', bank.id).order('created_at');
    expect(visible.data!.map((a) => Number(a.score))).toEqual([low.data.evaluation.score, high.data.evaluation.score]);
  });

  it('follow-up treats code submitted without an explanation as an answer (no 409 no_answer)', async () => {
    const coder = await signedInUser('coder');
    const session = await newSession(coder, { p_total_questions: 1, p_interview_type: 'coding' });
    const { data } = await invoke<{ questions: { id: string }[] }>(coder, 'generate-questions', { session_id: session.session_id });
    const qid = data.questions[0]!.id;
    const submitted = await coder.client.rpc('submit_response', {
      p_question_id: qid,
      p_code_answer: 'function solve(input) {\n  return input;\n}',
      p_code_language: 'javascript',
    });
    expect(submitted.error).toBeNull();
    const asked = await invoke<{ error?: string }>(coder, 'follow-up', { session_id: session.session_id, question_id: qid });
    expect(asked.data.error).not.toBe('no_answer');
    expect(asked.status).toBe(200);
  });

  it('follow-up asks for the missing STAR result once, as a question of its own that is answered, scored and reported', async () => {
    const carol = await signedInUser('carol'); // the free plan allows 3 interviews a month per user
    const session = await newSession(carol, { p_total_questions: 1, p_interview_type: 'behavioral' });
    const { data } = await invoke<{ questions: { id: string }[] }>(carol, 'generate-questions', { session_id: session.session_id });
    const qid = data.questions[0]!.id;
    // The answer below is a story about a disagreement; scoring judges relevance, so the question must ask for one.
    await sql("update public.interview_questions set question_text = $2, expected_answer = null, key_points = '{}' where id = $1", [
      qid,
      'Tell me about a time your team disagreed about a technical decision. How did you handle it?',
    ]);
    await carol.client.rpc('submit_response', {
      p_question_id: qid,
      p_answer_text:
        'At my previous company our team disagreed about moving to a monorepo. I was the tech lead responsible for the decision. I organised a meeting, listened to both sides, wrote a comparison document and proposed a two-week trial with the most skeptical engineer owning the migration plan.',
    });
    type FollowUpBody = {
      follow_up: string | null;
      reason: string;
      message_id: string | null;
      follow_up_question_id: string | null;
      already_asked: boolean;
    };
    const first = await invoke<FollowUpBody>(carol, 'follow-up', { session_id: session.session_id, question_id: qid });
    expect(first.status).toBe(200);
    expect(first.data.follow_up).toBeTruthy();
    expect(first.data.reason).toMatch(/missing_result|vague_claim/);
    expect(first.data.already_asked).toBe(false);
    expect(first.data.follow_up_question_id).toMatch(/^[0-9a-f-]{36}$/);
    // asking again: the same follow-up, its original reason, the same question
    const second = await invoke<FollowUpBody>(carol, 'follow-up', { session_id: session.session_id, question_id: qid });
    expect(second.data.already_asked).toBe(true);
    expect(second.data.reason).toBe(first.data.reason);
    expect(second.data.message_id).toBe(first.data.message_id);
    expect(second.data.follow_up_question_id).toBe(first.data.follow_up_question_id);
    const { data: messages } = await carol.client
      .from('interview_messages')
      .select('role, is_follow_up')
      .eq('interview_id', session.id)
      .eq('is_follow_up', true);
    expect(messages).toEqual([{ role: 'assistant', is_follow_up: true }]);

    // the follow-up is an interview_questions row (service-written), with answer keys derived from the reason
    const fuId = first.data.follow_up_question_id!;
    const [parent] = await sql<{ question_type: string; difficulty: string; skill_category: string }>(
      'select question_type, difficulty, skill_category from public.interview_questions where id = $1',
      [qid],
    );
    const [fu] = await sql<{
      is_follow_up: boolean;
      parent_question_id: string;
      source: string;
      question_text: string;
      question_type: string;
      difficulty: string;
      skill_category: string;
      expected_answer: string;
      key_points: string[];
    }>(
      'select is_follow_up, parent_question_id, source, question_text, question_type, difficulty, skill_category, expected_answer, key_points from public.interview_questions where id = $1',
      [fuId],
    );
    expect(fu).toMatchObject({
      is_follow_up: true,
      parent_question_id: qid,
      source: 'follow_up',
      question_text: first.data.follow_up,
      ...parent,
    });
    expect(fu.key_points.length).toBeGreaterThan(0);
    if (first.data.reason === 'missing_result') expect(fu.key_points).toContain('measurable result of the actions');
    expect(fu.expected_answer).toContain(fu.key_points[0]);
    // the candidate sees the question but not its answer keys before answering
    const { data: visible } = await carol.client
      .from('interview_questions')
      .select('id, is_follow_up, parent_question_id')
      .eq('id', fuId)
      .single();
    expect(visible).toEqual({ id: fuId, is_follow_up: true, parent_question_id: qid });
    expect((await carol.client.from('interview_questions').select('expected_answer').eq('id', fuId)).error).not.toBeNull();
    // users cannot create follow-up questions themselves
    const forged = await carol.client.from('interview_questions').insert({
      interview_id: session.id,
      question_text: 'Forged',
      question_type: 'behavioral',
      difficulty: 'easy',
      order_number: 9,
      is_follow_up: true,
      parent_question_id: qid,
    } as never);
    expect(forged.error).not.toBeNull();

    // another user can neither ask, answer nor score it
    const bobAsks = await invoke(bob, 'follow-up', { session_id: session.session_id, question_id: qid });
    expect(bobAsks.status).toBe(404);
    const bobAnswers = await bob.client.rpc('submit_response', { p_question_id: fuId, p_answer_text: 'Not mine to answer.' });
    expect(bobAnswers.error?.code).toBe('42501');

    // answering it: submit_response on the follow-up question (not counted as a question answered), then score-answer
    const answered = await carol.client.rpc('submit_response', {
      p_question_id: fuId,
      p_answer_text:
        'The result: the trial went well, we moved to the monorepo and cut CI time by 40%, from 25 to 15 minutes. I learned that a time-boxed trial settles a disagreement faster than arguing.',
      p_time_taken_seconds: 45,
    });
    expect(answered.error).toBeNull();
    const fuResponseId = (answered.data as { id: string }).id;
    const [counts] = await sql<{ questions_answered: number; total_questions: number }>(
      'select questions_answered, total_questions from public.interview_sessions where id = $1',
      [session.id],
    );
    expect(counts).toEqual({ questions_answered: 1, total_questions: 1 });
    const bobScores = await invoke(bob, 'score-answer', { response_id: fuResponseId });
    expect(bobScores.status).toBe(404);
    const fuScored = await invoke<{ evaluation: { score: number; feedback: string }; already_scored: boolean }>(carol, 'score-answer', {
      response_id: fuResponseId,
    });
    expect(fuScored.status).toBe(200);
    expect(fuScored.data.already_scored).toBe(false);
    const [fuRow] = await sql<{ score: string; evaluated_at: Date | null }>(
      'select score, evaluated_at from public.interview_responses where id = $1',
      [fuResponseId],
    );
    expect(fuRow.evaluated_at).not.toBeNull();
    expect(Number(fuRow.score)).toBe(fuScored.data.evaluation.score);

    // the report: one question item (the follow-up merged in), with the follow-up nested under it
    const completed = await invoke<{
      report: {
        overall_score: number | string;
        statistics: {
          question_count: number;
          answered: number;
          follow_ups_answered: number;
          questions: Array<{
            question_id: string;
            score: number;
            answer_score: number;
            follow_ups: Array<{ question_id: string; score: number }>;
          }>;
        };
      };
    }>(carol, 'complete-interview', { session_id: session.session_id });
    expect(completed.status).toBe(200);
    const stats = completed.data.report.statistics;
    expect(stats).toMatchObject({ question_count: 1, answered: 1, follow_ups_answered: 1 });
    expect(stats.questions).toHaveLength(1);
    const item = stats.questions[0]!;
    expect(item.question_id).toBe(qid);
    expect(item.follow_ups).toEqual([{ question_id: fuId, question_text: first.data.follow_up, score: fuScored.data.evaluation.score }]);
    expect(item.score).toBe(Math.round(0.75 * item.answer_score + 0.25 * fuScored.data.evaluation.score));
    expect(Number(completed.data.report.overall_score)).toBe(item.score);
    // … and the candidate can read it back as the report page does
    const { data: rows } = await carol.client
      .from('interview_questions')
      .select('id, is_follow_up, parent_question_id')
      .eq('interview_id', session.id)
      .order('order_number');
    expect(rows).toEqual([
      { id: qid, is_follow_up: false, parent_question_id: null },
      { id: fuId, is_follow_up: true, parent_question_id: qid },
    ]);
    const { data: fuResponse } = await carol.client
      .from('interview_responses')
      .select('question_id, score, ai_feedback')
      .eq('question_id', fuId)
      .single();
    expect(fuResponse).toMatchObject({ question_id: fuId, score: fuScored.data.evaluation.score });
    expect(fuResponse?.ai_feedback).toBeTruthy();
  });

  it('coach-chat is a Pro feature: free users get a clear 403', async () => {
    const denied = await invoke(bob, 'coach-chat', { message: 'How do I prepare?' });
    expect(denied.status).toBe(403);
    expect(denied.data).toMatchObject({ error: 'plan_required' });
  });

  it('coach-chat answers from the bank and stores both messages (JSON and SSE)', async () => {
    await sql(
      `insert into public.subscriptions (id, user_id, stripe_customer_id, plan_id, status) values ($1, $2, 'cus_test', 'pro_monthly', 'active')`,
      [`sub_${alice.user.id.replace(/-/g, '')}`, alice.user.id],
    );
    const first = await invoke<{ chat_session_id: string; message: { content: string; provider: string; response_time_ms: number } }>(
      alice,
      'coach-chat',
      { message: 'How do I prepare for React interview questions?' },
    );
    expect(first.status, JSON.stringify(first.data)).toBe(200);
    expect(first.data.message.provider).toBe('local');
    expect(first.data.message.content).toMatch(/React/);
    const { data: messages } = await alice.client
      .from('chat_messages')
      .select('role')
      .eq('chat_session_id', first.data.chat_session_id)
      .order('created_at');
    expect(messages?.map((m) => m.role)).toEqual(['user', 'assistant']);

    const { stack } = await import('../helpers/stack.ts');
    const response = await fetch(`${stack().apiUrl}/functions/v1/coach-chat`, {
      method: 'POST',
      headers: { authorization: `Bearer ${alice.session.access_token}`, apikey: stack().anonKey, 'content-type': 'application/json' },
      body: JSON.stringify({ chat_session_id: first.data.chat_session_id, message: 'And for behavioral questions?', stream: true }),
    });
    expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
    const text = await response.text();
    expect(text).toMatch(/event: meta/);
    expect(text).toMatch(/event: token/);
    expect(text).toMatch(/event: done/);
    await sql(
      `insert into public.subscriptions (id, user_id, stripe_customer_id, plan_id, status) values ($1, $2, 'cus_test2', 'pro_monthly', 'active')`,
      [`sub_${bob.user.id.replace(/-/g, '')}`, bob.user.id],
    );
    const other = await invoke(bob, 'coach-chat', { chat_session_id: first.data.chat_session_id, message: 'hi' });
    expect(other.status).toBe(404);
  });

  it('service role can see one usage row per AI call with cost and latency', async () => {
    const { data } = await serviceClient()
      .from('ai_usage_events')
      .select('provider, model, cost_usd, latency_ms, success')
      .eq('user_id', alice.user.id);
    expect(data!.length).toBeGreaterThan(0);
    expect(data!.every((e) => e.provider === 'local' && Number(e.cost_usd) === 0)).toBe(true);
  });
});

// ── scoring claims: the same answer is never scored (or billed) twice ───────────────────
describe('score-answer claims the response before calling any provider', () => {
  let dave: Awaited<ReturnType<typeof signedInUser>>;
  beforeAll(async () => {
    await seedBankOnce();
    dave = await signedInUser('dave'); // own quota: alice used her 3 free interviews above
  });

  async function answered() {
    const session = await newSession(dave, { p_total_questions: 1, p_interview_type: 'technical' });
    const { data } = await invoke<{ questions: { id: string }[] }>(dave, 'generate-questions', { session_id: session.session_id });
    const { data: response, error } = await dave.client.rpc('submit_response', {
      p_question_id: data.questions[0]!.id,
      p_answer_text: GOOD_ANSWERS.technical,
    });
    if (error) throw new Error(error.message);
    return (response as { id: string }).id;
  }
  const usageRows = async (id: string) =>
    (await sql<{ n: number }>('select count(*)::int as n from public.ai_usage_events where response_id = $1', [id]))[0]!.n;

  it('the claim column is service-only: users cannot read or write scoring_started_at', async () => {
    const id = await answered();
    const read = await dave.client
      .from('interview_responses')
      .select('id, scoring_started_at' as 'id')
      .eq('id', id);
    expect(read.error?.code).toBe('42501');
    const write = await dave.client
      .from('interview_responses')
      .update({ scoring_started_at: null } as never)
      .eq('id', id);
    expect(write.error?.code).toBe('42501');
    const own = await dave.client.from('interview_responses').select('id, evaluated_at').eq('id', id).single();
    expect(own.data).toEqual({ id, evaluated_at: null });
    // nor through submit_response, which returns the whole row (here after a scorer abandoned its claim)
    await sql("update public.interview_responses set scoring_started_at = now() - interval '1 hour' where id = $1", [id]);
    const [{ question_id }] = (await sql<{ question_id: string }>('select question_id from public.interview_responses where id = $1', [
      id,
    ])) as [{ question_id: string }];
    const resubmitted = await dave.client.rpc('submit_response', { p_question_id: question_id, p_answer_text: GOOD_ANSWERS.technical });
    expect(resubmitted.error).toBeNull();
    expect((resubmitted.data as { scoring_started_at: string | null }).scoring_started_at).toBeNull();
  });

  it('a request that loses the claim waits for the winner and returns its result without calling a provider', async () => {
    const id = await answered();
    // another request holds a fresh claim (it is calling a provider right now) …
    await sql('update public.interview_responses set scoring_started_at = now() where id = $1', [id]);
    const pending = invoke<{ evaluation: { score: number; feedback: string }; provider: string; already_scored: boolean }>(
      dave,
      'score-answer',
      { response_id: id },
    );
    await new Promise((resolve) => setTimeout(resolve, 700));
    // … and stores its result while this one waits
    const rubric = {
      score: 64,
      feedback: 'Stored by the winner.',
      criteria: [],
      strengths: [],
      weaknesses: [],
      missed_key_points: [],
      suggested_outline: [],
      dimensions: { communication: 60, technical: 66, behavioral: 50 },
    };
    await sql(
      `update public.interview_responses set score = 64, rubric = $2, ai_provider = 'winner-provider', evaluated_at = now() where id = $1`,
      [id, rubric],
    );
    const result = await pending;
    expect(result.status, JSON.stringify(result.data)).toBe(200);
    expect(result.data).toMatchObject({
      already_scored: true,
      provider: 'winner-provider',
      evaluation: { score: 64, feedback: 'Stored by the winner.' },
    });
    expect(await usageRows(id)).toBe(0); // the waiting request called no provider and billed nothing
  });

  it('a stale claim (its heartbeat older than the 15 s lease: the scorer died) is taken over', async () => {
    const id = await answered();
    await sql("update public.interview_responses set scoring_started_at = now() - interval '3 minutes' where id = $1", [id]);
    const result = await invoke<{ already_scored: boolean; provider: string }>(dave, 'score-answer', { response_id: id });
    expect(result.status, JSON.stringify(result.data)).toBe(200);
    expect(result.data).toMatchObject({ already_scored: false, provider: 'local' });
    const [row] = await sql<{ fresh: boolean; scored: boolean }>(
      "select scoring_started_at > now() - interval '1 minute' as fresh, evaluated_at is not null as scored from public.interview_responses where id = $1",
      [id],
    );
    expect(row).toEqual({ fresh: true, scored: true });
    expect(await usageRows(id)).toBe(1);
  });
});

// ── the same through a real (fake-vendor) provider: the LLM stack (AI_PROVIDERS=openai,local) ──
describe('concurrent scoring through a real provider (LLM stack)', () => {
  it('5 simultaneous score-answer calls → one vendor call, one ai_usage_events row, the same result for all', async () => {
    const erin = await llmUser('erin');
    const { data: session, error } = await erin.client.rpc('create_interview_session', {
      p_job_role: 'Backend Developer',
      p_interview_type: 'technical',
      p_difficulty: 'medium',
      p_total_questions: 1,
    });
    if (error) throw new Error(error.message);
    const marker = randomUUID();
    // the question is inserted directly (generate-questions would itself call the fake vendor)
    const [question] = await llmSql<{ id: string }>(
      `insert into public.interview_questions (interview_id, question_text, question_type, difficulty, expected_answer, key_points)
       values ($1, $2, 'technical', 'medium', 'B-tree; faster reads; slower writes.', '{B-tree,faster reads,slower writes}') returning id`,
      [(session as { id: string }).id, `What is a database index and when would you add one? (${marker})`],
    );
    const { data: response, error: submitError } = await erin.client.rpc('submit_response', {
      p_question_id: question!.id,
      p_answer_text:
        'An index is usually a B-tree over one or more columns that gives faster reads for selective lookups and joins, at the cost of slower writes and extra storage. I add one when EXPLAIN shows a sequential scan on a hot, selective query; on our orders table that took p95 from 900 ms to 12 ms.',
    });
    if (submitError) throw new Error(submitError.message);
    const id = (response as { id: string }).id;

    const evaluation = {
      score: 81,
      criteria: [{ name: 'Accuracy', score: 82, rationale: 'Correct.' }],
      strengths: ['Concrete metric'],
      weaknesses: ['No covering index'],
      missed_key_points: [],
      suggested_outline: ['Define', 'Trade-offs'],
      dimensions: { communication: 80, technical: 84, behavioral: 60 },
      feedback: 'FAKE-VENDOR: precise and measured.',
    };
    await withFakeLlm({ answer: evaluation }, async () => {
      const results = await Promise.all(
        Array.from({ length: 5 }, () =>
          invoke<{ evaluation: { score: number; feedback: string }; provider: string; already_scored: boolean }>(erin, 'score-answer', {
            response_id: id,
          }),
        ),
      );
      expect(
        results.map((r) => r.status),
        JSON.stringify(results.map((r) => r.data)),
      ).toEqual([200, 200, 200, 200, 200]);
      expect(results.filter((r) => !r.data.already_scored)).toHaveLength(1);
      expect(new Set(results.map((r) => `${r.data.provider} ${r.data.evaluation.score} ${r.data.evaluation.feedback}`))).toEqual(
        new Set(['openai 81 FAKE-VENDOR: precise and measured.']),
      );

      const vendorCalls = ((await fake('/_fake/requests')) as { body: unknown }[]).filter((r) => JSON.stringify(r.body).includes(marker));
      expect(vendorCalls).toHaveLength(1);
    });
    const usage = await llmSql<{ provider: string; success: boolean; operation: string }>(
      'select provider, success, operation from public.ai_usage_events where response_id = $1',
      [id],
    );
    expect(usage).toEqual([{ provider: 'openai', success: true, operation: 'score_answer' }]);
    const [row] = await llmSql<{ score: string; ai_provider: string; claimed: boolean }>(
      'select score, ai_provider, scoring_started_at is not null as claimed from public.interview_responses where id = $1',
      [id],
    );
    expect(row).toEqual({ score: '81.00', ai_provider: 'openai', claimed: true });
    const [summary] = await llmSql<{ ai_provider: string; ai_cost_usd: string }>(
      'select ai_provider, ai_cost_usd::text from public.interview_sessions where id = $1',
      [(session as { id: string }).id],
    );
    expect(summary!.ai_provider).toBe('openai');
  });
});
