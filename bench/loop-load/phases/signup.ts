// Phase 1: N sign-ups at once, while a probe keeps calling other auth endpoints; compared with the
// hashing limit (N × one bcrypt hash at the configured cost ÷ cores: the least time N sign-ups can take).
import os from 'node:os';
import pg from 'pg';
import { CallFailed } from '../http.ts';
import { ipFor, type Api, type VirtualUser } from '../api.ts';
import { Recorder, type CallStats } from '../recorder.ts';
import { emailFor, userFrom } from '../users.ts';

export const SIGNUP_KIND = 'auth POST /signup (burst)';
/** Probe calls that hash nothing: the ones the "other auth calls p95 ≤ 50 ms" target is about. */
export const PROBE_KINDS = ['auth GET /user (probe)', 'auth refresh_token grant (probe)'] as const;
/** A password grant costs one bcrypt compare itself; shown for information, not held to 50 ms. */
export const PROBE_PASSWORD_KIND = 'auth password grant (probe, hashes)';

export interface SignupResult {
  users: number;
  bcryptCost: number;
  cores: number;
  /** Median of one bcrypt hash with pgcrypto (what the auth service calls) on the stack's Postgres. */
  oneHashMs: number;
  hashingLimitMs: number;
  burstWallMs: number;
  /** burstWallMs ÷ hashingLimitMs (target ≤ 1.25). */
  ratioToLimit: number;
  probeCalls: number;
  calls: Record<string, CallStats>;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Times one bcrypt hash at `cost` with pgcrypto, as the auth service computes it (stack/auth/passwords.ts). */
async function measureOneHash(dbUrl: string, cost: number): Promise<number> {
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  try {
    const times: number[] = [];
    for (let i = 0; i < 6; i++) {
      const started = performance.now();
      await client.query(`select extensions.crypt($1, extensions.gen_salt('bf', $2::int))`, ['LoadBench42!', cost]);
      if (i > 0) times.push(performance.now() - started); // the first one warms the connection and pgcrypto
    }
    return median(times);
  } finally {
    await client.end();
  }
}

export async function runSignupPhase(options: {
  api: Api;
  runId: string;
  users: number;
  bcryptCost: number;
  log: (line: string) => void;
  deadlineMs: number;
}): Promise<{ result: SignupResult; created: VirtualUser[] }> {
  const { api, runId, users, log } = options;
  const recorder = api.recorder;
  const setup = new Recorder();
  const cores = os.availableParallelism();
  const oneHashMs = await measureOneHash(api.stack.dbUrl, options.bcryptCost);
  const hashingLimitMs = (users * oneHashMs) / cores;
  log(
    `one bcrypt hash at cost ${options.bcryptCost}: ${oneHashMs.toFixed(0)} ms → limit for ${users} sign-ups on ${cores} cores: ${(hashingLimitMs / 1000).toFixed(2)} s`,
  );

  // The probe's own account, created before the burst.
  const probeIndex = 900_000;
  const probeEmail = emailFor(runId, probeIndex);
  const probeUser = userFrom(probeIndex, probeEmail, await api.withRecorder(setup).signUp('setup: sign-up', probeEmail, ipFor(probeIndex)));

  let burstDone = false;
  let probeCalls = 0;
  const probe = async () => {
    const stopAt = performance.now() + options.deadlineMs;
    let refreshToken = probeUser.refreshToken;
    while (!burstDone && performance.now() < stopAt && probeCalls < 50_000) {
      const step = probeCalls++ % 5;
      // A fresh address for each token call: the per-IP token limit would otherwise end the probe early.
      const ip = ipFor(probeIndex + 1 + probeCalls);
      try {
        if (step === 4) await api.passwordGrant(PROBE_PASSWORD_KIND, probeEmail, ip);
        else if (step % 2 === 0) await api.getUser(PROBE_KINDS[0], probeUser);
        else refreshToken = (await api.refreshGrant(PROBE_KINDS[1], refreshToken, ip)).refresh_token;
      } catch (error) {
        if (!(error instanceof CallFailed)) throw error;
      }
    }
  };

  let burstWallMs = 0;
  const burst = async () => {
    const started = performance.now();
    const settled = await Promise.all(
      Array.from({ length: users }, async (_, index) => {
        const email = emailFor(runId, index);
        try {
          return userFrom(index, email, await api.signUp(SIGNUP_KIND, email, ipFor(index)));
        } catch (error) {
          if (error instanceof CallFailed) return null;
          throw error;
        }
      }),
    );
    burstWallMs = performance.now() - started;
    burstDone = true;
    return settled.filter((user): user is VirtualUser => user !== null);
  };

  const probing = probe();
  const created = await burst();
  await probing;
  return {
    created,
    result: {
      users,
      bcryptCost: options.bcryptCost,
      cores,
      oneHashMs,
      hashingLimitMs,
      burstWallMs,
      ratioToLimit: burstWallMs / hashingLimitMs,
      probeCalls,
      calls: recorder.stats(),
    },
  };
}
