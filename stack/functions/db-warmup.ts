// A warm-up of the functions' database connections, run by the local runtime in each worker (main.ts) once the
// functions' pool is open, before the worker takes calls. Local only: hosted Supabase's isolates start as they
// always did (this file is not part of any function).
//
// Why: a new Postgres backend spends ~31–35 ms of CPU on its first `begin_question_generation` and
// `save_generated_questions` against ~5–6 ms warm (loading each relation's indexes, constraints, triggers and
// policies, planning each statement, compiling the plpgsql functions; bench/loop-sql/cold-generate.ts), and a fresh
// stack's first wave of users pays that on every functions connection in the same second as everything else.
//
// What it does: on each connection, one transaction that is always rolled back — a made-up user (auth.users, which
// creates the profile) on the Pro plan, an interview created as that user, then the functions' own calls as the
// service role: questions generated and saved from the bank, an answer submitted as the user and claimed for
// scoring, the interview claimed for completion. Nothing is committed: no row, no claim and no notification
// outlives the transaction (sequences move on, as after any rolled-back call); the locks it takes are on its own
// new rows, the bank rows its questions reference (key share) and its own user's advisory lock.

const SERVICE_ROLE = `select set_config('role', 'service_role', true), set_config('request.jwt.claims', '{"role":"service_role"}', true),
  set_config('statement_timeout', '8s', true), set_config('lock_timeout', '8s', true)`;

/** Three active bank questions (a coding one first) as `save_generated_questions` takes them, one row each. */
export const BANK_QUESTIONS_SQL = `select jsonb_build_object('bank_question_id', id, 'question_text', question,
    'question_type', type, 'difficulty', difficulty, 'skill_category', category, 'skills', skills,
    'time_limit_seconds', time_limit_seconds, 'starter_code', starter_code, 'function_name', function_name,
    'test_cases', test_cases, 'expected_answer', expected_answer, 'key_points', key_points, 'sample_code', sample_code,
    'evaluation_criteria', evaluation_criteria, 'source', 'bank') as question
  from public.question_bank where is_active order by type = 'coding' desc, id limit 3`;

/** The usage the local engine records for one generation of questions. */
export const localGenerationUsage = (userId: string, interviewId: string) => [
  {
    user_id: userId,
    interview_id: interviewId,
    operation: 'generate_questions',
    provider: 'local',
    model: 'local-bank',
    latency_ms: 1,
    success: true,
    attempt: 1,
    metadata: {},
  },
];

/** What this file uses of a reserved postgres.js connection (the functions' pool, _shared/db.ts). */
export interface Sql {
  <T extends readonly unknown[] = Record<string, unknown>[]>(strings: TemplateStringsArray, ...values: unknown[]): Promise<T>;
  unsafe(query: string): Promise<unknown>;
}

async function asUser(sql: Sql, userId: string) {
  await sql`select set_config('role', 'authenticated', true),
    set_config('request.jwt.claims', ${JSON.stringify({ sub: userId, role: 'authenticated', aal: 'aal1' })}, true)`;
}

async function asServiceRole(sql: Sql) {
  await sql.unsafe(SERVICE_ROLE);
}

/** The interview loop of one made-up user inside a transaction that is rolled back; throws at the first failure. */
async function loopOnce(sql: Sql): Promise<void> {
  const userId = crypto.randomUUID();
  await sql`insert into auth.users (instance_id, id, aud, role, email, email_confirmed_at, raw_app_meta_data, raw_user_meta_data,
      created_at, updated_at)
    values ('00000000-0000-0000-0000-000000000000', ${userId}::uuid, 'authenticated', 'authenticated',
      ${`warm-up-${userId}@example.invalid`}, now(), '{"provider":"email","providers":["email"]}', '{}', now(), now())`;
  await sql`insert into public.subscriptions (id, user_id, stripe_customer_id, plan_id, status)
    values (${`sub_warmup${userId.replaceAll('-', '')}`}, ${userId}::uuid, ${`cus_warmup${userId.replaceAll('-', '').slice(0, 14)}`}, 'pro_monthly', 'active')`;
  // as the connecting role, before the API roles are taken on
  const bank = (await sql.unsafe(BANK_QUESTIONS_SQL)) as { question: unknown }[];
  await asUser(sql, userId);
  const [created] = await sql<{ id: string; session_id: string }[]>`select id, session_id from public.create_interview_session(
    p_job_role => 'Frontend Developer', p_interview_type => 'mixed', p_difficulty => 'medium',
    p_tech_stack => '{React,TypeScript}'::text[], p_interaction_mode => 'text', p_total_questions => 3)`;
  await asServiceRole(sql);
  const [begun] = await sql<{ result: { state: string; slot_id: number | null } }[]>`select public.begin_question_generation(
    p_user_id => ${userId}::uuid, p_session_id => ${created!.session_id}::text, p_rate_max => 20::integer,
    p_rate_window_seconds => 3600::integer) as result`;
  if (begun!.result.state !== 'generate') throw new Error(`begin_question_generation: ${JSON.stringify(begun!.result)}`);
  await sql`select public.save_generated_questions(p_interview_id => ${created!.id}::uuid,
    p_questions => ${JSON.stringify(bank.map((row: { question: unknown }) => row.question))}::text::jsonb, p_usage => ${JSON.stringify(localGenerationUsage(userId, created!.id))}::text::jsonb,
    p_slot_id => ${begun!.result.slot_id}::bigint) as result`;
  await asUser(sql, userId);
  const [question] = await sql<{ id: string }[]>`select id from public.interview_questions
    where interview_id = ${created!.id}::uuid order by order_number limit 1`;
  if (!question) throw new Error('save_generated_questions saved no question');
  const [response] = await sql<{ id: string }[]>`select id from public.submit_response(p_question_id => ${question.id}::uuid,
    p_answer_text => 'I would measure first, then change the slowest part and check the result.', p_time_taken_seconds => 90)`;
  await asServiceRole(sql);
  await sql`select public.claim_response_scoring(p_user_id => ${userId}::uuid, p_response_id => ${response!.id}::uuid,
    p_rate_max => 20::integer, p_rate_window_seconds => 3600::integer) as result`;
  await sql`select public.claim_interview_completion(p_user_id => ${userId}::uuid, p_session_id => ${created!.session_id}::text,
    p_rate_max => 20::integer, p_rate_window_seconds => 3600::integer) as result`;
}

/** Runs the loop once on `sql` and rolls everything back, whatever happened; resolves with the error, if any. */
export async function warmConnection(sql: Sql): Promise<Error | undefined> {
  await sql`begin`;
  try {
    await loopOnce(sql);
    return undefined;
  } catch (error) {
    return error as Error;
  } finally {
    await sql`rollback`;
  }
}
