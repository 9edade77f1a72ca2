/**
 * Shared helpers for the database tests: real users signed up through the auth API, clients that
 * talk to the real PostgREST through the gateway, and superuser SQL for fixtures and for checking
 * what actually landed in the database.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { makeAdmin, serviceClient, signedInUser, sql, sqlOne, stack, type TestUser } from '../helpers/stack.ts';

export {
  anonClient,
  closeSql,
  serviceClient,
  sql,
  sqlOne,
  stack,
  STRONG_PASSWORD as PASSWORD,
  uniqueEmail,
  type Client,
  type TestUser,
} from '../helpers/stack.ts';

/** Signs up a fresh user through the real auth API (supabase-js auth.signUp). */
export const createUser = (label = 'user', metadata: Record<string, unknown> = {}): Promise<TestUser> => signedInUser(label, { metadata });

/** Makes a user an admin the way an operator would bootstrap the first one: SQL as the owner. */
export async function createAdmin(label = 'admin'): Promise<TestUser> {
  const admin = await createUser(label);
  await makeAdmin(admin.id);
  return admin;
}

// ── SQL fixtures ─────────────────────────────────────────────────────────────────────────

export async function giveSubscription(userId: string, planId = 'pro_monthly', status = 'active') {
  const id = `sub_${randomUUID().replaceAll('-', '')}`;
  await sql(`insert into public.subscriptions (id, user_id, stripe_customer_id, plan_id, status) values ($1, $2, $3, $4, $5)`, [
    id,
    userId,
    `cus_${randomUUID().replaceAll('-', '').slice(0, 14)}`,
    planId,
    status,
  ]);
  return id;
}

export async function insertSession(
  userId: string,
  status: 'pending' | 'in_progress' = 'in_progress',
  extra: Record<string, unknown> = {},
) {
  const cols = ['user_id', 'title', 'job_role', 'status', ...Object.keys(extra)];
  const vals = [userId, 'Fixture interview', 'Backend Developer', status, ...Object.values(extra)];
  return sqlOne<{ id: string; session_id: string }>(
    `insert into public.interview_sessions (email, ${cols.join(', ')})
     select p.email, ${cols.map((_, i) => `$${i + 1}`).join(', ')} from public.user_profiles p where p.id = $1
     returning id, session_id`,
    vals,
  );
}

export async function insertQuestion(interviewId: string, extra: { bank_question_id?: string; expected_answer?: string } = {}) {
  return sqlOne<{ id: string }>(
    `insert into public.interview_questions (interview_id, question_text, question_type, difficulty, expected_answer, key_points, bank_question_id)
     values ($1, 'Explain how an index speeds up a query.', 'technical', 'medium', $2, '{b-tree,selectivity}', $3) returning id`,
    [interviewId, extra.expected_answer ?? 'A B-tree lets the planner avoid a sequential scan.', extra.bank_question_id ?? null],
  );
}

export async function insertBankQuestion(extra: Partial<{ difficulty: string; is_active: boolean }> = {}) {
  return sqlOne<{ id: string }>(
    `insert into public.question_bank (question, type, category, difficulty, expected_answer, key_points, sample_code, evaluation_criteria, is_active)
     values ('Fixture ' || $3 || ': what is a database index and when does it help?', 'technical', 'backend', $1,
             'SECRET-EXPECTED-ANSWER', '{SECRET-KEY-POINT}', 'SECRET-SAMPLE-CODE',
             '[{"criterion":"accuracy","weight":60,"description":"x"},{"criterion":"clarity","weight":40,"description":"y"}]', $2)
     returning id`,
    [extra.difficulty ?? 'medium', extra.is_active ?? true, randomUUID().slice(0, 8)], // question text is unique
  );
}

/** PostgREST error code of a failed call (Postgres SQLSTATE or PGRST…). */
export function codeOf(result: { error: { code?: string } | null }) {
  return result.error?.code;
}

export const FINISHED_ANSWER = 'I would add a B-tree index on user_id because the planner then skips the sequential scan (QUOTE-MARKER).';
export const FINISHED_IMPROVED_ANSWER = 'IMPROVED-ANSWER-MARKER: add a composite index and check the plan with EXPLAIN ANALYZE.';

/** A completed interview with one scored answer (rubric with quoted evidence), a report and a skill gap. */
export async function insertFinishedInterview(user: TestUser) {
  const session = await insertSession(user.id, 'in_progress', {
    company: 'Acme',
    resume_filename: 'secret-cv.pdf',
    resume_text: 'RESUME-MARKER',
  });
  const question = await insertQuestion(session.id);
  const rubric = {
    score: 72,
    criteria: [{ name: 'accuracy', weight: 100, score: 72, rationale: 'Mostly right.' }],
    strengths: ['Names the B-tree'],
    weaknesses: ['No selectivity'],
    key_points: [
      { point: 'b-tree', covered: true, evidence: FINISHED_ANSWER },
      { point: 'selectivity', covered: false },
    ],
    star: {
      situation: { found: true, evidence: FINISHED_ANSWER },
      task: { found: false },
      action: { found: false },
      result: { found: false },
    },
    improved_answer: FINISHED_IMPROVED_ANSWER,
  };
  await sql(
    `insert into public.interview_responses (question_id, interview_id, user_id, answer_text, score, rubric, improved_answer, strengths, weaknesses, evaluated_at)
     values ($1, $2, $3, $4, 72, $5, $6, '{Names the B-tree}', '{No selectivity}', now())`,
    [question.id, session.id, user.id, FINISHED_ANSWER, JSON.stringify(rubric), FINISHED_IMPROVED_ANSWER],
  );
  const done = await serviceClient().rpc('complete_interview', {
    p_session_id: session.session_id,
    p_score: 72,
    p_report: {
      summary: 'Solid basics.',
      strengths: ['SQL'],
      weaknesses: ['Depth'],
      recommendations: ['Read about selectivity'],
      scores: { overall: 72, technical: 72 },
    },
  });
  if (done.error) throw new Error(`complete_interview failed: ${done.error.message}`);
  const gap = await sqlOne<{ id: string }>(
    `insert into public.skill_gaps (user_id, interview_id, skill_name, proficiency_level, gap_score, skill_score, recommendation)
     values ($1, $2, 'Databases', 'moderate', 40, 60, 'Practise index selectivity.') returning id`,
    [user.id, session.id],
  );
  await sql(
    `insert into public.skill_gap_resources (skill_gap_id, resource_id, user_id, priority)
     select $1, id, $2, 1 from public.learning_resources order by title limit 1`,
    [gap.id, user.id],
  );
  return { ...session, questionId: question.id };
}

export type UpdateOutcome = 'ok' | string; // 'ok' or '<sqlstate> <constraint>'

/** Applies each SET list to the row in a savepoint that is rolled back, and reports what Postgres said. */
export async function updateOutcomes(table: string, where: string, params: unknown[], sets: string[]): Promise<UpdateOutcome[]> {
  const client = new pg.Client({ connectionString: stack().dbUrl });
  await client.connect();
  try {
    await client.query('begin');
    const results: UpdateOutcome[] = [];
    for (const set of sets) {
      await client.query('savepoint attempt');
      try {
        const { rowCount } = await client.query(`update public.${table} set ${set} where ${where}`, params);
        if (rowCount !== 1) throw new Error(`${set}: updated ${rowCount} rows, not 1`);
        results.push('ok');
      } catch (error) {
        const { code, constraint } = error as { code: string; constraint?: string };
        results.push(`${code} ${constraint}`);
      }
      await client.query('rollback to savepoint attempt');
    }
    await client.query('rollback');
    return results;
  } finally {
    await client.end();
  }
}
