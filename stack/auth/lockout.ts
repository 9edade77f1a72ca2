import type { Queryable } from './db.ts';
import { tooManyRequests } from './errors.ts';

/**
 * Failed-sign-in lockout (a failed-attempt counter and a lock-until time per e-mail), a local extension stored in
 * auth.login_attempts. Counted per normalised e-mail whether or not an account exists, so the
 * lockout answer never reveals which e-mails are registered.
 *
 * The lock only stops password sign-ins: anyone can lock any e-mail by failing on purpose, so an
 * e-mail link (magic link, password reset, confirmation) still signs the owner in and clears it.
 *
 * Call `acquire` first inside the sign-in transaction: it takes a row lock, so sign-ins for one
 * e-mail are serialised and parallel guesses cannot slip past the limit.
 */
export interface LockoutPolicy {
  maxFailedAttempts: number;
  lockSeconds: number;
}

export async function acquire(tx: Queryable, email: string): Promise<void> {
  await tx.query(`insert into auth.login_attempts (email, failed_count) values ($1, 0) on conflict (email) do nothing`, [email]);
  const { rows } = await tx.query<{ locked: boolean; remaining: number }>(
    `select (locked_until is not null and locked_until > now()) as locked,
            coalesce(extract(epoch from locked_until - now()), 0)::float8 as remaining
       from auth.login_attempts where email = $1 for update`,
    [email],
  );
  const row = rows[0];
  if (row?.locked) throw lockedError(row.remaining);
}

/** 429 account_locked: a code of its own so clients can offer the e-mail link instead of "wait". */
export function lockedError(remainingSeconds: number) {
  const minutes = Math.max(1, Math.ceil(remainingSeconds / 60));
  return tooManyRequests(
    'account_locked',
    `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}, or sign in with a link sent by email.`,
    remainingSeconds,
  );
}

/** Read-only check before spending a bcrypt round on an e-mail that is locked anyway. */
export async function assertNotLocked(db: Queryable, email: string): Promise<void> {
  const { rows } = await db.query<{ remaining: number }>(
    `select extract(epoch from locked_until - now())::float8 as remaining
       from auth.login_attempts where email = $1 and locked_until > now()`,
    [email],
  );
  if (rows[0]) throw lockedError(rows[0].remaining);
}

/**
 * Records a failed attempt. Failures older than the lock period no longer count, so the counter
 * measures consecutive failures in a recent window. Reaching the limit locks the e-mail.
 */
export async function recordFailure(tx: Queryable, email: string, policy: LockoutPolicy): Promise<{ locked: boolean }> {
  const { rows } = await tx.query<{ locked: boolean }>(
    `update auth.login_attempts
        set failed_count = case
              when last_failed_at is null or last_failed_at < now() - make_interval(secs => $3::double precision)
                or (locked_until is not null and locked_until <= now())
              then 1 else failed_count + 1 end,
            last_failed_at = now(),
            locked_until = null
      where email = $1
      returning failed_count >= $2 as locked`,
    [email, policy.maxFailedAttempts, policy.lockSeconds],
  );
  const locked = rows[0]?.locked ?? false;
  if (locked) {
    await tx.query(`update auth.login_attempts set locked_until = now() + make_interval(secs => $2::double precision) where email = $1`, [
      email,
      policy.lockSeconds,
    ]);
  }
  return { locked };
}

/** A successful sign-in (or a password change) clears the counter. */
export async function reset(tx: Queryable, email: string | null | undefined): Promise<void> {
  if (!email) return;
  await tx.query(`delete from auth.login_attempts where email = lower($1)`, [email]);
}

/** Forgets counters of e-mails that have not failed for a day and are not locked (abandoned guesses). */
export async function purgeStale(db: Queryable): Promise<void> {
  await db.query(
    `delete from auth.login_attempts
      where (last_failed_at is null or last_failed_at < now() - interval '1 day')
        and (locked_until is null or locked_until < now())`,
  );
}
