-- ════════════════════════════════════════════════════════════════════════════════════════
-- The refresh job's pruning of old AI-call slots (analytics.refresh → prune_ai_call_slots) deleted the
-- slots of many users in created_at order and waited for any it met locked. Deleting a user deletes that
-- user's slots by cascade from the profile, in the order of the slot index (operation, created_at), so
-- the two could each hold one old slot of the user and wait for the other (40P01). A slot that is locked
-- is being deleted or used right now: the job skips it (the next run takes it) and never waits.
-- ════════════════════════════════════════════════════════════════════════════════════════

create or replace function private.prune_ai_call_slots(p_older_than interval default '1 day', p_max_rows integer default 10000)
returns integer
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_deleted integer;
begin
  delete from private.ai_call_slots s
  where s.id in (select o.id from private.ai_call_slots o
                 where o.created_at < clock_timestamp() - p_older_than
                 order by o.created_at limit greatest(p_max_rows, 0)
                 for update skip locked);
  get diagnostics v_deleted = row_count;
  return v_deleted;
end;
$$;
