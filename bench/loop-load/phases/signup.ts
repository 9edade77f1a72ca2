// Phase 1: N sign-ups at once, while a probe keeps calling other auth endpoints; compared with the
// hashing limit (N × one bcrypt hash at the configured cost ÷ cores: the least time N sign-ups can take).
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { cpuBetween, snapshotCpu, type CpuUse } from '../cpu.ts';
import { CallFailed } from '../http.ts';
import { sampleLoadGenerator, type LoadGeneratorUse } from '../load-generator.ts';
import { machineBetween, snapshotMachine, type MachineUse } from '../machine-counters.ts';
import { ipFor, type Api, type VirtualUser } from '../api.ts';
import { Recorder, type CallStats } from '../recorder.ts';
import { emailFor, userFrom } from '../users.ts';

export const SIGNUP_KIND = 'auth POST /signup (burst)';
/** Probe calls that hash nothing: the ones the "other auth calls p95 ≤ 50 ms" target is about. */
export const PROBE_KINDS = ['auth GET /user (probe)', 'auth refresh_token grant (probe)'] as const;
/** A password grant costs one bcrypt compare itself; shown for information, not held to 50 ms. */
export const PROBE_PASSWORD_KIND = 'auth password grant (probe, hashes)';
const PROBE_INTERVAL_MS = 100;
const PROBE_MAX_IN_FLIGHT = 50;

export interface SignupResult {
  users: number;
  /** How the target's auth service hashes, as far as its source tells (the limit is measured with pgcrypto). */
  hashLibrary: string;
  bcryptCost: number;
  cores: number;
  /**
   * One bcrypt hash with pgcrypto (what the auth service calls) on the stack's Postgres: the median of
   * 5 timings right before and 5 right after the burst (a shared machine's load moves in between).
   */
  oneHashMs: number;
  oneHashBeforeMs: number;
  oneHashAfterMs: number;
  hashingLimitMs: number;
  burstWallMs: number;
  /** Per sign-up timeout of the burst: the usual one, or 3 × the hashing limit when that is longer. */
  burstTimeoutMs: number;
  /** burstWallMs ÷ hashingLimitMs (target ≤ 1.25). */
  ratioToLimit: number;
  /**
   * The probe's password grants that started during the burst: each costs one hash on the same cores,
   * so the burst's wall time holds users + these hashes (absent in results of older versions).
   */
  probeHashesDuringBurst?: number;
  /** burstWallMs ÷ ((users + probeHashesDuringBurst) × oneHashMs ÷ cores): the hashing pool's own efficiency. */
  ratioToAllHashes?: number;
  /**
   * One hash while every core hashes at once (`cores` connections, each timing its own hashes), before and
   * after the burst: what a hash costs in the burst's conditions, where the limit assumes one hash per core
   * costs what a lone hash does (absent in results of older versions).
   */
  oneHashAllCoresMs?: number;
  /** Where the burst's CPU went: the stack's processes by kind, the load generator, the whole machine. */
  burstCpu?: { stack: CpuUse; loadGenerator: LoadGeneratorUse; machine: MachineUse };
  probeCalls: number;
  calls: Record<string, CallStats>;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Times one bcrypt hash at `cost` 5 times with pgcrypto, as the auth service computes it (stack/auth/passwords.ts). */
async function timeHashes(dbUrl: string, cost: number): Promise<number[]> {
  return timeHashesOn(dbUrl, cost, 1);
}

/** The same on `connections` connections at once: 5 timings from each. */
async function timeHashesOn(dbUrl: string, cost: number, connections: number): Promise<number[]> {
  const timings = await Promise.all(Array.from({ length: connections }, () => timeHashesOnOne(dbUrl, cost)));
  return timings.flat();
}

async function timeHashesOnOne(dbUrl: string, cost: number): Promise<number[]> {
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  try {
    const times: number[] = [];
    for (let i = 0; i < 6; i++) {
      const started = performance.now();
      await client.query(`select extensions.crypt($1, extensions.gen_salt('bf', $2::int))`, ['LoadBench42!', cost]);
      if (i > 0) times.push(performance.now() - started); // the first one warms the connection and pgcrypto
    }
    return times;
  } finally {
    await client.end();
  }
}

/** The limit is only meaningful when the target still hashes with pgcrypto; say so when it does not. */
function hashLibraryOf(checkout: string): string {
  try {
    const source = readFileSync(path.join(checkout, 'stack', 'auth', 'passwords.ts'), 'utf8');
    return /extensions\.crypt\(.*gen_salt\('bf'/.test(source) ? 'pgcrypto' : 'not pgcrypto: check stack/auth/passwords.ts';
  } catch {
    return 'unknown';
  }
}

export async function runSignupPhase(options: {
  api: Api;
  checkout: string;
  runId: string;
  users: number;
  bcryptCost: number;
  log: (line: string) => void;
  deadlineMs: number;
  /** The stack's process tree, whose CPU during the burst is recorded. */
  stackPid: number;
}): Promise<{ result: SignupResult; created: VirtualUser[] }> {
  const { api, runId, users, log } = options;
  const recorder = api.recorder;
  const setup = new Recorder();
  const cores = os.availableParallelism();
  const hashLibrary = hashLibraryOf(options.checkout);
  if (hashLibrary !== 'pgcrypto') log(`warning: the auth service of ${options.checkout} may not hash with pgcrypto (${hashLibrary})`);
  const hashesBefore = await timeHashes(api.stack.dbUrl, options.bcryptCost);
  const allCoresBefore = await timeHashesOn(api.stack.dbUrl, options.bcryptCost, cores);
  // Only for the burst's timeout; the limit itself also uses the timings taken after the burst.
  const expectedLimitMs = (users * median(hashesBefore)) / cores;
  log(`one bcrypt hash at cost ${options.bcryptCost}: ${median(hashesBefore).toFixed(0)} ms before the burst`);

  // The probe's own account, created before the burst.
  const probeIndex = 900_000;
  const probeEmail = emailFor(runId, probeIndex);
  const probeUser = userFrom(probeIndex, probeEmail, await api.withRecorder(setup).signUp('setup: sign-up', probeEmail, ipFor(probeIndex)));

  let burstDone = false;
  let probeCalls = 0;
  let probeHashesDuringBurst = 0;
  /**
   * Open loop: a call every PROBE_INTERVAL_MS whether or not the previous ones answered (a stalled auth
   * service then shows as many slow calls, not as one), at most PROBE_MAX_IN_FLIGHT at a time.
   */
  const probe = async () => {
    const stopAt = performance.now() + options.deadlineMs;
    let refreshToken = probeUser.refreshToken;
    let refreshing = false;
    const inFlight = new Set<Promise<void>>();
    const call = async (n: number) => {
      const step = n % 5;
      // A fresh address for each token call: the per-IP token limit would otherwise end the probe early.
      const ip = ipFor(probeIndex + 1 + n);
      if (step === 4) {
        probeHashesDuringBurst++;
        await api.passwordGrant(PROBE_PASSWORD_KIND, probeEmail, ip);
      } else if (step % 2 === 0 || refreshing) await api.getUser(PROBE_KINDS[0], probeUser);
      else {
        // Refresh tokens rotate: one refresh at a time, each with the token the previous one returned.
        refreshing = true;
        try {
          refreshToken = (await api.refreshGrant(PROBE_KINDS[1], refreshToken, ip)).refresh_token;
        } catch (error) {
          // A failed refresh may still have rotated the token server-side: start over from a fresh
          // sign-in (not measured) so that one failure is not followed by "already used" ones.
          refreshToken = await api
            .withRecorder(setup)
            .passwordGrant('setup: sign-in', probeEmail, ip)
            .then(
              (session) => session.refresh_token,
              () => refreshToken,
            );
          throw error;
        } finally {
          refreshing = false;
        }
      }
    };
    while (!burstDone && performance.now() < stopAt) {
      if (inFlight.size < PROBE_MAX_IN_FLIGHT) {
        const running: Promise<void> = call(probeCalls++).catch((error) => {
          if (!(error instanceof CallFailed)) throw error;
        });
        inFlight.add(running);
        void running.finally(() => inFlight.delete(running));
      }
      await new Promise((resolve) => setTimeout(resolve, PROBE_INTERVAL_MS));
    }
    await Promise.all(inFlight);
  };

  // Sign-ups queued behind the others' hashes are slow by nature, not hung: at cost 12 on a loaded
  // machine the whole burst may legitimately take longer than the usual per-request timeout.
  const burstTimeoutMs = Math.max(api.timeoutMs, Math.ceil(3 * expectedLimitMs));
  const burstApi = api.withRecorder(recorder, burstTimeoutMs);
  let burstWallMs = 0;
  let burstCpu: SignupResult['burstCpu'];
  const burst = async () => {
    const cpuBefore = snapshotCpu(options.stackPid);
    const machineBefore = snapshotMachine();
    const loadGenerator = sampleLoadGenerator();
    const started = performance.now();
    const settled = await Promise.all(
      Array.from({ length: users }, async (_, index) => {
        const email = emailFor(runId, index);
        try {
          return userFrom(index, email, await burstApi.signUp(SIGNUP_KIND, email, ipFor(index)));
        } catch (error) {
          if (error instanceof CallFailed) return null;
          throw error;
        }
      }),
    );
    burstWallMs = performance.now() - started;
    burstDone = true;
    burstCpu = {
      stack: cpuBetween(cpuBefore, snapshotCpu(options.stackPid)),
      loadGenerator: loadGenerator.stop(),
      machine: machineBetween(machineBefore, snapshotMachine()),
    };
    return settled.filter((user): user is VirtualUser => user !== null);
  };

  const probing = probe();
  const created = await burst();
  await probing;
  const hashesAfter = await timeHashes(api.stack.dbUrl, options.bcryptCost);
  const oneHashAllCoresMs = median([...allCoresBefore, ...(await timeHashesOn(api.stack.dbUrl, options.bcryptCost, cores))]);
  const oneHashMs = median([...hashesBefore, ...hashesAfter]);
  const hashingLimitMs = (users * oneHashMs) / cores;
  log(
    `one bcrypt hash: ${median(hashesAfter).toFixed(0)} ms after the burst, ${oneHashMs.toFixed(0)} ms overall (${oneHashAllCoresMs.toFixed(0)} ms with every core hashing) → limit for ${users} sign-ups on ${cores} cores: ${(hashingLimitMs / 1000).toFixed(2)} s`,
  );
  return {
    created,
    result: {
      users,
      hashLibrary,
      bcryptCost: options.bcryptCost,
      cores,
      oneHashMs,
      oneHashBeforeMs: median(hashesBefore),
      oneHashAfterMs: median(hashesAfter),
      hashingLimitMs,
      burstWallMs,
      burstTimeoutMs,
      ratioToLimit: burstWallMs / hashingLimitMs,
      probeHashesDuringBurst,
      ratioToAllHashes: burstWallMs / (((users + probeHashesDuringBurst) * oneHashMs) / cores),
      oneHashAllCoresMs,
      burstCpu,
      probeCalls,
      calls: recorder.stats(),
    },
  };
}
