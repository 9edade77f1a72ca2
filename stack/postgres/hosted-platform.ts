// The platform catalogue of a hosted Supabase project (Postgres 17), in the fact format of
// ./catalogue.ts, and the known differences of the local bootstrap (./bootstrap.sql), each with
// its reason. tests/stack/platform-parity.test.ts fails on any other difference.
//
// Derived (described, not copied) from:
// - supabase/postgres @ 7db7e1a9e34b9ffb9b0e3372ccf08eb4fa772f4b (2024-10-23):
//   migrations/db/init-scripts/0000000000000{0..3}-*.sql, migrations/db/migrations/*.sql
//   (10000000000000_demote-postgres, update-auth-permissions, grant_auth_roles_to_postgres,
//   alter_api_roles_for_inherit, enable-safeupdate-postgrest, grant_extensions_perms_for_postgres,
//   grant_pg_monitor_to_postgres, grant_predefined_roles_to_postgres, pg_graphql, …),
//   migrations/db/migrate.sh (database owner) and ansible/files/postgresql_config/supautils.conf.j2;
// - supabase/auth (GoTrue) @ bc32168e13fdc928c98b449fc76bc3fdb9a293c5 (2026-08-20): migrations/*,
//   notably 20240612123726_enable_rls_update_grants (RLS on, SELECT with grant option to postgres);
// - for what later platform releases changed (memberships WITH ADMIN OPTION, postgres no longer a
//   member of supabase_auth_admin and only USAGE on schema auth, supabase_auth_admin's settings):
//   the role and ACL sections of pg_dumpall output of Postgres 17.6 hosted projects published in
//   public repositories.

const TABLE_PRIVILEGES = ['DELETE', 'INSERT', 'MAINTAIN', 'REFERENCES', 'SELECT', 'TRIGGER', 'TRUNCATE', 'UPDATE'];
const SEQUENCE_PRIVILEGES = ['SELECT', 'UPDATE', 'USAGE'];
const all = (privileges: string[]) => [...privileges].sort().join(', ');
const API_ROLES = ['anon', 'authenticated', 'service_role'];

/** GoTrue's tables (its migrations); the local auth service creates the subset it uses. */
export const GOTRUE_TABLES = [
  'audit_log_entries',
  'flow_state',
  'identities',
  'instances',
  'mfa_amr_claims',
  'mfa_challenges',
  'mfa_factors',
  'oauth_authorizations',
  'oauth_clients',
  'oauth_consents',
  'one_time_tokens',
  'refresh_tokens',
  'saml_providers',
  'saml_relay_states',
  'schema_migrations',
  'sessions',
  'sso_domains',
  'sso_providers',
  'users',
];
export const GOTRUE_SEQUENCES = ['refresh_tokens_id_seq'];
export const GOTRUE_FUNCTIONS = ['email()', 'jwt()', 'role()', 'uid()'];

const roles: Record<string, string> = {
  supabase_admin: 'superuser inherit createrole createdb login replication bypassrls',
  postgres: 'nosuperuser inherit createrole createdb login replication bypassrls',
  anon: 'nosuperuser inherit nocreaterole nocreatedb nologin noreplication nobypassrls',
  authenticated: 'nosuperuser inherit nocreaterole nocreatedb nologin noreplication nobypassrls',
  service_role: 'nosuperuser inherit nocreaterole nocreatedb nologin noreplication bypassrls',
  authenticator: 'nosuperuser noinherit nocreaterole nocreatedb login noreplication nobypassrls',
  supabase_auth_admin: 'nosuperuser noinherit createrole nocreatedb login noreplication nobypassrls',
  supabase_storage_admin: 'nosuperuser noinherit createrole nocreatedb login noreplication nobypassrls',
  supabase_realtime_admin: 'nosuperuser noinherit nocreaterole nocreatedb nologin noreplication nobypassrls',
  supabase_replication_admin: 'nosuperuser inherit nocreaterole nocreatedb login replication nobypassrls',
  supabase_read_only_user: 'nosuperuser inherit nocreaterole nocreatedb login noreplication bypassrls',
  supabase_etl_admin: 'nosuperuser inherit nocreaterole nocreatedb login replication nobypassrls',
  dashboard_user: 'nosuperuser inherit createrole createdb nologin replication nobypassrls',
  pgbouncer: 'nosuperuser inherit nocreaterole nocreatedb login noreplication nobypassrls',
};

const membership = (role: string, member: string, admin: boolean, inherit: boolean) =>
  `membership ${role} granted to ${member}: ${admin ? 'with admin option' : 'no admin option'}, ${inherit ? 'inherit' : 'noinherit'}`;

const memberships = [
  // PostgREST logs in as authenticator and SET ROLEs to the request's role.
  ...API_ROLES.map((role) => membership(role, 'authenticator', false, false)),
  // The project owner acts as, and grants, the API roles.
  ...[...API_ROLES, 'authenticator'].map((role) => membership(role, 'postgres', true, true)),
  ...['pg_create_subscription', 'pg_monitor', 'pg_read_all_data', 'pg_signal_backend'].map((role) =>
    membership(role, 'postgres', true, true),
  ),
  membership('supabase_realtime_admin', 'postgres', false, true),
  membership('authenticator', 'supabase_storage_admin', false, false),
  ...['pg_monitor', 'pg_read_all_data'].flatMap((role) => [
    membership(role, 'supabase_read_only_user', false, true),
    membership(role, 'supabase_etl_admin', false, true),
  ]),
];

const settings = [
  'setting of role anon: statement_timeout=3s',
  'setting of role authenticated: statement_timeout=8s',
  'setting of role authenticator: statement_timeout=8s',
  'setting of role authenticator: lock_timeout=8s',
  'setting of role authenticator: session_preload_libraries=safeupdate',
  // As the platform's post-setup script writes it (the backslash is kept; the entry matches no schema).
  'setting of role postgres: search_path="\\$user", public, extensions',
  'setting of role supabase_admin: search_path="$user", public, auth, extensions',
  'setting of role supabase_admin: log_statement=none',
  'setting of role supabase_auth_admin: search_path=auth',
  'setting of role supabase_auth_admin: idle_in_transaction_session_timeout=60000',
  'setting of role supabase_auth_admin: log_statement=none',
  'setting of role supabase_read_only_user: default_transaction_read_only=on',
  'setting of role supabase_storage_admin: search_path=storage',
  'setting of role supabase_storage_admin: log_statement=none',
];

const schemas = [
  'database owner: postgres',
  'schema public: owner postgres',
  'schema public to PUBLIC: USAGE',
  ...API_ROLES.map((role) => `schema public to ${role}: USAGE`),
  'schema auth: owner supabase_admin',
  ...[...API_ROLES, 'postgres'].map((role) => `schema auth to ${role}: USAGE`),
  'schema auth to supabase_auth_admin: CREATE, USAGE',
  'schema auth to dashboard_user: CREATE, USAGE',
  'schema extensions: owner postgres',
  ...API_ROLES.map((role) => `schema extensions to ${role}: USAGE`),
  'schema extensions to dashboard_user: CREATE, USAGE',
  'schema graphql_public: owner supabase_admin',
  ...API_ROLES.map((role) => `schema graphql_public to ${role}: USAGE`),
  'schema graphql_public to postgres: USAGE with grant option',
  'schema storage: owner supabase_admin',
  ...API_ROLES.map((role) => `schema storage to ${role}: USAGE`),
  ...['postgres', 'supabase_storage_admin', 'dashboard_user'].map((role) => `schema storage to ${role}: CREATE, USAGE`),
  'schema realtime: owner supabase_admin',
];

/**
 * Supabase Storage's metadata tables (the storage service's own migrations, supabase/storage
 * migrations/tenant): owned by its role, RLS on, every privilege to the API roles (policies decide)
 * and to postgres with grant option. Hosted has more storage tables (S3 multipart uploads, analytics
 * and vector buckets, prefixes) that the local service does not use; they are not described here.
 */
const STORAGE_TABLES = ['buckets', 'objects'];
const storageFacts = [
  ...[...STORAGE_TABLES, 'migrations'].map((table) => `table storage.${table}: owner supabase_storage_admin, row level security on`),
  ...STORAGE_TABLES.flatMap((table) => [
    `table storage.${table} to postgres: ${TABLE_PRIVILEGES.map((p) => `${p} with grant option`).join(', ')}`,
    ...API_ROLES.map((role) => `table storage.${table} to ${role}: ${all(TABLE_PRIVILEGES)}`),
  ]),
];

/** Every GoTrue table: owned by GoTrue's role, RLS on, postgres and the dashboard only — no API role. */
export function authTableFacts(table: string): string[] {
  return [
    `table auth.${table}: owner supabase_auth_admin, row level security on`,
    `table auth.${table} to postgres: ${TABLE_PRIVILEGES.map((p) => (p === 'SELECT' ? 'SELECT with grant option' : p)).join(', ')}`,
    `table auth.${table} to dashboard_user: ${all(TABLE_PRIVILEGES)}`,
  ];
}

export function authSequenceFacts(sequence: string): string[] {
  return [
    `sequence auth.${sequence}: owner supabase_auth_admin`,
    `sequence auth.${sequence} to postgres: ${all(SEQUENCE_PRIVILEGES)}`,
    `sequence auth.${sequence} to dashboard_user: ${all(SEQUENCE_PRIVILEGES)}`,
  ];
}

export function authFunctionFacts(signature: string): string[] {
  return [
    `function auth.${signature}: owner supabase_auth_admin`,
    ...['PUBLIC', 'postgres', 'dashboard_user'].map((grantee) => `function auth.${signature} to ${grantee}: EXECUTE`),
  ];
}

const defaultsTo = (owner: string, schema: string, grantees: string[], grantOption = false) =>
  (
    [
      ['tables', TABLE_PRIVILEGES],
      ['sequences', SEQUENCE_PRIVILEGES],
      ['functions', ['EXECUTE']],
    ] as const
  ).flatMap(([kind, privileges]) =>
    grantees.map(
      (grantee) =>
        `default privileges of ${owner} in schema ${schema} on ${kind} to ${grantee}: ${[...privileges]
          .sort()
          .map((p) => (grantOption ? `${p} with grant option` : p))
          .join(', ')}`,
    ),
  );

const defaultPrivileges = [
  ...defaultsTo('postgres', 'public', ['postgres', ...API_ROLES]),
  ...defaultsTo('supabase_admin', 'public', ['postgres', ...API_ROLES]),
  ...defaultsTo('supabase_auth_admin', 'auth', ['postgres', 'dashboard_user']),
  ...defaultsTo('supabase_admin', 'extensions', ['postgres'], true),
  ...defaultsTo('supabase_admin', 'graphql_public', ['postgres', ...API_ROLES]),
  ...defaultsTo('supabase_admin', 'storage', ['postgres', ...API_ROLES]),
];

const extensions = [
  'extension pgcrypto: in schema extensions',
  'extension uuid-ossp: in schema extensions',
  'extension pg_stat_statements: in schema extensions',
  'extension pg_graphql: in schema graphql',
  'extension supabase_vault: in schema vault',
];

/** Hosted facts that do not depend on which GoTrue tables exist. */
export const HOSTED_PLATFORM_FACTS: string[] = [
  ...Object.entries(roles).map(([name, attributes]) => `role ${name}: ${attributes}`),
  ...memberships,
  ...settings,
  ...schemas,
  ...GOTRUE_SEQUENCES.flatMap(authSequenceFacts),
  ...GOTRUE_FUNCTIONS.flatMap(authFunctionFacts),
  ...defaultPrivileges,
  ...storageFacts,
  ...extensions,
];

export interface KnownDifference {
  /** `missing`: hosted has it, local has not; `extra`: only local has it. */
  kind: 'missing' | 'extra';
  fact: string;
  reason: string;
}

const NO_REALTIME = 'The local stack runs no Realtime server; the app does not subscribe to changes.';
const NOT_IN_BUILD = 'The extension is not part of the embedded Postgres build (no pg_graphql/supabase_vault); the app uses neither.';
const missing =
  (reason: string) =>
  (fact: string): KnownDifference => ({ kind: 'missing', fact, reason });
const extra =
  (reason: string) =>
  (fact: string): KnownDifference => ({ kind: 'extra', fact, reason });

export const KNOWN_DIFFERENCES: KnownDifference[] = [
  ...[
    'role supabase_realtime_admin: nosuperuser noinherit nocreaterole nocreatedb nologin noreplication nobypassrls',
    'membership supabase_realtime_admin granted to postgres: no admin option, inherit',
    'schema realtime: owner supabase_admin',
  ].map(missing(NO_REALTIME)),
  ...[
    'role supabase_etl_admin: nosuperuser inherit nocreaterole nocreatedb login replication nobypassrls',
    'membership pg_monitor granted to supabase_etl_admin: no admin option, inherit',
    'membership pg_read_all_data granted to supabase_etl_admin: no admin option, inherit',
  ].map(missing('The platform\u2019s replication/ETL pipelines do not run locally.')),
  missing('No connection pooler runs locally; PostgREST and the functions connect directly.')(
    'role pgbouncer: nosuperuser inherit nocreaterole nocreatedb login noreplication nobypassrls',
  ),
  missing(NOT_IN_BUILD)('extension pg_graphql: in schema graphql'),
  missing(NOT_IN_BUILD)('extension supabase_vault: in schema vault'),
  missing(
    'pg-safeupdate is not in the embedded Postgres build (a missing preload library would refuse every PostgREST connection). Stand-in: the statement trigger extensions.local_safeupdate (bootstrap.sql) refuses a PATCH/DELETE without filters from PostgREST with the same 21000 error; unlike the module it does not check statements inside functions the API calls.',
  )('setting of role authenticator: session_preload_libraries=safeupdate'),
  extra(
    'The local auth service hashes passwords with pgcrypto crypt() inside Postgres; GoTrue uses Go\u2019s bcrypt and needs no extension.',
  )('schema extensions to supabase_auth_admin: USAGE'),
  extra(
    'Stand-in for supautils: hosted lets postgres drop the triggers it creates on auth tables (e.g. `drop trigger … on auth.users` in a migration) through supautils, which this build lacks; plain Postgres needs ownership, which this membership (granted by an earlier platform migration) provides. It also lets postgres ALTER auth tables, which hosted refuses: never do that in a migration.',
  )('membership supabase_auth_admin granted to postgres: no admin option, inherit'),
  extra(
    'Stand-in for supautils\u2019 policy_grants on hosted, which let postgres create policies on storage.objects (e.g. `create policy \u2026 on storage.objects` in a migration); plain Postgres needs ownership, which this membership provides. Never alter storage tables in a migration: hosted refuses it.',
  )('membership supabase_storage_admin granted to postgres: no admin option, inherit'),
];
