-- A new interview goes through its status trigger only when the trigger has something to refuse or set. For a
-- pending session without a completion time (every create_interview_session) the function changes nothing, yet
-- each new database connection compiled it and planned its expressions on its first create.
drop trigger interview_sessions_status on public.interview_sessions;
create trigger interview_sessions_status before insert on public.interview_sessions
  for each row
  when (new.status is distinct from 'pending' or new.completed_at is not null)
  execute function private.interview_session_status();
