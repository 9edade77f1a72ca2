-- PostgREST reloads its schema cache when it hears 'reload schema' on the `pgrst` channel, and it holds
-- every request until the reload is done (~250 ms on this database). So only a change PostgREST can see
-- notifies: schemas, tables, views, functions, types, triggers, rules and comments being created, altered
-- or dropped, outside the session's temporary schema. Refreshing a materialized view (analytics.refresh()
-- every 15 minutes) or a temporary table that lives for one transaction (the daily archive job) does not;
-- hosted Supabase's event triggers draw the same line. Applied at every start, so it replaces the watch of
-- a cluster bootstrapped before it.
create or replace function extensions.pgrst_ddl_watch() returns event_trigger
language plpgsql
set search_path = ''
as $$
begin
  if tg_event = 'sql_drop' then
    if not exists (
      select from pg_catalog.pg_event_trigger_dropped_objects() as dropped
      where not dropped.is_temporary
        and dropped.object_type in (
          'schema', 'table', 'foreign table', 'view', 'materialized view', 'function', 'trigger', 'type', 'rule'
        )
    ) then
      return;
    end if;
  elsif not exists (
    select from pg_catalog.pg_event_trigger_ddl_commands() as command
    where command.schema_name is distinct from 'pg_temp'
      and command.command_tag in (
        'CREATE SCHEMA', 'ALTER SCHEMA',
        'CREATE TABLE', 'CREATE TABLE AS', 'SELECT INTO', 'ALTER TABLE',
        'CREATE FOREIGN TABLE', 'ALTER FOREIGN TABLE',
        'CREATE VIEW', 'ALTER VIEW',
        'CREATE MATERIALIZED VIEW', 'ALTER MATERIALIZED VIEW',
        'CREATE FUNCTION', 'ALTER FUNCTION',
        'CREATE TRIGGER',
        'CREATE TYPE', 'ALTER TYPE',
        'CREATE RULE',
        'COMMENT'
      )
  ) then
    return;
  end if;
  perform pg_catalog.pg_notify('pgrst', 'reload schema');
end
$$;

drop event trigger if exists pgrst_ddl_watch;
drop event trigger if exists pgrst_drop_watch;
create event trigger pgrst_ddl_watch on ddl_command_end execute function extensions.pgrst_ddl_watch();
create event trigger pgrst_drop_watch on sql_drop execute function extensions.pgrst_ddl_watch();
drop function if exists extensions.pgrst_drop_watch();
