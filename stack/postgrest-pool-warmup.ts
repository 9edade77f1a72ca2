// Local stack only: opens PostgREST's whole pool right after it is ready, so that a freshly started stack's first
// wave of users does not wait for five new Postgres backends to start and load their catalog entries while it
// queues behind them on the same cores. Hosted Supabase runs its own PostgREST and keeps its pool open; nothing
// here reaches supabase/ or a deployment.
//
// Concurrent reads as a made-up signed-in user (no such profile: every read is empty, nothing is written): all
// the first ones find no idle connection, so PostgREST opens one per request up to its pool size, and each
// connection then reads the tables of the interview loop through their row-level security.
import { randomUUID } from 'node:crypto';
import { signJwt } from './lib/jwt.ts';

const READS = [
  (userId: string) => `/user_profiles?select=id&id=eq.${userId}`,
  () => '/interview_sessions?select=id&limit=1',
  () => '/interview_questions?select=id&limit=1',
  () => '/plans?select=id&limit=1',
];

/** PGRST_POOL_OPEN_AT_START=0 leaves the pool to open on demand, as PostgREST does by itself. */
export function postgrestPoolWarmupEnabled(): boolean {
  return process.env.PGRST_POOL_OPEN_AT_START !== '0';
}

/** How many rounds of reads at most while `openConnections` says the pool is not full yet. */
const MAX_ROUNDS = 5;

/**
 * Runs the reads, `poolSize` × 2 at once per table; resolves with how many failed (0 when all answered 200).
 * On a busy machine PostgREST may answer the first reads on the connections it already has before the later ones
 * look for a connection, and then opens no more: with `openConnections` (how many backends PostgREST has now) the
 * reads run again, up to MAX_ROUNDS rounds, until the pool is full.
 */
export async function openPostgrestPool(options: {
  port: number;
  jwtSecret: string;
  poolSize: number;
  openConnections?: () => Promise<number>;
}): Promise<number> {
  const now = Math.floor(Date.now() / 1000);
  const userId = randomUUID();
  const token = signJwt({ sub: userId, role: 'authenticated', aud: 'authenticated', iat: now, exp: now + 60 }, options.jwtSecret);
  let failed = 0;
  for (let round = 1; round <= MAX_ROUNDS; round++) {
    for (const read of READS) {
      const answers = await Promise.all(
        Array.from({ length: options.poolSize * 2 }, () =>
          fetch(`http://127.0.0.1:${options.port}${read(userId)}`, { headers: { authorization: `Bearer ${token}` } }).then(
            async (response) => {
              await response.arrayBuffer();
              return response.ok;
            },
            () => false,
          ),
        ),
      );
      failed += answers.filter((ok) => !ok).length;
    }
    if (!options.openConnections || (await options.openConnections()) >= options.poolSize) break;
  }
  return failed;
}
