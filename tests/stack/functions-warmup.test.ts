// The local functions runtime's warm-up (stack/functions/warmup.ts), run in a real Deno process that may read the
// code and the environment but has no network, write or subprocess permission: if the warm-up reached for the
// database or anything else outside the process, that part would fail and show in its errors. The same process
// scores an answer and runs a coding answer's tests before and after the warm-up: the results must be identical.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FUNCTIONS_DIR, REPO_ROOT, runDeno } from '../helpers/deno.ts';

const root = REPO_ROOT;
const functionsDir = FUNCTIONS_DIR;
const scratch = mkdtempSync(path.join(tmpdir(), 'interviewai-warmup-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const SCRIPT = `
import { warmUp } from ${JSON.stringify(`file://${root}/stack/functions/warmup.ts`)};
const dir = Deno.args[0];
const { evaluateAnswer } = await import(\`file://\${dir}/_shared/scoring/index.ts\`);
const { runTestsInSandbox } = await import(\`file://\${dir}/_shared/ai/sandbox.ts\`);
const question = {
  text: 'Explain how a database index speeds up a query and what it costs.',
  type: 'technical',
  difficulty: 'medium',
  key_points: ['B-tree lookup', 'write overhead', 'storage', 'selectivity'],
  expected_answer: 'An index is a B-tree the planner searches instead of scanning the table; it costs writes and storage.',
};
const answer = {
  text: 'An index keeps a sorted B-tree of the column, so the planner can find rows in logarithmic time instead of a sequential scan. ' +
    'It costs extra work on every insert and update and more storage, and it helps only selective queries.',
  mode: 'text',
  time_taken_seconds: 80,
};
const code = 'function twoSum(nums, target) { const seen = new Map(); for (let i = 0; i < nums.length; i++) { ' +
  'if (seen.has(target - nums[i])) return [seen.get(target - nums[i]), i]; seen.set(nums[i], i); } return []; }';
const cases = [
  { input: '[[2, 7, 11, 15], 9]', expectedOutput: [0, 1] },
  { input: '[[3, 2, 4], 6]', expectedOutput: [1, 2] },
  { input: '[[3, 3], 6]', expectedOutput: [0, 1] },
];
const results = async () => {
  const sandbox = await runTestsInSandbox(code, 'twoSum', cases);
  return { evaluation: evaluateAnswer(question, answer), sandbox: { ...sandbox, duration_ms: 0 } };
};
const before = await results();
const report = await warmUp(dir, Number(Deno.args[1]));
const after = await results();
const none = await warmUp(dir, 0);
console.log(JSON.stringify({ before, after, report, none }));
Deno.exit(0);
`;

describe('the functions warm-up of the local runtime', () => {
  it('runs every part without network, file writes or subprocesses, and changes no result', async () => {
    const script = path.join(scratch, 'warmup-check.ts');
    writeFileSync(script, SCRIPT);
    const { stdout } = await runDeno([
      'run',
      '--no-check',
      `--config=${path.join(functionsDir, 'deno.json')}`,
      `--allow-read=${root}`,
      '--allow-env',
      script,
      functionsDir,
      '300',
    ]);
    const { before, after, report, none } = JSON.parse(stdout.trim().split('\n').at(-1)!);
    expect(report.errors).toEqual([]);
    expect(report.rounds).toBeGreaterThanOrEqual(1);
    expect(Object.keys(report.partMs)).toEqual(
      expect.arrayContaining(['scoring', 'sandbox and coding score', 'report', 'question selection', 'request schemas']),
    );
    expect(before.sandbox.passed).toBe(3);
    expect(after).toEqual(before);
    // A budget of 0 runs no round at all: the time a worker spends warming up is the budget's.
    expect(none.rounds).toBe(0);
  }, 60_000);
});
