// bench/loop-load: the product's main loop under N concurrent users, every call through the gateway.
//
//   npm run bench:load -- [--users 200] [--phases signup,paced,paced-warm,saturation,read] [--target <checkout>]
//                         [--compare <checkoutA> <checkoutB>] [--compare-files <a.json> <b.json>]
//                         [--bcrypt-cost 12] [--think-ms 1000] [--timeout-ms 30000] [--reads 2000]
//                         [--concurrency 32] [--phase-limit-s 600] [--resume-kb 0] [--out <file.json>] [--rounds 1]
//                         [--fast-core-us calibrate] [--fast-core-calibrate-s 20] [--fast-core-wait-s 60]
//                         [--compare-env <A env> <B env>]
//
// With --compare and --rounds N the two checkouts run N times each in the order A B B A A B …, each run in a
// benchmark process of its own, and a table of each side's runs and medians follows the before/after table
// of the first pair. --compare-env gives each side's runs (and their stacks) extra environment, `K=v,K=v` or `-`:
// the same checkout on both sides with one stack setting changed.
//
// Boots an isolated stack of the target checkout (default: this one) in its own process tree, runs the
// phases, prints a markdown report and writes JSON under bench/.data/. See bench/loop-load/README.md.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Api, type VirtualUser } from './api.ts';
import { cpuBetween, snapshotCpu } from './cpu.ts';
import { sampleCpuTimeline } from './cpu-timeline.ts';
import { sampleDbWaits } from './db-waits.ts';
import { sampleLoadGenerator } from './load-generator.ts';
import { machineBetween, snapshotMachine } from './machine-counters.ts';
import { probeSpeed } from './speed-probe.ts';
import { startPerfStat } from './perf-events.ts';
import { FastCoreGate } from './fast-cores.ts';
import { processCountersBetween, snapshotProcessCounters } from './process-counters.ts';
import { prose } from './prose.ts';
import { runInterviewPhase } from './phases/interview.ts';
import { runReadPhase } from './phases/read.ts';
import { runSignupPhase } from './phases/signup.ts';
import { Recorder } from './recorder.ts';
import { evaluate, formatComparison, formatRun, type RunResult } from './report.ts';
import { formatRounds, roundOrder, type Side } from './rounds.ts';
import { parseSideEnv, runInChild, stopChildRun } from './run-in-child.ts';
import { LOOP_LOAD_CLIENT } from './http.ts';
import { formatSqlStats, startSqlStats } from './sql-stats.ts';
import { startTargetStack, type TargetStack } from './target-stack.ts';
import { makePro, signUpUsers } from './users.ts';
import {
  ALL_PHASES,
  INTERVIEW_PHASES,
  parsePhases,
  thinkTimeOf,
  userIndexes,
  userSetupOrder,
  usesWarmSet,
  type InterviewPhase,
  type Phase,
} from './phase-list.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '../..');
const DATA_DIR = path.join(REPO, 'bench', '.data');

// ── options ──────────────────────────────────────────────────────────────────────────────
const args = process.argv.slice(2);
const KNOWN = new Set([
  'users',
  'phases',
  'target',
  'compare',
  'compare-files',
  'compare-env',
  'bcrypt-cost',
  'think-ms',
  'timeout-ms',
  'reads',
  'concurrency',
  'phase-limit-s',
  'out',
  'resume-kb',
  'rounds',
  'fast-core-us',
  'fast-core-calibrate-s',
  'fast-core-wait-s',
]);
for (const arg of args) {
  if (arg.startsWith('--') && !KNOWN.has(arg.slice(2))) {
    console.error(`unknown option ${arg}; see the header of bench/loop-load/run.ts`);
    process.exit(2);
  }
}
const values = (name: string, count: number): string[] | undefined => {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const found = args.slice(i + 1, i + 1 + count);
  if (found.length < count || found.some((v) => v.startsWith('--'))) {
    console.error(`--${name} needs ${count} value(s)`);
    process.exit(2);
  }
  return found;
};
const value = (name: string) => values(name, 1)?.[0];
const positiveInt = (name: string, fallback: number) => {
  const raw = value(name);
  const n = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`--${name} must be a whole number, got ${raw}`);
    process.exit(2);
  }
  return n;
};

const users = Math.max(1, positiveInt('users', 200));
let phases: Phase[];
try {
  phases = parsePhases(value('phases') ?? ALL_PHASES.join(','));
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
// The stack's own default (stack/config.ts): what `npm run stack` and production-like runs use.
const bcryptCost = positiveInt('bcrypt-cost', 12);
const thinkMs = positiveInt('think-ms', 1000);
const timeoutMs = positiveInt('timeout-ms', 30_000);
const reads = positiveInt('reads', 2000);
const concurrency = Math.max(1, positiveInt('concurrency', 32));
const phaseLimitMs = positiveInt('phase-limit-s', 600) * 1000;
// With --resume-kb N every interview attaches a résumé of N kB and a job description of N/2 kB (the SPA's
// upload fields); none by default.
const resumeKb = positiveInt('resume-kb', 0);
const documents = resumeKb > 0 ? { resumeText: prose(resumeKb * 1000), jobDescriptionText: prose(resumeKb * 500) } : undefined;

// Before each interview phase and each mode of the read phase, wait (at most --fast-core-wait-s) until every
// core's probe is at or under a limit of CPU µs per pipe round trip (fast-cores.ts): by default calibrated from
// --fast-core-calibrate-s of probes right after the stack is up (fast-core-calibration.ts); --fast-core-us N
// holds the cores to N instead, and 0 does not wait.
const fastCoreUsOption = value('fast-core-us') ?? 'calibrate';
const fastCoreUs = fastCoreUsOption === 'calibrate' ? 'calibrate' : Number(fastCoreUsOption);
if (fastCoreUs !== 'calibrate' && !(fastCoreUs >= 0)) {
  console.error(`--fast-core-us must be "calibrate" or a number of µs (0 = do not wait), got ${fastCoreUsOption}`);
  process.exit(2);
}
const fastCoreCalibrateMs = positiveInt('fast-core-calibrate-s', 20) * 1000;
const fastCoreWaitMs = positiveInt('fast-core-wait-s', 60) * 1000;

const rounds = Math.max(1, positiveInt('rounds', 1));
if (rounds > 1 && !values('compare', 2)) {
  console.error('--rounds needs --compare <checkoutA> <checkoutB>');
  process.exit(2);
}

const log = (line: string) => console.log(`[loop-load ${new Date().toISOString().slice(11, 19)}] ${line}`);

// ── one run against one checkout ─────────────────────────────────────────────────────────
const running = new Set<TargetStack>();

function describeCheckout(dir: string): { commit: string; label: string } {
  try {
    const commit = execFileSync('git', ['-C', dir, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['-C', dir, 'status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).trim();
    const commitLabel = dirty ? `${commit}+changes` : commit;
    return { commit: commitLabel, label: `${path.basename(dir)}@${commitLabel}` };
  } catch {
    return { commit: 'unknown', label: path.basename(dir) };
  }
}

/**
 * Rejects when the stack crashes or the step overruns its bound (each phase stops its own loops at the
 * phase limit; this is the backstop for anything that would still hang), so a run always ends.
 */
function bounded<T>(stack: TargetStack, work: Promise<T>, limitMs = phaseLimitMs + timeoutMs + 60_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const overrun = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`step still running after ${Math.round(limitMs / 1000)} s; stopped`)), limitMs);
  });
  return Promise.race([work, overrun, stack.crashed.then((reason) => Promise.reject(new Error(reason)))]).finally(() =>
    clearTimeout(timer),
  );
}

async function runOn(checkout: string): Promise<RunResult> {
  const { commit, label } = describeCheckout(checkout);
  const partial: Omit<RunResult, 'checks'> = {
    label,
    checkout,
    commit,
    date: new Date().toISOString(),
    machine: {
      cores: os.availableParallelism(),
      cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      loadAverageAtStart: os.loadavg(),
    },
    options: { users, phases, bcryptCost, thinkMs, timeoutMs },
    client: LOOP_LOAD_CLIENT,
  };
  log(`starting the stack of ${label} (bcrypt cost ${bcryptCost})`);
  const stack = await startTargetStack(checkout, bcryptCost, (line) => log(`  stack: ${line}`));
  running.add(stack);
  log(`stack ready at ${stack.info.apiUrl} (PostgREST direct at ${stack.postgrestUrl})`);
  const runId = Math.random().toString(36).slice(2, 8);
  const setup = new Recorder();
  try {
    const gate = phases.some((phase) => phase !== 'signup') ? fastCoreGate() : undefined;
    partial.fastCoreGate = gate?.setup;
    const waitForFastCores = gate && (() => gate.wait(fastCoreWaitMs, log));
    let virtualUsers: VirtualUser[] = [];
    if (phases.includes('signup')) {
      log(`phase 1: ${users} sign-ups at once, probing other auth calls meanwhile`);
      const { result, created } = await bounded(
        stack,
        runSignupPhase({
          api: new Api(stack.info, new Recorder(), timeoutMs),
          checkout,
          runId,
          users,
          bcryptCost,
          log,
          deadlineMs: phaseLimitMs,
          stackPid: stack.pid,
        }),
      );
      partial.signup = result;
      virtualUsers = created;
    }
    // The first set of users (the sign-up burst's, completed) or paced-warm's own, signed up and made Pro before the
    // first interview phase (not measured).
    const userSets = new Map<boolean, VirtualUser[]>();
    const usersFor = async (phase: InterviewPhase) => {
      const warmSet = usesWarmSet(phase);
      const ready = userSets.get(warmSet);
      if (ready) return ready;
      const set = warmSet ? [] : virtualUsers;
      const missing = userIndexes(phase, users).filter((i) => !set.some((u) => u.index === i));
      if (missing.length) {
        log(`setup: signing up ${missing.length} users (not measured)`);
        set.push(...(await bounded(stack, signUpUsers(new Api(stack.info, setup, timeoutMs), runId, missing))));
      }
      await bounded(stack, makePro(new Api(stack.info, setup, timeoutMs), setup, set));
      log(`setup: ${set.length} users are Pro`);
      userSets.set(warmSet, set);
      return set;
    };
    const interviewPhases = (Object.keys(INTERVIEW_PHASES) as InterviewPhase[]).filter((phase) => phases.includes(phase));
    for (const phase of userSetupOrder(interviewPhases)) await usersFor(phase);
    for (const phase of interviewPhases) {
      const phaseUsers = await usersFor(phase);
      const think = thinkTimeOf(phase, thinkMs);
      log(`phase ${phase}: ${phaseUsers.length} users, one interview each, think time ${think} ms`);
      const api = new Api(stack.info, new Recorder(), timeoutMs);
      const fastCores = await waitForFastCores?.();
      const sqlStats = await startSqlStats(stack.info.dbUrl);
      const sampler = await sampleDbWaits(stack.info.dbUrl);
      const cpuTimeline = sampleCpuTimeline(stack.pid);
      const speedBefore = probeSpeed();
      const cpuBefore = snapshotCpu(stack.pid);
      const processesBefore = snapshotProcessCounters(cpuBefore);
      const machineBefore = snapshotMachine();
      const perfStat = startPerfStat();
      const loadGenerator = sampleLoadGenerator();
      const result = await bounded(stack, runInterviewPhase(api, phaseUsers, think, phaseLimitMs, documents)).finally(() => sampler.stop());
      result.loadGenerator = loadGenerator.stop();
      result.fastCores = fastCores;
      const cpuAfter = snapshotCpu(stack.pid);
      result.machine = machineBetween(machineBefore, snapshotMachine());
      result.perfEvents = await perfStat.stop();
      result.cpu = cpuBetween(cpuBefore, cpuAfter);
      result.processCounters = processCountersBetween(processesBefore, snapshotProcessCounters(cpuAfter));
      result.speedProbe = { before: speedBefore, after: probeSpeed() };
      result.dbWaits = await sampler.stop();
      result.cpuTimeline = cpuTimeline.stop();
      result.sqlStats = await sqlStats.stop();
      if (result.sqlStats)
        log(`  SQL by statement and function (${label}, ${phase}):\n${formatSqlStats(result.sqlStats, result.completed)}`);
      partial[INTERVIEW_PHASES[phase]] = result;
      log(`  ${result.completed} completed, ${result.failed} failed in ${(result.wallMs / 1000).toFixed(1)} s`);
    }
    if (phases.includes('read')) {
      log(`phase 4: GET /rest/v1/plans × ${reads} through the gateway and direct, sequential and ${concurrency} concurrent`);
      partial.read = await bounded(
        stack,
        runReadPhase({
          stack: stack.info,
          postgrestUrl: stack.postgrestUrl,
          recorder: new Recorder(),
          warmUp: new Recorder(),
          requests: reads,
          concurrency,
          timeoutMs,
          deadlineMs: phaseLimitMs,
          stackPid: stack.pid,
          waitForFastCores,
        }),
      );
    }
  } catch (error) {
    partial.aborted = (error as Error).message;
    log(`run aborted: ${partial.aborted}`);
  } finally {
    log('stopping the stack');
    await stack.stop();
    running.delete(stack);
  }
  return { ...partial, checks: evaluate(partial) };
}

/** The run's fast-core gate (none with --fast-core-us 0 or where the probe does not work). */
function fastCoreGate(): FastCoreGate | undefined {
  if (fastCoreUs !== 'calibrate') return fastCoreUs > 0 ? FastCoreGate.fixed(fastCoreUs) : undefined;
  log(`calibrating the fast-core gate: probing every core for ${fastCoreCalibrateMs / 1000} s with the stack idle`);
  const gate = FastCoreGate.calibrate(fastCoreCalibrateMs);
  const calibration = gate?.setup.calibration;
  log(
    calibration
      ? `  ${calibration.samplesUs[0]!.length} probes per core, fast levels ${calibration.levelsUs.join(' / ')} µs → limit ${calibration.limitUs} µs`
      : '  the core probe does not work here (perf?): no gate',
  );
  return gate;
}

function save(result: RunResult, file?: string): string {
  mkdirSync(DATA_DIR, { recursive: true });
  const target =
    file ?? path.join(DATA_DIR, `loop-load-${result.label.replace(/[^A-Za-z0-9.+-]+/g, '_')}-${result.date.replace(/[:.]/g, '-')}.json`);
  writeFileSync(target, JSON.stringify(result, null, 2) + '\n');
  return target;
}

// ── main ─────────────────────────────────────────────────────────────────────────────────
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping ${running.size} stack(s)`);
    stopChildRun();
    void Promise.all([...running].map((stack) => stack.stop())).finally(() => process.exit(130));
  });
}

const compareFiles = values('compare-files', 2);
if (compareFiles) {
  const [before, after] = compareFiles.map((file) => JSON.parse(readFileSync(file, 'utf8')) as RunResult) as [RunResult, RunResult];
  console.log(formatComparison(before, after));
  process.exit(0);
}

const compare = values('compare', 2)?.map((dir) => path.resolve(dir));
const order: { side: Side; checkout: string }[] = compare
  ? roundOrder(rounds).map((side) => ({ side, checkout: side === 'before' ? compare[0]! : compare[1]! }))
  : [{ side: 'after', checkout: path.resolve(value('target') ?? REPO) }];
let sideEnv: Record<Side, Record<string, string>> = { before: {}, after: {} };
try {
  const [a, b] = values('compare-env', 2)?.map(parseSideEnv) ?? [{}, {}];
  sideEnv = { before: a!, after: b! };
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
const runs: { side: Side; result: RunResult }[] = [];
for (const [i, { side, checkout }] of order.entries()) {
  if (order.length > 2)
    log(
      `run ${i + 1} of ${order.length}: ${side === 'before' ? 'A' : 'B'} (${checkout}${Object.entries(sideEnv[side])
        .map(([k, v]) => ` ${k}=${v}`)
        .join('')})`,
    );
  if (order.length === 1) {
    const result = await runOn(checkout);
    runs.push({ side, result });
    const file = save(result, value('out'));
    console.log(`\n${formatRun(result)}\n`);
    log(`results written to ${path.relative(process.cwd(), file)}`);
    continue;
  }
  // The run prints its own report; its result is kept here under the usual name.
  const result = await runInChild(fileURLToPath(import.meta.url), args, checkout, sideEnv[side]);
  runs.push({ side, result });
  log(`results written to ${path.relative(process.cwd(), save(result))}`);
}
if (runs.length >= 2) {
  const [first, second] = [runs[0]!, runs[1]!];
  const [before, after] = first.side === 'before' ? [first, second] : [second, first];
  const sections = [formatComparison(before.result, after.result)];
  if (runs.length > 2) sections.push(formatRounds(runs));
  const comparison = sections.join('\n\n');
  console.log(`\n${comparison}\n`);
  const file = path.join(DATA_DIR, `loop-load-compare-${new Date().toISOString().replace(/[:.]/g, '-')}.md`);
  writeFileSync(file, comparison + '\n');
  log(`comparison written to ${path.relative(process.cwd(), file)}`);
}
process.exit(runs.some((r) => r.result.aborted) ? 1 : 0);
