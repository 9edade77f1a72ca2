// A warm-up of the functions' pure code, run by the local runtime in each worker after the functions are imported and
// before the worker takes calls (main.ts). Local only: it is not part of any function, and hosted Supabase's isolates
// start as they always did.
//
// Why: V8 runs a function in its interpreter until the function has run often enough, then compiles it to faster code
// on background threads, and the coding sandbox's WebAssembly is tiered up the same way. A worker that has just
// started runs its first few hundred calls slower and compiles during them: with one worker profiled through the load
// benchmark's first paced phase, ~1.2 s of CPU more than the same phase warm (bench/loop-load/README.md, branch
// `fnwarm`). This runs the same code paths on made-up inputs, for a bounded time: the local scoring engine on
// technical, behavioral (typed and spoken) and coding answers, the coding sandbox on a trivial solution, the
// interview report, question selection from a made-up bank, and the functions' request schemas.
//
// What it must not do, and does not: touch the database, the network or files (every path here is pure computation;
// the test runs it without network permission), or change any response. The scoring engine's caches only memoise
// values computed from their keys, and the sandbox keeps an idle engine exactly as after any run.

import { existsSync, readdirSync } from 'node:fs';

type Module = Record<string, unknown>;
type Fn = (...args: unknown[]) => unknown;

export interface WarmupReport {
  rounds: number;
  ms: number;
  /** What failed (each part is tried again every round; the worker starts regardless). */
  errors: string[];
  /** Wall ms spent in each part. */
  partMs: Record<string, number>;
}

const ROLE = 'Platform Engineer';

const TECHNICAL = {
  text: 'How would you find out why an API endpoint became slow after a release?',
  type: 'technical',
  difficulty: 'medium',
  skill_category: 'performance',
  expected_answer:
    'Compare latency percentiles before and after the release, trace a slow request, profile the hot path, check the queries and their plans, roll back or fix, and add a regression check.',
  key_points: ['latency percentiles', 'tracing a request', 'profiling', 'query plans and indexes', 'rollback', 'regression test'],
  evaluation_criteria: null,
  time_limit_seconds: 180,
  role: ROLE,
};

const BEHAVIORAL = {
  text: 'Tell me about a time you disagreed with a teammate about a technical decision.',
  type: 'behavioral',
  difficulty: 'medium',
  skill_category: 'collaboration',
  expected_answer: null,
  key_points: ['situation', 'your action', 'listening', 'outcome'],
  evaluation_criteria: null,
  time_limit_seconds: 240,
  role: ROLE,
};

const CODING_CASES = [
  { input: '[[2, 7, 11, 15]]', expectedOutput: 35, description: 'several numbers' },
  { input: '[[]]', expectedOutput: 0, description: 'empty list' },
  { input: '[[-3, 3]]', expectedOutput: 0, description: 'negatives' },
  { input: '[[1]]', expectedOutput: 1, description: 'one number' },
  { input: '[[5, 5, 5, 5]]', expectedOutput: 20, description: 'repeats' },
];
const CODING = {
  text: 'Write sumAll(numbers) that returns the sum of an array of numbers.',
  type: 'coding',
  difficulty: 'easy',
  skill_category: 'arrays',
  expected_answer: 'Iterate once and accumulate; O(n) time, O(1) space.',
  key_points: ['single pass', 'empty input', 'complexity'],
  evaluation_criteria: null,
  time_limit_seconds: 600,
  test_cases: CODING_CASES,
  role: ROLE,
};
const SOLUTION = 'function sumAll(numbers) {\n  let total = 0;\n  for (const n of numbers) total += n;\n  return total;\n}';

const SENTENCES = [
  'First I would compare the p50 and p95 latency of the endpoint before and after the release on the dashboard.',
  'Then I would trace a few slow requests end to end to see whether the time goes to the database, a downstream call or our own code.',
  'In a previous role the cause was a missing index after a migration, which the query plan showed as a sequential scan.',
  'We added the index, verified the plan, and wrote a regression test that fails when the query gets slower than a budget.',
  'If the fix takes long I would roll the release back first, because users should not wait while we investigate.',
  'I also check the cache hit rate and the connection pool, since a saturated pool looks like a slow query from outside.',
];
const STORY = [
  'In my last team a colleague wanted to split our monolith into services before a launch, and I disagreed.',
  'My task was to keep the launch date while addressing his concern about deployment coupling.',
  'I listened to his reasons, wrote down both options with their risks, and proposed a modular boundary inside the monolith first.',
  'We agreed to measure deployment frequency for a month; the result was a faster release cadence and we split one service later.',
  'I learned to argue with data and to make the other person feel heard.',
];

const BANK_TYPES = ['technical', 'behavioral', 'coding', 'system_design'] as const;
const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
const BANK = Array.from({ length: 48 }, (_, i) => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  question: `Sample question ${i} about ${['caching', 'testing', 'queues', 'indexes', 'teamwork', 'APIs'][i % 6]} and trade-offs`,
  type: BANK_TYPES[i % BANK_TYPES.length],
  category: ['performance', 'quality', 'architecture', 'collaboration'][i % 4],
  difficulty: DIFFICULTIES[i % DIFFICULTIES.length],
  roles: i % 3 === 0 ? null : [ROLE, 'Backend Developer'],
  tech_stack: i % 2 === 0 ? ['typescript', 'postgresql'] : null,
  skills: ['performance', 'testing', 'communication'].slice(0, 1 + (i % 3)),
  times_used: i % 5,
}));

const UUIDS = ['3f0c2a8e-4b7d-4c1e-9a52-6d8e0f1b2c3d', 'not-a-uuid'];

/** Rotates the sentences by `round`: the same vocabulary, in another order and length each round. */
function compose(sentences: string[], round: number): string {
  const count = 3 + (round % (sentences.length - 2));
  return Array.from({ length: count }, (_, i) => sentences[(round + i) % sentences.length]).join(' ');
}

async function importAll(functionsDir: string) {
  const load = (file: string): Promise<Module> => import(`file://${functionsDir}/${file}`);
  const [scoring, sandbox, select] = await Promise.all([
    load('_shared/scoring/index.ts'),
    load('_shared/ai/sandbox.ts'),
    load('_shared/ai/select.ts'),
  ]);
  // Every function's request schema (handler.ts exporting a zod `Body`), whichever functions exist.
  const schemas: { safeParse: Fn }[] = [];
  for (const entry of readdirSync(functionsDir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('_') || !existsSync(`${functionsDir}/${entry.name}/handler.ts`)) continue;
    const body = (await load(`${entry.name}/handler.ts`)).Body as { safeParse?: Fn } | undefined;
    if (typeof body?.safeParse === 'function') schemas.push(body as { safeParse: Fn });
  }
  return {
    evaluateAnswer: scoring.evaluateAnswer as Fn,
    aggregateReport: scoring.aggregateReport as Fn,
    runTestsInSandbox: sandbox.runTestsInSandbox as Fn,
    selectQuestions: select.selectQuestions as Fn,
    schemas,
  };
}

/**
 * Runs rounds of the functions' pure code until `budgetMs` has passed after the imports (the round under way
 * finishes). Between rounds it yields to the event loop.
 */
export async function warmUp(functionsDir: string, budgetMs: number): Promise<WarmupReport> {
  const started = performance.now();
  const errors = new Set<string>();
  const partMs: Record<string, number> = {};
  const attempt = async (part: string, work: () => unknown) => {
    const start = performance.now();
    try {
      await work();
    } catch (error) {
      errors.add(`${part}: ${(error as Error).message}`);
    }
    partMs[part] = (partMs[part] ?? 0) + performance.now() - start;
  };
  let code: Awaited<ReturnType<typeof importAll>> | undefined;
  await attempt('imports', async () => (code = await importAll(functionsDir)));
  // The budget is for the rounds: in the runtime every module is already loaded, so the imports above cost nothing.
  const roundsFrom = performance.now();
  let rounds = 0;
  while (code && performance.now() - roundsFrom < budgetMs) {
    const { evaluateAnswer, aggregateReport, runTestsInSandbox, selectQuestions, schemas } = code;
    const items: unknown[] = [];
    await attempt('scoring', () => {
      const technical = evaluateAnswer(TECHNICAL, { text: compose(SENTENCES, rounds), mode: 'text', time_taken_seconds: 95 });
      const behavioral = evaluateAnswer(BEHAVIORAL, {
        text: compose(STORY, rounds),
        transcript: rounds % 2 ? compose(STORY, rounds).replace(/\. /g, ', um, so ') : null,
        mode: rounds % 2 ? 'speech' : 'text',
        speaking_duration_seconds: rounds % 2 ? 70 : null,
        time_taken_seconds: 110,
      });
      items.push({ question: TECHNICAL, evaluation: technical, time_taken_seconds: 95 });
      items.push({ question: BEHAVIORAL, evaluation: behavioral, time_taken_seconds: 110 });
    });
    await attempt('sandbox and coding score', async () => {
      const result = (await runTestsInSandbox(SOLUTION, 'sumAll', CODING_CASES)) as { passed: number; total: number; details: unknown[] };
      const testResults = { passed: result.passed, total: result.total, details: result.details };
      const evaluation = evaluateAnswer(CODING, {
        text: 'A single pass that accumulates the total; an empty array gives 0.',
        code: SOLUTION,
        mode: 'text',
        test_results: testResults,
        time_taken_seconds: 240,
      });
      items.push({ question: CODING, evaluation, time_taken_seconds: 240 });
    });
    await attempt('report', () => items.length && aggregateReport(items));
    await attempt('question selection', () =>
      selectQuestions(BANK, {
        seed: `warm-up-${rounds}`,
        jobRole: ROLE,
        interviewType: rounds % 2 ? 'mixed' : 'technical',
        difficulty: DIFFICULTIES[rounds % 3],
        techStack: ['typescript'],
        count: 3 + (rounds % 5),
        keywords: [
          { term: 'postgresql', weight: 2 },
          { term: 'caching', weight: 1 },
        ],
      }),
    );
    await attempt('request schemas', () => {
      for (const schema of schemas) {
        for (const id of UUIDS) {
          schema.safeParse({ session_id: id });
          schema.safeParse({ response_id: id });
        }
      }
    });
    rounds++;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  for (const part in partMs) partMs[part] = Math.round(partMs[part]!);
  return { rounds, ms: Math.round(performance.now() - started), errors: [...errors], partMs };
}
