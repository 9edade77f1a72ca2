-- ════════════════════════════════════════════════════════════════════════════════════════
-- Admin RPCs answered 500 for an unknown user or question (SQLSTATE P0002). Same bodies as
-- before, now in `private` (20261205154000 moved them behind invoker wrappers); only the
-- not-found error changes to PT404 (HTTP 404) with the machine code in `detail`.
-- ════════════════════════════════════════════════════════════════════════════════════════

create or replace function private.admin_set_user_status(p_user_id uuid, p_status text)
returns public.user_profiles
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_admin uuid := private.require_admin();
  v_row public.user_profiles;
  v_old text;
begin
  if p_status is null or p_status not in ('active', 'blocked', 'pending') then
    raise exception using errcode = '22023', message = format('Unknown status: %s', p_status),
      hint = 'Use active, blocked or pending.';
  end if;
  if p_user_id is null then
    raise exception using errcode = '22023', message = 'p_user_id is required';
  end if;
  if p_user_id = v_admin then
    raise exception using errcode = 'P0001', message = 'You cannot change your own status';
  end if;
  select status into v_old from public.user_profiles where id = p_user_id for update;
  if v_old is null then
    raise exception using errcode = 'PT404', message = 'User not found', detail = 'user_not_found', hint = 'The user may have been deleted.';
  end if;
  update public.user_profiles set status = p_status where id = p_user_id returning * into v_row;
  update auth.users set banned_until = case when p_status = 'blocked' then 'infinity'::timestamptz end
  where id = p_user_id;
  if p_status = 'blocked' then
    delete from auth.sessions where user_id = p_user_id;   -- refresh tokens cascade
  end if;
  insert into public.admin_audit_log (admin_id, action, target_user_id, details)
  values (v_admin, 'set_user_status', p_user_id, jsonb_build_object('from', v_old, 'to', p_status));
  return v_row;
end;
$$;

create or replace function private.admin_set_user_role(p_user_id uuid, p_role text)
returns public.user_profiles
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_admin uuid := private.require_admin();
  v_row public.user_profiles;
  v_old text;
begin
  if p_role is null or p_role not in ('user', 'admin') then
    raise exception using errcode = '22023', message = format('Unknown role: %s', p_role), hint = 'Use user or admin.';
  end if;
  if p_user_id is null then
    raise exception using errcode = '22023', message = 'p_user_id is required';
  end if;
  if p_user_id = v_admin and p_role <> 'admin' then
    raise exception using errcode = 'P0001', message = 'You cannot remove your own admin role',
      hint = 'Ask another admin to do it, so the console is never left without an admin.';
  end if;
  select role into v_old from public.user_profiles where id = p_user_id for update;
  if v_old is null then
    raise exception using errcode = 'PT404', message = 'User not found', detail = 'user_not_found', hint = 'The user may have been deleted.';
  end if;
  update public.user_profiles set role = p_role where id = p_user_id returning * into v_row;
  insert into public.admin_audit_log (admin_id, action, target_user_id, details)
  values (v_admin, 'set_user_role', p_user_id, jsonb_build_object('from', v_old, 'to', p_role));
  return v_row;
end;
$$;

create or replace function private.admin_get_question(p_question_id uuid)
returns setof public.question_bank
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  perform private.require_admin();
  return query select * from public.question_bank where id = p_question_id;
  if not found then
    raise exception using errcode = 'PT404', message = 'Question not found', detail = 'bank_question_not_found', hint = 'The question may have been deleted.';
  end if;
end;
$$;

create or replace function private.admin_save_question(p_question jsonb, p_question_id uuid default null)
returns public.question_bank
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_admin uuid := private.require_admin();
  v_row public.question_bank;
  v_unknown text;
begin
  if p_question is null or jsonb_typeof(p_question) <> 'object' then
    raise exception using errcode = '22023', message = 'p_question must be a JSON object';
  end if;
  select string_agg(k, ', ') into v_unknown from jsonb_object_keys(p_question) k
  where k not in ('question', 'type', 'category', 'difficulty', 'roles', 'tech_stack', 'skills', 'time_limit_seconds',
    'variants', 'expected_answer', 'key_points', 'sample_code', 'starter_code', 'function_name', 'test_cases',
    'evaluation_criteria', 'tags', 'is_active');
  if v_unknown is not null then
    raise exception using errcode = '22023', message = format('Unknown question fields: %s', v_unknown);
  end if;

  if p_question_id is null then
    insert into public.question_bank (question, type, category, difficulty, roles, tech_stack, skills, time_limit_seconds,
      variants, expected_answer, key_points, sample_code, starter_code, function_name, test_cases, evaluation_criteria,
      tags, is_active, created_by)
    select r.question, r.type, coalesce(r.category, 'general'), r.difficulty, coalesce(r.roles, '{}'), coalesce(r.tech_stack, '{}'),
      coalesce(r.skills, '{}'), r.time_limit_seconds, coalesce(r.variants, '[]'), r.expected_answer, coalesce(r.key_points, '{}'),
      r.sample_code, r.starter_code, r.function_name, coalesce(r.test_cases, '[]'), coalesce(r.evaluation_criteria, '[]'),
      coalesce(r.tags, '{}'), coalesce(r.is_active, true), v_admin
    from jsonb_populate_record(null::public.question_bank, p_question) r
    returning * into v_row;
  else
    update public.question_bank q
    set question = case when p_question ? 'question' then r.question else q.question end,
        type = case when p_question ? 'type' then r.type else q.type end,
        category = case when p_question ? 'category' then r.category else q.category end,
        difficulty = case when p_question ? 'difficulty' then r.difficulty else q.difficulty end,
        roles = case when p_question ? 'roles' then r.roles else q.roles end,
        tech_stack = case when p_question ? 'tech_stack' then r.tech_stack else q.tech_stack end,
        skills = case when p_question ? 'skills' then r.skills else q.skills end,
        time_limit_seconds = case when p_question ? 'time_limit_seconds' then r.time_limit_seconds else q.time_limit_seconds end,
        variants = case when p_question ? 'variants' then r.variants else q.variants end,
        expected_answer = case when p_question ? 'expected_answer' then r.expected_answer else q.expected_answer end,
        key_points = case when p_question ? 'key_points' then r.key_points else q.key_points end,
        sample_code = case when p_question ? 'sample_code' then r.sample_code else q.sample_code end,
        starter_code = case when p_question ? 'starter_code' then r.starter_code else q.starter_code end,
        function_name = case when p_question ? 'function_name' then r.function_name else q.function_name end,
        test_cases = case when p_question ? 'test_cases' then r.test_cases else q.test_cases end,
        evaluation_criteria = case when p_question ? 'evaluation_criteria' then r.evaluation_criteria else q.evaluation_criteria end,
        tags = case when p_question ? 'tags' then r.tags else q.tags end,
        is_active = case when p_question ? 'is_active' then r.is_active else q.is_active end
    from jsonb_populate_record(null::public.question_bank, p_question) r
    where q.id = p_question_id
    returning q.* into v_row;
    if v_row.id is null then
      raise exception using errcode = 'PT404', message = 'Question not found', detail = 'bank_question_not_found', hint = 'The question may have been deleted.';
    end if;
  end if;
  insert into public.admin_audit_log (admin_id, action, target_id, details)
  values (v_admin, 'save_question', v_row.id::text, jsonb_build_object('created', p_question_id is null));
  return v_row;
end;
$$;

create or replace function private.admin_set_question_active(p_question_id uuid, p_is_active boolean)
returns public.question_bank
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_admin uuid := private.require_admin();
  v_row public.question_bank;
begin
  if p_is_active is null then
    raise exception using errcode = '22023', message = 'p_is_active is required';
  end if;
  update public.question_bank set is_active = p_is_active where id = p_question_id returning * into v_row;
  if v_row.id is null then
    raise exception using errcode = 'PT404', message = 'Question not found', detail = 'bank_question_not_found', hint = 'The question may have been deleted.';
  end if;
  insert into public.admin_audit_log (admin_id, action, target_id, details)
  values (v_admin, 'set_question_active', v_row.id::text, jsonb_build_object('is_active', p_is_active));
  return v_row;
end;
$$;

create or replace function private.admin_delete_user(p_user_id uuid)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_admin uuid := private.require_admin();
begin
  if p_user_id is null or p_user_id = v_admin then
    raise exception using errcode = '22023', message = 'p_user_id must be another user';
  end if;
  if not exists (select 1 from auth.users where id = p_user_id) then
    raise exception using errcode = 'PT404', message = 'User not found', detail = 'user_not_found', hint = 'The user may have been deleted.';
  end if;
  delete from auth.users where id = p_user_id;
  insert into public.admin_audit_log (admin_id, action, target_id) values (v_admin, 'delete_user', p_user_id::text);
end;
$$;
