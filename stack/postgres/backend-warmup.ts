// Local stack only: the interview loop run once on a new database backend, always rolled back, so that the
// backend's first-use work happens before the first users' calls. Installed after the migrations, in a schema of
// its own (`local_stack`, which no API role can use and no migration or deploy knows of):
//
// - `local_stack.run_interview_loop()`: a made-up user on the Pro plan creates an interview as `authenticated`, the
//   functions' service-role steps generate and save its questions, the user reads them and submits an answer, the
//   answer is claimed for scoring, the interview for completion and the history read. It commits nothing itself:
//   its callers roll it back.
// - A login event trigger (Postgres 17) that runs it for each new connection of PostgREST's role (`authenticator`),
//   inside a block whose changes are always undone: PostgREST opens its pool at start (postgrest-pool-warmup.ts) and
//   again after an idle spell, and each of those backends comes up warm. Logins of every other role skip it.
// - The functions' local runtime runs the same loop on each of its own connections (stack/functions/db-warmup.ts).
//
// Why: a new backend spends ~30–35 ms of CPU on its first create_interview_session against ~5 ms warm (loading each
// relation's indexes, constraints, triggers and policies, planning each statement, compiling the plpgsql functions;
// bench/loop-sql/cold-create.ts), and a fresh stack's first wave of users paid that on every PostgREST connection
// in the same second as everything else. Hosted Supabase keeps PostgREST's pool warm by serving traffic; a local
// stack starts cold every time.
//
// Nothing outlives the rollback: no row, no claim, no notification (sequences move on, as after any rolled-back
// call). The locks it takes are on its own new rows, the bank rows its questions reference (key share) and its own
// user's advisory locks. If the loop fails (a schema this version does not know), the login goes on as before.
import pg from 'pg';

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

const quoted = (text: string) => `'${text.replaceAll("'", "''")}'`;

const WARMUP_SQL = `
create schema if not exists local_stack;
revoke all on schema local_stack from public;
grant usage on schema local_stack to authenticator, postgres;

-- What the made-up user needs and only the platform may write: the auth user (its profile follows from the
-- trigger on auth.users), an active Pro subscription, and three bank questions as generate-questions saves them.
create or replace function local_stack.new_warmup_user(out user_id uuid, out questions jsonb)
language plpgsql
security definer
set search_path = ''
as $$
begin
  user_id := gen_random_uuid();
  insert into auth.users (instance_id, id, aud, role, email, email_confirmed_at, raw_app_meta_data, raw_user_meta_data,
      created_at, updated_at)
    values ('00000000-0000-0000-0000-000000000000', user_id, 'authenticated', 'authenticated',
      'warm-up-' || user_id || '@example.invalid', now(), '{"provider":"email","providers":["email"]}', '{}', now(), now());
  insert into public.subscriptions (id, user_id, stripe_customer_id, plan_id, status)
    values ('sub_warmup' || replace(user_id::text, '-', ''), user_id,
      'cus_warmup' || left(replace(user_id::text, '-', ''), 14), 'pro_monthly', 'active');
  select jsonb_agg(b.question) into questions from (${BANK_QUESTIONS_SQL}) b;
end;
$$;
revoke execute on function local_stack.new_warmup_user() from public;
grant execute on function local_stack.new_warmup_user() to authenticator, postgres;

create or replace function local_stack.run_interview_loop()
returns void
language plpgsql
set search_path = ''
as $$
declare
  v_fixture record;
  v_session record;
  v_begun jsonb;
  v_question uuid;
  v_response uuid;
  v_as_user text;
  v_as_service constant text := '{"role":"service_role"}';
begin
  -- A migration running meanwhile (npm run db:reset on a running stack) takes its tables' locks in its own order:
  -- the warm-up gives way within 50 ms instead of waiting, which would end in a deadlock that fails the migration.
  perform set_config('lock_timeout', '50ms', true);
  select f.user_id, f.questions into v_fixture from local_stack.new_warmup_user() f;
  -- The role and claims PostgREST and the functions set for each request; from here on only the API roles' rights
  -- apply (they cannot use this schema).
  v_as_user := json_build_object('sub', v_fixture.user_id, 'role', 'authenticated', 'aal', 'aal1')::text;
  perform set_config('role', 'authenticated', true), set_config('request.jwt.claims', v_as_user, true);
  select s.id, s.session_id into v_session from public.create_interview_session(
    p_job_role => 'Frontend Developer', p_interview_type => 'mixed', p_difficulty => 'medium',
    p_tech_stack => '{React,TypeScript}'::text[], p_interaction_mode => 'text', p_total_questions => 3) s;
  perform set_config('role', 'service_role', true), set_config('request.jwt.claims', v_as_service, true);
  v_begun := public.begin_question_generation(p_user_id => v_fixture.user_id, p_session_id => v_session.session_id,
    p_rate_max => 20, p_rate_window_seconds => 3600);
  if v_begun ->> 'state' <> 'generate' then
    raise exception 'begin_question_generation: %', v_begun;
  end if;
  perform public.save_generated_questions(p_interview_id => v_session.id, p_questions => v_fixture.questions,
    p_usage => jsonb_build_array(${quoted(JSON.stringify(localGenerationUsage('', '')[0]))}::jsonb
      || jsonb_build_object('user_id', v_fixture.user_id, 'interview_id', v_session.id)),
    p_slot_id => (v_begun ->> 'slot_id')::bigint);
  perform set_config('role', 'authenticated', true), set_config('request.jwt.claims', v_as_user, true);
  select q.id into v_question from public.interview_questions q where q.interview_id = v_session.id
    order by q.order_number limit 1;
  if v_question is null then
    raise exception 'save_generated_questions saved no question';
  end if;
  select r.id into v_response from public.submit_response(p_question_id => v_question,
    p_answer_text => 'I would measure first, then change the slowest part and check the result.', p_time_taken_seconds => 90) r;
  perform public.get_user_interview_history(p_limit => 5);
  perform set_config('role', 'service_role', true), set_config('request.jwt.claims', v_as_service, true);
  perform public.claim_response_scoring(p_user_id => v_fixture.user_id, p_response_id => v_response, p_rate_max => 20,
    p_rate_window_seconds => 3600);
  perform public.claim_interview_completion(p_user_id => v_fixture.user_id, p_session_id => v_session.session_id,
    p_rate_max => 20, p_rate_window_seconds => 3600);
end;
$$;
revoke execute on function local_stack.run_interview_loop() from public;
grant execute on function local_stack.run_interview_loop() to authenticator, postgres;

create or replace function local_stack.warm_api_backend()
returns event_trigger
language plpgsql
set search_path = ''
as $$
begin
  if session_user::text <> 'authenticator' then
    return;
  end if;
  begin
    perform local_stack.run_interview_loop();
    raise exception using errcode = 'P0001', message = 'warm-up done';
  exception when others then
    null; -- the block's work is undone either way, and a failed warm-up must not fail the login
  end;
end;
$$;
revoke execute on function local_stack.warm_api_backend() from public;
grant execute on function local_stack.warm_api_backend() to authenticator, postgres;
`;

/**
 * Installs (again) the warm-up functions and, unless `onLogin` is false, the login trigger for PostgREST's
 * connections. `superuserUrl`: creating an event trigger needs a superuser.
 */
export async function installBackendWarmup(superuserUrl: string, options: { onLogin: boolean }): Promise<void> {
  const client = new pg.Client({ connectionString: superuserUrl });
  await client.connect();
  try {
    await client.query(WARMUP_SQL);
    await client.query('drop event trigger if exists local_stack_warm_api_backend');
    if (options.onLogin) {
      await client.query('create event trigger local_stack_warm_api_backend on login execute function local_stack.warm_api_backend()');
    }
  } finally {
    await client.end();
  }
}

/** PGRST_BACKEND_WARMUP=0 leaves PostgREST's new connections cold. */
export function postgrestBackendWarmupEnabled(): boolean {
  return process.env.PGRST_BACKEND_WARMUP !== '0';
}
