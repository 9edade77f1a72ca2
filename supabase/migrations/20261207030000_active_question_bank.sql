-- The active question bank and its revision in one snapshot, for generate-questions: an isolate reads the bank
-- when the function loads (before its first request) and keeps it while the revision begin_question_generation
-- returns is the one it read. The service role cannot read private.question_bank_revision itself, so the pair
-- comes from a definer function; reading both in one statement also ties the rows to their revision exactly.
create function private.active_question_bank()
returns jsonb
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  return jsonb_build_object(
    'revision', (select r.revision from private.question_bank_revision r where r.singleton),
    'questions', coalesce((
      select jsonb_agg(to_jsonb(q)) from (
        select b.id, b.question, b.type, b.category, b.difficulty, b.roles, b.tech_stack, b.skills, b.times_used,
          b.time_limit_seconds, b.expected_answer, b.key_points, b.sample_code, b.starter_code, b.function_name,
          b.test_cases, b.evaluation_criteria
        from public.question_bank b where b.is_active limit 1000) q), '[]'));
end;
$$;
revoke execute on function private.active_question_bank() from public, anon, authenticated;
grant execute on function private.active_question_bank() to service_role;

create function public.active_question_bank()
returns jsonb language plpgsql stable security invoker set search_path = ''
as $$ begin return private.active_question_bank(); end $$;
revoke execute on function public.active_question_bank() from public, anon, authenticated;
grant execute on function public.active_question_bank() to service_role;
