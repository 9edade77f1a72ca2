-- ════════════════════════════════════════════════════════════════════════════════════════
-- find_own_session (complete_interview, update_interview_progress, cancel and abandon) looks a session up
-- by its session_id or, for a uuid, by its id. As one `session_id = p or (p is a uuid and id = p::uuid)`
-- query its cached generic plan would cast every p to uuid (a BitmapOr over both indexes), so Postgres had
-- to plan it again on every call; split by the shape of p, each query keeps one plan per connection.
-- Same rows, same errors.
-- ════════════════════════════════════════════════════════════════════════════════════════

create or replace function private.find_own_session(p_session_id text, p_uid uuid, p_lock boolean default true)
returns public.interview_sessions
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_row public.interview_sessions;
begin
  if p_session_id is null or btrim(p_session_id) = '' then
    raise exception using errcode = '22023', message = 'p_session_id is required';
  end if;
  if p_session_id ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then
    select * into v_row from public.interview_sessions s
    where s.session_id = p_session_id or s.id = p_session_id::uuid
    limit 1
    for update;
  else
    select * into v_row from public.interview_sessions s
    where s.session_id = p_session_id
    for update;
  end if;
  if v_row.id is null then
    raise exception using errcode = 'PT404', message = format('Interview session %s not found', p_session_id),
      detail = 'interview_not_found', hint = 'Check the interview link; the interview may have been deleted.';
  end if;
  if p_uid is not null and v_row.user_id <> p_uid then
    raise exception using errcode = '42501', message = 'This interview session belongs to another user';
  end if;
  return v_row;
end;
$$;
