import { randomUUID } from 'node:crypto';
import { INSTANCE_ID, type Queryable } from './db.ts';

export type AuditAction =
  | 'login'
  | 'logout'
  | 'invite_accepted'
  | 'user_signedup'
  | 'user_invited'
  | 'user_deleted'
  | 'user_modified'
  | 'user_recovery_requested'
  | 'user_confirmation_requested'
  | 'user_repeated_signup'
  | 'user_updated_password'
  | 'token_revoked'
  | 'token_refreshed'
  | 'factor_in_progress'
  | 'challenge_created'
  | 'verification_attempted'
  | 'factor_unenrolled';

const LOG_TYPES: Record<AuditAction, string> = {
  login: 'account',
  logout: 'account',
  invite_accepted: 'account',
  user_signedup: 'team',
  user_invited: 'team',
  user_deleted: 'team',
  token_revoked: 'token',
  token_refreshed: 'token',
  user_modified: 'user',
  user_recovery_requested: 'user',
  user_confirmation_requested: 'user',
  user_repeated_signup: 'user',
  user_updated_password: 'user',
  factor_in_progress: 'factor',
  challenge_created: 'factor',
  verification_attempted: 'factor',
  factor_unenrolled: 'factor',
};

export interface AuditActor {
  id: string;
  email?: string | null;
  phone?: string | null;
  isSsoUser?: boolean;
  fullName?: unknown;
}

/** The pseudo-actor GoTrue records for admin (service_role) calls. */
export const adminActor = (role: string): AuditActor => ({ id: INSTANCE_ID, email: role });

/** Writes an auth.audit_log_entries row with GoTrue's payload shape. */
export async function audit(
  db: Queryable,
  actor: AuditActor,
  action: AuditAction,
  ip: string | null,
  traits?: Record<string, unknown>,
): Promise<void> {
  const payload: Record<string, unknown> = {
    actor_id: actor.id,
    actor_via_sso: actor.isSsoUser ?? false,
    actor_username: actor.phone || actor.email || '',
    action,
    log_type: LOG_TYPES[action],
  };
  if (actor.fullName !== undefined && actor.fullName !== null) payload.actor_name = actor.fullName;
  if (traits) payload.traits = traits;
  await db.query(
    `insert into auth.audit_log_entries (instance_id, id, payload, created_at, ip_address)
     values ($1, $2, $3, now(), $4)`,
    [INSTANCE_ID, randomUUID(), JSON.stringify(payload), (ip ?? '').slice(0, 64)],
  );
}
