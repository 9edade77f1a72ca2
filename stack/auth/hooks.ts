import { readFileSync } from 'node:fs';
import { withTx, type Db } from './db.ts';
import { ApiError, badRequest, internalError, type ErrorCode } from './errors.ts';
import { deleteAllSessions } from './sessions.ts';

/**
 * GoTrue's auth hooks of type pg-functions: `pg-functions://<db>/<schema>/<function>` in
 * config.toml's [auth.hook.<name>]. Auth calls the function as its own role (supabase_auth_admin), in a
 * transaction of its own with a 2 s statement timeout, passing the event as jsonb and reading jsonb
 * back. An `error: {http_code, message}` object in the answer becomes that HTTP error (500 when
 * http_code is missing; error code `unknown`, or `unexpected_failure` for a 500, as GoTrue renders an
 * error without a code).
 */
export interface HookSettings {
  /** schema-qualified, quoted function name, e.g. "public"."hook_password_verification_attempt" */
  passwordVerificationAttempt?: string;
}

const HOOK_TIMEOUT_MS = 2000;
const DEFAULT_PASSWORD_REJECTION = 'Further password verification attempts will be rejected.';

/** `pg-functions://postgres/public/fn` → `"public"."fn"`; anything else is refused at start-up. */
export function pgFunctionName(uri: string): string {
  const match = /^pg-functions:\/\/[^/]+\/([A-Za-z_][A-Za-z0-9_$]*)\/([A-Za-z_][A-Za-z0-9_$]*)$/.exec(uri.trim());
  if (!match) throw new Error(`unsupported auth hook uri ${JSON.stringify(uri)} (only pg-functions://<db>/<schema>/<function>)`);
  return `"${match[1]}"."${match[2]}"`;
}

/** Reads the enabled pg-functions hooks from supabase/config.toml ([auth.hook.<name>] enabled, uri). */
export function readHookSettings(configToml: string): HookSettings {
  const sections = new Map<string, { enabled?: boolean; uri?: string }>();
  let current: string | undefined;
  for (const raw of readFileSync(configToml, 'utf8').split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    const section = /^\[auth\.hook\.([a-z_]+)\]$/.exec(line);
    if (section) {
      current = section[1]!;
      sections.set(current, {});
    } else if (line.startsWith('[')) current = undefined;
    else if (current) {
      const enabled = /^enabled\s*=\s*(true|false)$/.exec(line);
      const uri = /^uri\s*=\s*"([^"]*)"$/.exec(line);
      if (enabled) sections.get(current)!.enabled = enabled[1] === 'true';
      if (uri) sections.get(current)!.uri = uri[1];
    }
  }
  const password = sections.get('password_verification_attempt');
  return password?.enabled && password.uri ? { passwordVerificationAttempt: pgFunctionName(password.uri) } : {};
}

/** Calls a pg-functions hook and returns its answer (or throws the error object it answered). */
export async function invokePgHook(db: Db, functionName: string, event: Record<string, unknown>): Promise<Record<string, unknown>> {
  const answer = await withTx(db, async (tx) => {
    await tx.query(`set local statement_timeout to ${HOOK_TIMEOUT_MS}`);
    const { rows } = await tx.query<{ answer: unknown }>(`select ${functionName}($1::jsonb) as answer`, [JSON.stringify(event)]);
    return rows[0]?.answer;
  }).catch((err: unknown) => {
    throw internalError('Error running hook URI').withCause(err);
  });
  if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) {
    throw internalError('Error unmarshaling JSON output.');
  }
  const result = answer as Record<string, unknown>;
  const error = result.error as { http_code?: unknown; message?: unknown } | undefined | null;
  if (error && typeof error === 'object' && typeof error.message === 'string' && error.message !== '') {
    const status = typeof error.http_code === 'number' && error.http_code > 0 ? error.http_code : 500;
    const code: ErrorCode = status === 500 ? 'unexpected_failure' : 'unknown';
    throw new ApiError(status, code, error.message);
  }
  return result;
}

/**
 * GoTrue's password-verification-attempt hook, called after the password of a known user was
 * checked: 'reject' answers 400 invalid_credentials with the hook's message (and signs the user out
 * everywhere when asked); 'continue' lets the sign-in go on.
 */
export async function passwordVerificationAttempt(
  db: Db,
  hooks: HookSettings | undefined,
  event: { userId: string; valid: boolean },
): Promise<void> {
  if (!hooks?.passwordVerificationAttempt) return;
  const output = await invokePgHook(db, hooks.passwordVerificationAttempt, {
    metadata: { name: 'password-verification' },
    user_id: event.userId,
    valid: event.valid,
  });
  if (output.decision === 'reject') {
    if (output.should_logout_user === true) await withTx(db, (tx) => deleteAllSessions(tx, event.userId));
    const message = typeof output.message === 'string' && output.message !== '' ? output.message : DEFAULT_PASSWORD_REJECTION;
    throw badRequest('invalid_credentials', message);
  }
}
