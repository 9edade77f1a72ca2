-- The question bank's content revision, so that an edge function can keep the active bank in memory and
-- still see a question the moment an operator adds, edits or deactivates it.
--
-- The revision is bumped by a statement-level trigger on changes of the columns question selection and
-- scoring read. Usage statistics (times_used, times_answered, average_score, …) are left out on purpose:
-- they change with every scored answer and would empty every cache all the time.

create table private.question_bank_revision (
  singleton boolean primary key default true check (singleton),
  revision bigint not null default 0
);
insert into private.question_bank_revision default values;
revoke all on table private.question_bank_revision from public, anon, authenticated, service_role;

create function private.bump_question_bank_revision()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  update private.question_bank_revision set revision = revision + 1 where singleton;
  return null;
end;
$$;
revoke execute on function private.bump_question_bank_revision() from public, anon, authenticated;

create trigger question_bank_content_revision
  after insert or delete or update of question, type, category, difficulty, roles, tech_stack, skills, time_limit_seconds,
    expected_answer, key_points, sample_code, starter_code, function_name, test_cases, evaluation_criteria, is_active
  on public.question_bank
  for each statement execute function private.bump_question_bank_revision();

-- begin_question_generation also returns the bank's revision (one more single-row read in the same call).
create or replace function private.begin_question_generation(
  p_user_id uuid,
  p_session_id text,
  p_rate_max integer,
  p_rate_window_seconds integer
)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_session public.interview_sessions;
  v_questions jsonb;
  v_slot bigint;
begin
  select * into v_session from public.interview_sessions s
  where s.session_id = p_session_id
     or (p_session_id ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' and s.id = p_session_id::uuid)
  limit 1;
  if v_session.id is null or v_session.user_id is distinct from p_user_id or not private.user_is_active(p_user_id) then
    raise exception using errcode = 'PT404', message = 'No interview session with this id exists in your account.',
      detail = 'not_found';
  end if;
  v_questions := private.interview_questions_json(v_session.id);
  if jsonb_array_length(v_questions) > 0 then
    return jsonb_build_object('state', 'existing', 'session', to_jsonb(v_session), 'questions', v_questions);
  end if;
  if v_session.status not in ('pending', 'in_progress') then
    raise exception using errcode = 'PT409',
      message = format('This interview is %s; questions can no longer be generated.', v_session.status),
      detail = 'session_closed';
  end if;
  if p_rate_max is not null then
    v_slot := private.take_ai_call_slot(p_user_id, 'generate_questions', p_rate_max, p_rate_window_seconds);
  end if;
  return jsonb_build_object('state', 'generate', 'session', to_jsonb(v_session), 'slot_id', v_slot,
    'bank_revision', (select r.revision from private.question_bank_revision r where r.singleton));
end;
$$;

-- These two tables are reached only through definer functions: the API roles have no privileges on them and
-- their schema is not exposed, like private.stripe_events. Row level security without a policy adds nothing.
alter table private.ai_call_slots disable row level security;
alter table private.interview_completion_claims disable row level security;
