// A readable snapshot of the platform part of a database's catalogue: one sentence-like fact per
// role attribute set, membership, role setting, privilege, owner and RLS flag. Comparing two sets
// of facts shows every difference on its own line (tests/stack/platform-parity.test.ts).
import type pg from 'pg';

/** The roles the platform defines (hosted Supabase); project roles are not part of the snapshot. */
export const PLATFORM_ROLES = [
  'supabase_admin',
  'postgres',
  'anon',
  'authenticated',
  'service_role',
  'authenticator',
  'supabase_auth_admin',
  'supabase_storage_admin',
  'supabase_realtime_admin',
  'supabase_replication_admin',
  'supabase_read_only_user',
  'supabase_etl_admin',
  'dashboard_user',
  'pgbouncer',
] as const;

/** Schemas the platform creates; storage and realtime only where their services run. */
export const PLATFORM_SCHEMAS = ['public', 'auth', 'extensions', 'graphql_public', 'storage', 'realtime'] as const;

/** Grantees whose privileges the snapshot shows (PUBLIC included: it is how functions are executable). */
const GRANTEES = [...PLATFORM_ROLES, 'PUBLIC'];

const ROLE_ATTRIBUTES = ['rolsuper', 'rolinherit', 'rolcreaterole', 'rolcreatedb', 'rolcanlogin', 'rolreplication', 'rolbypassrls'];
const ATTRIBUTE_WORDS: Record<string, [string, string]> = {
  rolsuper: ['superuser', 'nosuperuser'],
  rolinherit: ['inherit', 'noinherit'],
  rolcreaterole: ['createrole', 'nocreaterole'],
  rolcreatedb: ['createdb', 'nocreatedb'],
  rolcanlogin: ['login', 'nologin'],
  rolreplication: ['replication', 'noreplication'],
  rolbypassrls: ['bypassrls', 'nobypassrls'],
};

const privilegeList = (rows: { privilege: string; grantable: boolean }[]) =>
  rows
    .map((row) => `${row.privilege}${row.grantable ? ' with grant option' : ''}`)
    .sort()
    .join(', ');

function groupPrivileges(rows: { object: string; grantee: string; privilege: string; grantable: boolean }[]): string[] {
  const grouped = new Map<string, { privilege: string; grantable: boolean }[]>();
  for (const row of rows) {
    const key = `${row.object} to ${row.grantee}`;
    grouped.set(key, [...(grouped.get(key) ?? []), row]);
  }
  return [...grouped].map(([key, privileges]) => `${key}: ${privilegeList(privileges)}`);
}

export async function platformCatalogue(client: pg.Client | pg.Pool): Promise<string[]> {
  const facts: string[] = [];

  const roles = await client.query<Record<string, unknown> & { rolname: string }>(
    `select rolname, ${ROLE_ATTRIBUTES.join(', ')} from pg_roles where rolname = any($1)`,
    [PLATFORM_ROLES],
  );
  for (const role of roles.rows) {
    const words = ROLE_ATTRIBUTES.map((attribute) => ATTRIBUTE_WORDS[attribute]![role[attribute] ? 0 : 1]);
    facts.push(`role ${role.rolname}: ${words.join(' ')}`);
  }

  const memberships = await client.query<{ role: string; member: string; admin_option: boolean; inherit_option: boolean }>(
    `select r.rolname as role, m.rolname as member, am.admin_option, am.inherit_option
       from pg_auth_members am
       join pg_roles r on r.oid = am.roleid
       join pg_roles m on m.oid = am.member
      where m.rolname = any($1)`,
    [PLATFORM_ROLES],
  );
  for (const m of memberships.rows) {
    facts.push(
      `membership ${m.role} granted to ${m.member}: ${m.admin_option ? 'with admin option' : 'no admin option'}, ${m.inherit_option ? 'inherit' : 'noinherit'}`,
    );
  }

  const settings = await client.query<{ role: string | null; database: string | null; setting: string }>(
    `select r.rolname as role, d.datname as database, unnest(s.setconfig) as setting
       from pg_db_role_setting s
       left join pg_roles r on r.oid = s.setrole
       left join pg_database d on d.oid = s.setdatabase`,
  );
  for (const s of settings.rows) {
    if (s.role && !(PLATFORM_ROLES as readonly string[]).includes(s.role)) continue;
    const scope = s.role ? `role ${s.role}` : `database ${s.database}`;
    facts.push(`setting of ${scope}${s.role && s.database ? ` in database ${s.database}` : ''}: ${s.setting}`);
  }

  const database = await client.query<{ owner: string }>(
    `select pg_get_userbyid(datdba) as owner from pg_database where datname = current_database()`,
  );
  facts.push(`database owner: ${database.rows[0]!.owner}`);

  const schemas = await client.query<{ schema: string; owner: string }>(
    `select nspname as schema, pg_get_userbyid(nspowner) as owner from pg_namespace where nspname = any($1)`,
    [PLATFORM_SCHEMAS],
  );
  for (const schema of schemas.rows) facts.push(`schema ${schema.schema}: owner ${schema.owner}`);

  // Owners hold every privilege implicitly; only what is granted to others is listed.
  const schemaPrivileges = await client.query<{ object: string; grantee: string; privilege: string; grantable: boolean }>(
    `select 'schema ' || n.nspname as object,
            case when a.grantee = 0 then 'PUBLIC' else pg_get_userbyid(a.grantee) end as grantee,
            a.privilege_type as privilege, a.is_grantable as grantable
       from pg_namespace n, aclexplode(n.nspacl) a
      where n.nspname = any($1) and a.grantee <> n.nspowner`,
    [PLATFORM_SCHEMAS],
  );
  facts.push(...groupPrivileges(schemaPrivileges.rows.filter((row) => GRANTEES.includes(row.grantee))));

  // Tables, views and sequences of the platform schemas other than public (public is the project's).
  const relations = await client.query<{ relation: string; kind: string; owner: string; rls: boolean }>(
    `select format('%s.%s', n.nspname, c.relname) as relation, c.relkind as kind,
            pg_get_userbyid(c.relowner) as owner, c.relrowsecurity as rls
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = any($1) and n.nspname <> 'public' and c.relkind in ('r', 'p', 'v', 'S')
        and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype = 'e')`,
    [PLATFORM_SCHEMAS],
  );
  for (const r of relations.rows) {
    if (r.kind === 'S') facts.push(`sequence ${r.relation}: owner ${r.owner}`);
    else if (r.kind === 'v') facts.push(`view ${r.relation}: owner ${r.owner}`);
    else facts.push(`table ${r.relation}: owner ${r.owner}, row level security ${r.rls ? 'on' : 'off'}`);
  }
  const relationPrivileges = await client.query<{ object: string; grantee: string; privilege: string; grantable: boolean }>(
    `select case c.relkind when 'S' then 'sequence ' when 'v' then 'view ' else 'table ' end || format('%s.%s', n.nspname, c.relname) as object,
            case when a.grantee = 0 then 'PUBLIC' else pg_get_userbyid(a.grantee) end as grantee,
            a.privilege_type as privilege, a.is_grantable as grantable
       from pg_class c join pg_namespace n on n.oid = c.relnamespace, aclexplode(c.relacl) a
      where n.nspname = any($1) and n.nspname <> 'public' and c.relkind in ('r', 'p', 'v', 'S')
        and a.grantee <> c.relowner
        and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype = 'e')`,
    [PLATFORM_SCHEMAS],
  );
  facts.push(...groupPrivileges(relationPrivileges.rows.filter((row) => GRANTEES.includes(row.grantee))));

  // The auth helper functions policies call (auth.uid() etc.); extension-owned functions are left out.
  const functions = await client.query<{
    object: string;
    owner: string;
    grantee: string | null;
    privilege: string | null;
    grantable: boolean;
  }>(
    `select 'function ' || p.oid::regprocedure::text as object, pg_get_userbyid(p.proowner) as owner,
            case when a.grantee is null then null when a.grantee = 0 then 'PUBLIC' else pg_get_userbyid(a.grantee) end as grantee,
            a.privilege_type as privilege, coalesce(a.is_grantable, false) as grantable
       from pg_proc p
       join pg_namespace n on n.oid = p.pronamespace
       left join lateral aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a on a.grantee <> p.proowner
      where n.nspname = 'auth'`,
  );
  for (const owner of new Set(functions.rows.map((f) => `${f.object}: owner ${f.owner}`))) facts.push(owner);
  facts.push(
    ...groupPrivileges(
      functions.rows
        .filter((row): row is typeof row & { grantee: string; privilege: string } => row.grantee !== null && row.privilege !== null)
        .filter((row) => GRANTEES.includes(row.grantee)),
    ),
  );

  const defaults = await client.query<{ object: string; grantee: string; privilege: string; grantable: boolean }>(
    `select format('default privileges of %s in schema %s on %s', pg_get_userbyid(d.defaclrole), n.nspname,
                   case d.defaclobjtype when 'r' then 'tables' when 'S' then 'sequences' when 'f' then 'functions' when 'T' then 'types' else 'schemas' end) as object,
            case when a.grantee = 0 then 'PUBLIC' else pg_get_userbyid(a.grantee) end as grantee,
            a.privilege_type as privilege, a.is_grantable as grantable
       from pg_default_acl d
       join pg_namespace n on n.oid = d.defaclnamespace, aclexplode(d.defaclacl) a
      where n.nspname = any($1) and pg_get_userbyid(d.defaclrole) = any($2)`,
    [PLATFORM_SCHEMAS, PLATFORM_ROLES],
  );
  facts.push(...groupPrivileges(defaults.rows.filter((row) => GRANTEES.includes(row.grantee))));

  const extensions = await client.query<{ name: string; schema: string }>(
    `select e.extname as name, n.nspname as schema from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname <> 'plpgsql'`,
  );
  for (const e of extensions.rows) facts.push(`extension ${e.name}: in schema ${e.schema}`);

  return facts.sort();
}
