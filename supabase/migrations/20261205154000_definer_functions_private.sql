-- ════════════════════════════════════════════════════════════════════════════════════════
-- Definer code out of the exposed schema. PostgREST serves every function of `public` at
-- /rest/v1/rpc; a SECURITY DEFINER function there runs with its owner's rights for anyone who
-- may execute it, and the database linter flags each one. Each definer function of `public`
-- moves to `private` (ALTER … SET SCHEMA keeps its body, owner and grants), and `public` gets
-- a SECURITY INVOKER wrapper with the same name, arguments and defaults, return type and
-- volatility, so PostgREST, the SPA and the edge functions see the same RPCs. The wrapper runs
-- as the caller, who therefore needs USAGE on `private` and EXECUTE on the private function:
-- both are exactly the grants the function had.
--
-- The list is read from the catalog rather than spelled out so that definer functions added or
-- changed by earlier migrations are all covered; tests/db/lints.test.ts fails on any definer
-- function executable through the API that a later migration adds.
-- ════════════════════════════════════════════════════════════════════════════════════════

-- get_shared_report is the one function `anon` may call.
grant usage on schema private to anon;

do $migration$
declare
  f record;
  v_roles text;
  v_call text;
begin
  for f in
    select p.oid, p.proname, p.pronargs, p.proargtypes, p.provolatile, p.proisstrict,
      pg_catalog.pg_get_function_identity_arguments(p.oid) as identity_args,
      pg_catalog.pg_get_function_arguments(p.oid) as args,
      pg_catalog.pg_get_function_result(p.oid) as result
    from pg_catalog.pg_proc p
    join pg_catalog.pg_namespace n on n.oid = p.pronamespace
    where n.nspname = 'public' and p.prosecdef and p.prokind = 'f'
      and not exists (select 1 from pg_catalog.pg_depend d where d.objid = p.oid and d.deptype = 'e')
    order by p.proname
  loop
    if exists (select 1 from pg_catalog.pg_proc q
               where q.pronamespace = 'private'::regnamespace and q.proname = f.proname and q.proargtypes = f.proargtypes) then
      raise exception 'private.%(%) already exists: cannot move public.% out of the API', f.proname, f.identity_args, f.proname;
    end if;
    select string_agg(quote_ident(r), ', ') into v_roles
    from unnest(array['anon', 'authenticated', 'service_role']) as r
    where pg_catalog.has_function_privilege(r, f.oid, 'EXECUTE');

    execute format('alter function public.%I(%s) set schema private', f.proname, f.identity_args);

    -- Positional arguments: the wrapper passes every argument, its own defaults included.
    select format('select * from private.%I(%s)', f.proname, coalesce(string_agg('$' || i, ', ' order by i), ''))
    into v_call
    from generate_series(1, f.pronargs) as i;

    execute format(
      'create function public.%I(%s) returns %s language sql %s %s security invoker set search_path = '''' as %L',
      f.proname, f.args, f.result,
      case f.provolatile when 'i' then 'immutable' when 's' then 'stable' else 'volatile' end,
      case when f.proisstrict then 'strict' else 'called on null input' end,
      v_call);
    execute format('comment on function public.%I(%s) is %L', f.proname, f.identity_args,
      coalesce(pg_catalog.obj_description(f.oid, 'pg_proc'), format('Calls private.%s as the caller.', f.proname)));
    execute format('revoke all on function public.%I(%s) from public, anon, authenticated, service_role', f.proname, f.identity_args);
    if v_roles is not null then
      execute format('grant execute on function public.%I(%s) to %s', f.proname, f.identity_args, v_roles);
    end if;
  end loop;
end;
$migration$;
