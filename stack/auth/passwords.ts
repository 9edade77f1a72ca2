import { availableParallelism, setPriority } from 'node:os';
import pg from 'pg';
import { ApiError, WeakPasswordError } from './errors.ts';

/** bcrypt only looks at the first 72 bytes; GoTrue refuses longer passwords. */
export const MAX_PASSWORD_BYTES = 72;

const REQUIRED_SETS = [
  { chars: 'abcdefghijklmnopqrstuvwxyz', name: 'a lowercase letter' },
  { chars: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', name: 'an uppercase letter' },
  { chars: '0123456789', name: 'a digit' },
] as const;

/**
 * The product's password policy: at least `minLength` characters, an uppercase letter, a lowercase letter
 * and a digit. Throws GoTrue's WeakPasswordError (422 weak_password, reasons 'length'/'characters').
 */
export function assertPasswordStrength(password: string, minLength: number): void {
  if (password.includes('\u0000')) {
    throw new ApiError(422, 'validation_failed', 'Password contains a character that is not allowed');
  }
  if (Buffer.byteLength(password, 'utf8') > MAX_PASSWORD_BYTES) {
    throw new ApiError(422, 'validation_failed', `Password cannot be longer than ${MAX_PASSWORD_BYTES} characters`);
  }
  const weak = passwordWeakness(password, minLength);
  if (weak) throw new WeakPasswordError(weak.message, weak.reasons);
}

export function passwordWeakness(password: string, minLength: number): { message: string; reasons: string[] } | null {
  const reasons: string[] = [];
  const messages: string[] = [];
  if ([...password].length < minLength) {
    reasons.push('length');
    messages.push(`Password should be at least ${minLength} characters.`);
  }
  const missing = REQUIRED_SETS.filter((set) => ![...set.chars].some((ch) => password.includes(ch)));
  if (missing.length > 0) {
    reasons.push('characters');
    const names = missing.map((set) => set.name);
    const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0];
    messages.push(
      `Password should contain at least one character of each: ${REQUIRED_SETS.map((set) => set.chars).join(', ')}. Missing: ${list}.`,
    );
  }
  return reasons.length ? { message: messages.join(' '), reasons } : null;
}

/** The auth role must be able to reach pgcrypto; say how to fix it instead of a bare "permission denied". */
function explainPgcryptoAccess(err: unknown): never {
  if ((err as { code?: string }).code === '42501' && String((err as Error).message).includes('schema extensions')) {
    throw new ApiError(500, 'unexpected_failure', 'Unexpected failure, please check server logs for more information').withCause(
      new Error(
        'the auth service role cannot use pgcrypto: run `grant usage on schema extensions to supabase_auth_admin;` (stack/postgres/bootstrap.sql)',
      ),
    );
  }
  throw err;
}

/**
 * Which hashes wait first when every hashing connection is busy. A password grant has a person waiting at
 * the sign-in form (and a client timeout running), while a burst of sign-ups can queue for a long time: a
 * sign-in that arrives behind 200 queued sign-up hashes would wait for all of them.
 */
export type HashLane = 'sign_in' | 'new_password';

/**
 * At most `slots` hashes at a time, FIFO in each lane. A freed slot goes to a queued sign-in first, but
 * while new-password work waits the lanes take turns: a steady stream of sign-ins (one client address
 * per attempt gets past the per-IP limit) would otherwise starve a burst of sign-ups until they time
 * out, and taking turns still puts a sign-in ahead of all but one queued sign-up.
 */
export class HashQueue {
  private active = 0;
  private readonly waiting: Record<HashLane, (() => void)[]> = { sign_in: [], new_password: [] };
  private lastHandedTo: HashLane | null = null;

  constructor(private readonly slots: number) {}

  async run<T>(lane: HashLane, work: () => Promise<T>): Promise<T> {
    if (this.active < this.slots) this.active++;
    else await new Promise<void>((resolve) => this.waiting[lane].push(resolve));
    try {
      return await work();
    } finally {
      // the slot passes straight to the next waiter, so a newcomer cannot overtake the queue
      const next = this.takeNext();
      if (next) next();
      else this.active--;
    }
  }

  private takeNext(): (() => void) | undefined {
    const { sign_in: signIns, new_password: newPasswords } = this.waiting;
    const lane: HashLane = signIns.length > 0 && !(this.lastHandedTo === 'sign_in' && newPasswords.length > 0) ? 'sign_in' : 'new_password';
    const next = this.waiting[lane].shift();
    if (next) this.lastHandedTo = lane;
    return next;
  }

  get queued(): number {
    return this.waiting.sign_in.length + this.waiting.new_password.length;
  }
}

/**
 * bcrypt ($2a$, what GoTrue stores in auth.users.encrypted_password), computed by pgcrypto's native
 * crypt() on a pool of its own with one connection per CPU core. A burst of sign-ups therefore
 * queues here, at most one hash per core at a time, instead of occupying every connection of the
 * service's main pool (which made every other auth call wait behind the hashes). Checking a password
 * at sign-in goes ahead of hashing new passwords, taking turns with them while both wait (HashQueue).
 */
export class PasswordHasher {
  private readonly pool: pg.Pool;
  private readonly queue: HashQueue;
  private readonly lowered = new WeakSet<pg.PoolClient>();

  constructor(dbUrl: string, concurrency = availableParallelism()) {
    const slots = Math.max(1, concurrency);
    this.pool = new pg.Pool({ connectionString: dbUrl, max: slots, application_name: 'gotrue-local-hasher' });
    this.queue = new HashQueue(slots);
    this.pool.on('error', (err) => {
      if ((err as { code?: string }).code !== '57P01') console.error('[auth] idle password-hasher client error:', err.message);
    });
  }

  /** One statement on a hashing connection; a new connection's backend is moved to the lowest CPU priority first. */
  private async query<R extends pg.QueryResultRow>(text: string, values: unknown[]): Promise<pg.QueryResult<R>> {
    const client = await this.pool.connect();
    let failed: Error | undefined;
    try {
      if (!this.lowered.has(client)) {
        const { rows } = await client.query<{ pid: number }>('select pg_backend_pid() as pid');
        lowerCpuPriority(rows[0]!.pid);
        this.lowered.add(client);
      }
      return await client.query<R>(text, values);
    } catch (err) {
      failed = err as Error;
      throw err;
    } finally {
      client.release(failed); // a connection that failed a statement is not reused
    }
  }

  async hash(password: string, cost: number): Promise<string> {
    const { rows } = await this.queue
      .run('new_password', () =>
        this.query<{ hash: string }>(`select extensions.crypt($1, extensions.gen_salt('bf', $2::int)) as hash`, [password, cost]),
      )
      .catch(explainPgcryptoAccess);
    return rows[0]!.hash;
  }

  /**
   * An empty or missing hash never matches, but still costs a bcrypt round of the configured cost so
   * that unknown e-mails and password-less accounts cannot be told apart from wrong passwords by
   * response time.
   */
  async verify(password: string, hash: string | null | undefined, cost: number): Promise<boolean> {
    const clean = password.replaceAll(String.fromCharCode(0), '');
    if (!hash) {
      await this.queue
        .run('sign_in', () => this.query(`select extensions.crypt($1, $2)`, [clean, dummySalt(cost)]))
        .catch(explainPgcryptoAccess);
      return false;
    }
    const { rows } = await this.queue
      .run('sign_in', () => this.query<{ ok: boolean }>(`select extensions.crypt($1, $2) = $2 as ok`, [clean, hash]))
      .catch(explainPgcryptoAccess);
    return rows[0]?.ok === true && clean === password;
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}

const HASHING_NICE = 19;

/**
 * The lowest CPU priority (nice 19) for a hashing backend: the kernel then runs every other process of
 * its scheduling group first (the backends answering `GET /user`, sign-up transactions and PostgREST's
 * queries: with Linux's autogroups the Postgres server, in a session of its own, is one group, and nice
 * ranks within it), and hashing takes the cycles they leave. A hash holds no lock while crypt() runs, so
 * a descheduled hash blocks nobody. Without the permission (a server started by another user) hashing
 * just keeps the normal priority.
 */
function lowerCpuPriority(pid: number): void {
  try {
    setPriority(pid, HASHING_NICE);
  } catch (err) {
    if (!warnedAboutPriority) console.warn(`[auth] could not lower the priority of password hashing: ${(err as Error).message}`);
    warnedAboutPriority = true;
  }
}
let warnedAboutPriority = false;

/** A fixed, valid bcrypt salt of the given cost. */
function dummySalt(cost: number): string {
  const c = Math.min(31, Math.max(4, Math.round(cost)));
  return `$2a$${String(c).padStart(2, '0')}$abcdefghijklmnopqrstuu`;
}
