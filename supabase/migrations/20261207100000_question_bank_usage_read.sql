-- generate-questions keeps the active question bank per isolate and reads it again once it has aged, only for the
-- usage counts question selection weighs (times_used, recounted by private.refresh_question_bank_usage): the
-- content is fixed by its revision, and a change of it is seen on every call through begin_question_generation.
-- The whole bank is ~0.6 MB of JSON for the seed's 270 questions; this answer is the counts and the revision alone.
create function private.active_question_bank_usage()
returns jsonb
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  return jsonb_build_object(
    'revision', (select r.revision from private.question_bank_revision r where r.singleton),
    'usage', coalesce((select jsonb_object_agg(b.id, b.times_used) from public.question_bank b where b.is_active), '{}'));
end;
$$;
revoke execute on function private.active_question_bank_usage() from public, anon, authenticated;
grant execute on function private.active_question_bank_usage() to service_role;

create function public.active_question_bank_usage()
returns jsonb language plpgsql stable security invoker set search_path = ''
as $$ begin return private.active_question_bank_usage(); end $$;
revoke execute on function public.active_question_bank_usage() from public, anon, authenticated;
grant execute on function public.active_question_bank_usage() to service_role;
