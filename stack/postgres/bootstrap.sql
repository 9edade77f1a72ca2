-- Local-only bootstrap: the platform objects hosted Supabase already has before any project
-- migration runs (roles, memberships, schemas, extensions, the GoTrue-owned auth schema, grants).
-- This is NOT a migration: supabase/migrations must run unchanged on hosted Supabase, where all of
-- this exists already. It runs once per new cluster as supabase_admin, the superuser initdb creates
-- (as on hosted, where that role is reserved to the platform). Everything else — migrations, seed,
-- `npm run sql`, tests' SQL — connects as `postgres`, which is NOT a superuser, as on hosted.
-- The resulting catalogue is checked against stack/postgres/hosted-platform.ts by
-- tests/stack/platform-parity.test.ts; any difference must be listed there with a reason.
-- Column sets of the auth tables follow GoTrue's own migrations (supabase/auth).

-- ── Roles (attributes as on hosted) ─────────────────────────────────────────────────────
alter role supabase_admin set search_path = "$user", public, auth, extensions;
alter role supabase_admin set log_statement = 'none';

-- The project owner: no superuser; may create roles/databases, replicate, and bypass RLS.
create role postgres login inherit nosuperuser createrole createdb replication bypassrls password '__LOCAL_PASSWORD__';
-- Written as hosted's post-setup script leaves it: the backslash stays in the stored value, so the
-- first entry names no schema and the effective path is public, extensions.
alter role postgres set search_path = "\$user", public, extensions;
-- The database and the public schema belong to the project owner.
alter database postgres owner to postgres;
alter schema public owner to postgres;

create role anon nologin inherit;
create role authenticated nologin inherit;
create role service_role nologin inherit bypassrls;
create role authenticator login noinherit password '__LOCAL_PASSWORD__';
create role supabase_auth_admin login noinherit createrole password '__LOCAL_PASSWORD__';
create role dashboard_user nologin createdb createrole replication;
create role supabase_replication_admin login replication;
create role supabase_read_only_user login bypassrls;

-- PostgREST logs in as authenticator and switches to the request's role (no inheritance).
grant anon, authenticated, service_role to authenticator with inherit false;
-- The owner can act as (and grant) the API roles, as on hosted.
grant anon, authenticated, service_role, authenticator to postgres with admin option, inherit true;
grant pg_monitor, pg_read_all_data, pg_signal_backend, pg_create_subscription to postgres with admin option, inherit true;
grant pg_read_all_data, pg_monitor to supabase_read_only_user;
-- Local stand-in for supautils' grants on hosted, which let postgres drop the triggers it put on
-- auth tables (`drop trigger … on auth.users` needs ownership in plain Postgres). The platform's own
-- migration once granted exactly this membership; hosted has since replaced it with supautils, so
-- it is listed as a known difference (it also lets postgres alter auth tables, which hosted refuses).
grant supabase_auth_admin to postgres;

alter role anon set statement_timeout = '3s';
alter role authenticated set statement_timeout = '8s';
alter role authenticator set statement_timeout = '8s';
alter role authenticator set lock_timeout = '8s';
alter role supabase_auth_admin set search_path = auth;
alter role supabase_auth_admin set idle_in_transaction_session_timeout = '60000';
alter role supabase_auth_admin set log_statement = 'none';
alter role supabase_read_only_user set default_transaction_read_only = on;
-- Hosted also preloads pg-safeupdate for authenticator (session_preload_libraries); this Postgres
-- build has no such module — see the stand-in at the end of this file.

-- Hosted lets postgres set these superuser-only parameters through supautils
-- (privileged_role_allowed_configs); plain Postgres grants them per parameter.
grant set on parameter session_replication_role to postgres;
grant set on parameter log_lock_waits, log_min_messages, track_io_timing to postgres;

-- ── Extensions schema (owned by postgres on hosted) ─────────────────────────────────────
create schema extensions authorization postgres;
grant usage on schema extensions to anon, authenticated, service_role;
grant all on schema extensions to dashboard_user;
-- Local only (a known difference in hosted-platform.ts): the local auth service hashes passwords
-- with pgcrypto's crypt() in the database, where GoTrue uses Go's bcrypt and needs no extension.
grant usage on schema extensions to supabase_auth_admin;
create extension pgcrypto with schema extensions;
create extension "uuid-ossp" with schema extensions;
create extension pg_stat_statements with schema extensions;
grant all on all tables in schema extensions to postgres with grant option;
grant all on all routines in schema extensions to postgres with grant option;
grant all on all sequences in schema extensions to postgres with grant option;
grant all on all tables in schema extensions to dashboard_user;
alter default privileges in schema extensions grant all on tables to postgres with grant option;
alter default privileges in schema extensions grant all on routines to postgres with grant option;
alter default privileges in schema extensions grant all on sequences to postgres with grant option;

-- ── The API schema's default privileges (for objects postgres or supabase_admin creates) ─
grant usage on schema public to anon, authenticated, service_role;
alter default privileges for role postgres in schema public grant all on tables to postgres, anon, authenticated, service_role;
alter default privileges for role postgres in schema public grant all on functions to postgres, anon, authenticated, service_role;
alter default privileges for role postgres in schema public grant all on sequences to postgres, anon, authenticated, service_role;
alter default privileges for role supabase_admin in schema public grant all on tables to postgres, anon, authenticated, service_role;
alter default privileges for role supabase_admin in schema public grant all on functions to postgres, anon, authenticated, service_role;
alter default privileges for role supabase_admin in schema public grant all on sequences to postgres, anon, authenticated, service_role;

-- ── graphql_public (config.toml exposes it; hosted fills it from pg_graphql, not in this build) ─
create schema graphql_public;
grant usage on schema graphql_public to anon, authenticated, service_role;
grant usage on schema graphql_public to postgres with grant option;
alter default privileges in schema graphql_public grant all on tables to postgres, anon, authenticated, service_role;
alter default privileges in schema graphql_public grant all on functions to postgres, anon, authenticated, service_role;
alter default privileges in schema graphql_public grant all on sequences to postgres, anon, authenticated, service_role;

-- ── auth schema: created by the platform, filled by GoTrue as supabase_auth_admin ─────────
-- Owned by supabase_admin as on hosted projects: `supabase db reset` keeps such schemas (and only
-- truncates their tables) while dropping every other non-system schema.
create schema auth authorization supabase_admin;
grant usage on schema auth to anon, authenticated, service_role, postgres;
grant all on schema auth to supabase_auth_admin, dashboard_user;
-- What GoTrue creates is readable and writable by the owner's role and the dashboard (but not by
-- the API roles: service_role gets "permission denied for table users", as on hosted).
alter default privileges for role supabase_auth_admin in schema auth grant all on tables to postgres, dashboard_user;
alter default privileges for role supabase_auth_admin in schema auth grant all on sequences to postgres, dashboard_user;
alter default privileges for role supabase_auth_admin in schema auth grant all on routines to postgres, dashboard_user;

set role supabase_auth_admin;

create type auth.aal_level as enum ('aal1', 'aal2', 'aal3');
create type auth.factor_type as enum ('totp', 'webauthn', 'phone');
create type auth.factor_status as enum ('unverified', 'verified');
create type auth.code_challenge_method as enum ('s256', 'plain');
create type auth.one_time_token_type as enum (
  'confirmation_token', 'reauthentication_token', 'recovery_token',
  'email_change_token_new', 'email_change_token_current', 'phone_change_token'
);

create table auth.users (
  instance_id uuid,
  id uuid not null primary key,
  aud varchar(255),
  role varchar(255),
  email varchar(255),
  encrypted_password varchar(255),
  email_confirmed_at timestamptz,
  invited_at timestamptz,
  confirmation_token varchar(255),
  confirmation_sent_at timestamptz,
  recovery_token varchar(255),
  recovery_sent_at timestamptz,
  email_change_token_new varchar(255),
  email_change varchar(255),
  email_change_sent_at timestamptz,
  last_sign_in_at timestamptz,
  raw_app_meta_data jsonb,
  raw_user_meta_data jsonb,
  is_super_admin boolean,
  created_at timestamptz,
  updated_at timestamptz,
  phone text unique default null,
  phone_confirmed_at timestamptz,
  phone_change text default '',
  phone_change_token varchar(255) default '',
  phone_change_sent_at timestamptz,
  confirmed_at timestamptz generated always as (least(email_confirmed_at, phone_confirmed_at)) stored,
  email_change_token_current varchar(255) default '',
  email_change_confirm_status smallint default 0 check (email_change_confirm_status >= 0 and email_change_confirm_status <= 2),
  banned_until timestamptz,
  reauthentication_token varchar(255) default '',
  reauthentication_sent_at timestamptz,
  is_sso_user boolean not null default false,
  deleted_at timestamptz,
  is_anonymous boolean not null default false
);
create index users_instance_id_idx on auth.users (instance_id);
create index users_instance_id_email_idx on auth.users (instance_id, lower(email));
create unique index users_email_partial_key on auth.users (email) where is_sso_user = false;
create index users_is_anonymous_idx on auth.users (is_anonymous);

create table auth.sessions (
  id uuid not null primary key,
  user_id uuid not null references auth.users (id) on delete cascade,
  created_at timestamptz,
  updated_at timestamptz,
  factor_id uuid,
  aal auth.aal_level,
  not_after timestamptz,
  refreshed_at timestamp,
  user_agent text,
  ip inet,
  tag text
);
create index sessions_user_id_idx on auth.sessions (user_id);
create index user_id_created_at_idx on auth.sessions (user_id, created_at);
create index sessions_not_after_idx on auth.sessions (not_after desc);

create table auth.refresh_tokens (
  instance_id uuid,
  id bigserial primary key,
  token varchar(255) unique,
  user_id varchar(255),
  revoked boolean,
  created_at timestamptz,
  updated_at timestamptz,
  parent varchar(255),
  session_id uuid references auth.sessions (id) on delete cascade
);
create index refresh_tokens_instance_id_idx on auth.refresh_tokens (instance_id);
create index refresh_tokens_instance_id_user_id_idx on auth.refresh_tokens (instance_id, user_id);
create index refresh_tokens_parent_idx on auth.refresh_tokens (parent);
create index refresh_tokens_session_id_revoked_idx on auth.refresh_tokens (session_id, revoked);
create index refresh_tokens_updated_at_idx on auth.refresh_tokens (updated_at desc);

create table auth.identities (
  provider_id text not null,
  user_id uuid not null references auth.users (id) on delete cascade,
  identity_data jsonb not null,
  provider text not null,
  last_sign_in_at timestamptz,
  created_at timestamptz,
  updated_at timestamptz,
  email text generated always as (lower(identity_data ->> 'email')) stored,
  id uuid not null default gen_random_uuid() primary key,
  constraint identities_provider_id_provider_unique unique (provider_id, provider)
);
create index identities_user_id_idx on auth.identities (user_id);
create index identities_email_idx on auth.identities (email text_pattern_ops);

create table auth.one_time_tokens (
  id uuid primary key,
  user_id uuid not null references auth.users (id) on delete cascade,
  token_type auth.one_time_token_type not null,
  token_hash text not null check (char_length(token_hash) > 0),
  relates_to text not null,
  created_at timestamp without time zone not null default now(),
  updated_at timestamp without time zone not null default now()
);
create unique index one_time_tokens_user_id_token_type_key on auth.one_time_tokens (user_id, token_type);
create index one_time_tokens_token_hash_hash_idx on auth.one_time_tokens using hash (token_hash);
create index one_time_tokens_relates_to_hash_idx on auth.one_time_tokens using hash (relates_to);

create table auth.audit_log_entries (
  instance_id uuid,
  id uuid not null primary key,
  payload json,
  created_at timestamptz,
  ip_address varchar(64) not null default ''
);
create index audit_logs_instance_id_idx on auth.audit_log_entries (instance_id);

create table auth.flow_state (
  id uuid primary key,
  user_id uuid,
  auth_code text not null,
  code_challenge_method auth.code_challenge_method not null,
  code_challenge text not null,
  provider_type text not null,
  provider_access_token text,
  provider_refresh_token text,
  created_at timestamptz,
  updated_at timestamptz,
  authentication_method text not null,
  auth_code_issued_at timestamptz
);
create index idx_auth_code on auth.flow_state (auth_code);
create index idx_user_id_auth_method on auth.flow_state (user_id, authentication_method);

create table auth.mfa_factors (
  id uuid not null primary key,
  user_id uuid not null references auth.users (id) on delete cascade,
  friendly_name text,
  factor_type auth.factor_type not null,
  status auth.factor_status not null,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  secret text,
  phone text,
  last_challenged_at timestamptz unique
);
create index factor_id_created_at_idx on auth.mfa_factors (user_id, created_at);
create unique index mfa_factors_user_friendly_name_unique on auth.mfa_factors (friendly_name, user_id)
  where trim(friendly_name) <> '';

create table auth.mfa_challenges (
  id uuid not null primary key,
  factor_id uuid not null references auth.mfa_factors (id) on delete cascade,
  created_at timestamptz not null,
  verified_at timestamptz,
  ip_address inet not null,
  otp_code text,
  web_authn_session_data jsonb
);
create index mfa_challenge_created_at_idx on auth.mfa_challenges (created_at desc);

create table auth.mfa_amr_claims (
  session_id uuid not null references auth.sessions (id) on delete cascade,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  authentication_method text not null,
  id uuid not null primary key,
  constraint mfa_amr_claims_session_id_authentication_method_pkey unique (session_id, authentication_method)
);

create table auth.instances (
  id uuid not null primary key,
  uuid uuid,
  raw_base_config text,
  created_at timestamptz,
  updated_at timestamptz
);

create table auth.schema_migrations (version varchar(255) not null primary key);

-- Helpers PostgREST-authenticated SQL uses (same definitions as GoTrue installs).
create function auth.uid() returns uuid language sql stable as $$
  select coalesce(
    nullif(current_setting('request.jwt.claim.sub', true), ''),
    (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub')
  )::uuid
$$;

create function auth.role() returns text language sql stable as $$
  select coalesce(
    nullif(current_setting('request.jwt.claim.role', true), ''),
    (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'role')
  )::text
$$;

create function auth.email() returns text language sql stable as $$
  select coalesce(
    nullif(current_setting('request.jwt.claim.email', true), ''),
    (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'email')
  )::text
$$;

create function auth.jwt() returns jsonb language sql stable as $$
  select coalesce(
    nullif(current_setting('request.jwt.claim', true), ''),
    nullif(current_setting('request.jwt.claims', true), '')
  )::jsonb
$$;

-- GoTrue's own migration (enable_rls_update_grants) turns RLS on for its tables and lets postgres
-- grant SELECT on them onwards.
do $$
declare t record;
begin
  for t in select c.relname from pg_class c where c.relnamespace = 'auth'::regnamespace and c.relkind = 'r' loop
    execute format('alter table auth.%I enable row level security', t.relname);
    execute format('grant select on auth.%I to postgres with grant option', t.relname);
  end loop;
end $$;


reset role;

-- The event triggers that tell PostgREST to reload its schema cache: schema-watch.sql, applied at every start.

-- ── Local stand-in for pg-safeupdate ─────────────────────────────────────────────────────
-- Hosted preloads pg-safeupdate for authenticator: an UPDATE or DELETE without WHERE sent through
-- the API fails with 21000 "UPDATE requires a WHERE clause". The module is not in this Postgres
-- build, so every table created in the API schema gets a statement-level trigger that refuses the
-- same statements: in a PostgREST session (session_user authenticator), a PATCH/DELETE whose
-- generated statement — `WITH pgrst_source AS (UPDATE … | DELETE FROM …  RETURNING …)` — has no
-- WHERE. Unlike the real module it does not see statements inside functions the API calls (the
-- parity test lists this difference); filters are always emitted as a WHERE before RETURNING.
create function extensions.local_safeupdate() returns trigger language plpgsql as $$
declare
  mutation text;
begin
  if session_user <> 'authenticator' or current_setting('request.method', true) not in ('PATCH', 'DELETE') then
    return null;
  end if;
  mutation := substring(current_query() from '^WITH pgrst_source AS \((.*?) RETURNING ');
  if mutation is not null and mutation !~ '\sWHERE\s' then
    raise exception using errcode = '21000', message = format('%s requires a WHERE clause', tg_op),
      hint = 'Add a filter (e.g. ?id=eq.…) to the request.';
  end if;
  return null;
end $$;

create function extensions.local_safeupdate_attach() returns event_trigger language plpgsql as $$
declare
  created record;
begin
  for created in
    select distinct c.oid::regclass as tbl
      from pg_event_trigger_ddl_commands() d
      join pg_class c on c.oid = d.objid
     where d.object_type = 'table' and d.schema_name = 'public' and c.relkind in ('r', 'p')
       and not c.relispartition
  loop
    execute format(
      'create or replace trigger local_safeupdate before update or delete on %s for each statement execute function extensions.local_safeupdate()',
      created.tbl);
  end loop;
end $$;
create event trigger local_safeupdate_attach on ddl_command_end
  when tag in ('CREATE TABLE', 'CREATE TABLE AS', 'SELECT INTO')
  execute function extensions.local_safeupdate_attach();
