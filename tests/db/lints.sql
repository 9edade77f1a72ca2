-- Our own checks for the security and performance problems Supabase's database linter reports,
-- written for this project (one row per finding: lint, level, object, detail). $1 is the list of
-- schemas PostgREST exposes (supabase/config.toml [api] schemas). Platform-owned schemas are
-- skipped: `auth`, `extensions`, `supabase_migrations` and the system catalogs are not ours.
with
  ignored_schema(name) as (
    values ('pg_catalog'), ('information_schema'), ('pg_toast'), ('auth'), ('extensions'), ('supabase_migrations'),
           ('graphql'), ('graphql_public'), ('storage'), ('realtime'), ('vault'), ('cron'), ('net'), ('pgsodium')
  ),
  exposed_schema(name) as (select unnest($1::text[])),
  our_relation as (
    select c.oid, n.nspname as schema_name, c.relname, c.relkind, c.relrowsecurity, c.reloptions
    from pg_catalog.pg_class c
    join pg_catalog.pg_namespace n on n.oid = c.relnamespace
    where n.nspname not in (select name from ignored_schema) and n.nspname not like 'pg\_temp%'
      and not exists (select 1 from pg_catalog.pg_depend d where d.objid = c.oid and d.deptype = 'e')
  ),
  our_policy as (
    select r.schema_name, r.relname, r.relrowsecurity, p.polname, p.polpermissive, p.polroles, p.polcmd,
      pg_catalog.pg_get_expr(p.polqual, p.polrelid) as qual,
      pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid) as with_check
    from pg_catalog.pg_policy p join our_relation r on r.oid = p.polrelid
  ),
  our_function as (
    select p.oid, n.nspname as schema_name, p.proname, p.prosecdef, p.proconfig, p.prokind,
      pg_catalog.pg_get_function_identity_arguments(p.oid) as args
    from pg_catalog.pg_proc p
    join pg_catalog.pg_namespace n on n.oid = p.pronamespace
    where n.nspname not in (select name from ignored_schema)
      and not exists (select 1 from pg_catalog.pg_depend d where d.objid = p.oid and d.deptype = 'e')
  ),
  findings(lint, level, object, detail) as (
    -- A security-definer function in an exposed schema that anon or authenticated may execute is a
    -- privileged endpoint at /rest/v1/rpc: definer code belongs in `private` behind an invoker wrapper.
    select 'security_definer_function_executable', 'WARN', f.schema_name || '.' || f.proname || '(' || f.args || ')',
      'security definer, executable by ' || concat_ws(', ',
        case when pg_catalog.has_function_privilege('anon', f.oid, 'EXECUTE') then 'anon' end,
        case when pg_catalog.has_function_privilege('authenticated', f.oid, 'EXECUTE') then 'authenticated' end)
    from our_function f
    where f.prosecdef and f.schema_name in (select name from exposed_schema)
      and (pg_catalog.has_function_privilege('anon', f.oid, 'EXECUTE')
        or pg_catalog.has_function_privilege('authenticated', f.oid, 'EXECUTE'))

    -- Without a fixed search_path a caller can shadow the objects a function refers to.
    union all
    select 'function_search_path_mutable', 'WARN', f.schema_name || '.' || f.proname || '(' || f.args || ')',
      'no search_path set on the function'
    from our_function f
    where f.prokind in ('f', 'p')
      and not exists (select 1 from unnest(coalesce(f.proconfig, '{}')) c where c like 'search\_path=%')

    -- Every table in an exposed schema needs RLS.
    union all
    select 'rls_disabled_in_exposed_schema', 'ERROR', r.schema_name || '.' || r.relname, 'row level security is off'
    from our_relation r
    where r.relkind in ('r', 'p') and not r.relrowsecurity and r.schema_name in (select name from exposed_schema)

    -- Policies that never apply because RLS is off.
    union all
    select distinct 'policy_exists_rls_disabled', 'ERROR', p.schema_name || '.' || p.relname, 'has policies but row level security is off'
    from our_policy p where not p.relrowsecurity

    -- RLS on with no policy: every row is hidden from the API roles (fine only if intended; we want a policy review).
    union all
    select 'rls_enabled_no_policy', 'INFO', r.schema_name || '.' || r.relname, 'row level security is on but no policy exists'
    from our_relation r
    where r.relkind in ('r', 'p') and r.relrowsecurity and not exists (select 1 from pg_catalog.pg_policy p where p.polrelid = r.oid)

    -- Two permissive policies for the same role and action are OR-ed and both evaluated on every row.
    union all
    select 'multiple_permissive_policies', 'WARN', x.schema_name || '.' || x.relname,
      format('role %s, action %s: %s', x.rolname, x.action, string_agg(x.polname, ' | ' order by x.polname))
    from (
      select p.schema_name, p.relname, p.polname, ro.rolname, a.action
      from our_policy p
      join pg_catalog.pg_roles ro on p.polroles @> array[ro.oid] or p.polroles = array[0::oid]
      cross join lateral unnest(case p.polcmd when 'r' then array['SELECT'] when 'a' then array['INSERT']
        when 'w' then array['UPDATE'] when 'd' then array['DELETE'] else array['SELECT', 'INSERT', 'UPDATE', 'DELETE'] end) as a(action)
      where p.polpermissive and not ro.rolbypassrls and ro.rolname not like 'pg\_%' and ro.rolname not like 'supabase%admin'
    ) x
    group by x.schema_name, x.relname, x.rolname, x.action
    having count(*) > 1

    -- auth.uid() & co. re-evaluated per row unless wrapped in a scalar subquery (an init plan).
    union all
    select 'auth_rls_initplan', 'WARN', p.schema_name || '.' || p.relname, format('policy "%s" calls %s for every row', p.polname, fn.call)
    from our_policy p
    cross join (values ('auth.uid()'), ('auth.jwt()'), ('auth.role()'), ('auth.email()'), ('current_setting(')) as fn(call)
    cross join lateral (select coalesce(p.qual, '') || ' ' || coalesce(p.with_check, '') as expr) e
    where p.relrowsecurity
      and strpos(e.expr, fn.call) > 0
      and e.expr !~* ('select\s+' || regexp_replace(fn.call, '([().])', '\\\1', 'g'))

    -- Policies must not trust user-editable JWT claims.
    union all
    select 'rls_references_user_metadata', 'ERROR', p.schema_name || '.' || p.relname, format('policy "%s" reads user_metadata', p.polname)
    from our_policy p
    where coalesce(p.qual, '') || coalesce(p.with_check, '') ~* 'user_metadata'

    -- A policy that is always true is no policy at all (for anything but reading).
    union all
    select 'rls_policy_always_true', 'WARN', p.schema_name || '.' || p.relname, format('policy "%s" is always true', p.polname)
    from our_policy p
    where p.polcmd <> 'r'
      and (lower(regexp_replace(coalesce(p.qual, ''), '\s', '', 'g')) in ('true', '(true)', '1=1', '(1=1)')
        or lower(regexp_replace(coalesce(p.with_check, ''), '\s', '', 'g')) in ('true', '(true)', '1=1', '(1=1)'))

    -- Views run with their owner's rights (bypassing RLS) unless security_invoker is on.
    union all
    select 'security_definer_view', 'ERROR', r.schema_name || '.' || r.relname, 'view without security_invoker'
    from our_relation r
    where r.relkind = 'v' and r.schema_name in (select name from exposed_schema)
      and not coalesce(r.reloptions, '{}') && array['security_invoker=true', 'security_invoker=on', 'security_invoker=1']

    -- Materialized views and foreign tables have no RLS: they must not be in the API.
    union all
    select case r.relkind when 'm' then 'materialized_view_in_api' else 'foreign_table_in_api' end, 'WARN',
      r.schema_name || '.' || r.relname, 'readable by ' || concat_ws(', ',
        case when pg_catalog.has_table_privilege('anon', r.oid, 'SELECT') then 'anon' end,
        case when pg_catalog.has_table_privilege('authenticated', r.oid, 'SELECT') then 'authenticated' end)
    from our_relation r
    where r.relkind in ('m', 'f') and r.schema_name in (select name from exposed_schema)
      and (pg_catalog.has_table_privilege('anon', r.oid, 'SELECT') or pg_catalog.has_table_privilege('authenticated', r.oid, 'SELECT'))

    -- A view in the API that reads auth.users exposes every account's e-mail.
    union all
    select distinct 'auth_users_exposed', 'ERROR', r.schema_name || '.' || r.relname, 'view reads auth.users'
    from our_relation r
    join pg_catalog.pg_depend d on d.classid = 'pg_catalog.pg_rewrite'::regclass
    join pg_catalog.pg_rewrite rw on rw.oid = d.objid and rw.ev_class = r.oid
    where r.relkind in ('v', 'm') and r.schema_name in (select name from exposed_schema)
      and d.refobjid = 'auth.users'::regclass
      and (pg_catalog.has_table_privilege('anon', r.oid, 'SELECT') or pg_catalog.has_table_privilege('authenticated', r.oid, 'SELECT'))

    -- Extensions belong in the `extensions` schema, not in the API.
    union all
    select 'extension_in_exposed_schema', 'WARN', e.extname, 'installed in ' || n.nspname
    from pg_catalog.pg_extension e join pg_catalog.pg_namespace n on n.oid = e.extnamespace
    where n.nspname in (select name from exposed_schema)

    -- Installed extension older than the version the server ships.
    union all
    select 'extension_versions_outdated', 'WARN', a.name, format('installed %s, available %s', a.installed_version, a.default_version)
    from pg_catalog.pg_available_extensions a
    where a.installed_version is not null and a.installed_version <> a.default_version

    -- reg* columns other than regclass/regrole/regtype break pg_upgrade.
    union all
    select 'unsupported_reg_types', 'WARN', r.schema_name || '.' || r.relname || '.' || a.attname, 'column of type ' || t.typname
    from our_relation r
    join pg_catalog.pg_attribute a on a.attrelid = r.oid and a.attnum > 0 and not a.attisdropped
    join pg_catalog.pg_type t on t.oid = a.atttypid
    where r.relkind = 'r' and t.typname in ('regcollation', 'regconfig', 'regdictionary', 'regnamespace', 'regoper', 'regoperator', 'regproc', 'regprocedure')

    -- A foreign key to auth.users must point at its primary key, not at a column GoTrue may change.
    union all
    select 'fkey_to_auth_unique', 'ERROR', r.schema_name || '.' || r.relname, format('foreign key %s references auth.users on a non-primary key', ct.conname)
    from pg_catalog.pg_constraint ct
    join our_relation r on r.oid = ct.conrelid
    join pg_catalog.pg_constraint pk on pk.conrelid = ct.confrelid and pk.conindid = ct.conindid
    where ct.contype = 'f' and ct.confrelid = 'auth.users'::regclass and pk.contype <> 'p'

    -- Every table needs a primary key (replication, safe updates).
    union all
    select 'no_primary_key', 'INFO', r.schema_name || '.' || r.relname, 'table has no primary key'
    from our_relation r
    where r.relkind = 'r'
      and not exists (select 1 from pg_catalog.pg_constraint c where c.conrelid = r.oid and c.contype = 'p')

    -- Foreign keys without an index whose leading columns are the key make deletes on the parent scan the child.
    union all
    select 'unindexed_foreign_keys', 'INFO', r.schema_name || '.' || r.relname, format('foreign key %s has no covering index', ct.conname)
    from pg_catalog.pg_constraint ct
    join our_relation r on r.oid = ct.conrelid
    where ct.contype = 'f' and r.relkind = 'r'
      and not exists (
        select 1 from pg_catalog.pg_index i
        where i.indrelid = ct.conrelid and i.indisvalid
          and (string_to_array(i.indkey::text, ' ')::smallint[])[1:cardinality(ct.conkey)] = ct.conkey)

    -- Two identical indexes: double the write cost for nothing.
    union all
    select 'duplicate_index', 'WARN', r.schema_name || '.' || r.relname,
      'identical indexes: ' || string_agg(i.indexrelid::regclass::text, ', ' order by i.indexrelid::regclass::text)
    from pg_catalog.pg_index i join our_relation r on r.oid = i.indrelid
    group by r.schema_name, r.relname, i.indrelid, i.indkey::text, i.indclass::text, i.indcollation::text,
      coalesce(pg_catalog.pg_get_expr(i.indexprs, i.indrelid), ''), coalesce(pg_catalog.pg_get_expr(i.indpred, i.indrelid), '')
    having count(*) > 1

    -- Columns whose names say "secret" in a table the API can read without RLS.
    union all
    select 'sensitive_columns_exposed', 'ERROR', r.schema_name || '.' || r.relname || '.' || a.attname, 'sensitive column in a table without RLS'
    from our_relation r
    join pg_catalog.pg_attribute a on a.attrelid = r.oid and a.attnum > 0 and not a.attisdropped
    where r.relkind = 'r' and not r.relrowsecurity and r.schema_name in (select name from exposed_schema)
      and a.attname ~* '(password|passwd|secret|token|api_?key|ssn|credit_?card|card_?number|cvv|iban)'
  )
select lint, level, object, detail from findings order by lint, object, detail;
