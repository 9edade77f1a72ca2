import assert from 'node:assert/strict';
import { analyzeCode, bestComplexityMentioned, stripCode } from './coding.ts';
import { evaluateAnswer } from './evaluate.ts';
import type { ScoringQuestion } from './types.ts';

Deno.test('nested loops -> possible O(n²), with an explained note', () => {
  const r = analyzeCode(`function hasDuplicate(items) {
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      if (items[i] === items[j]) return true;
    }
  }
  return false;
}`);
  assert.equal(r.maxLoopDepth, 2);
  assert.equal(r.complexity, 'O(n²)');
  assert.ok(
    r.notes.some((n) => n.kind === 'negative' && /Nested loops \(depth 2\)/.test(n.text)),
  );
});

Deno.test('linear scan inside a loop is flagged; hash set is recognised', () => {
  const scan = analyzeCode(`function unique(xs) {
  const out = [];
  for (const value of xs) {
    if (!out.includes(value)) out.push(value);
  }
  return out;
}`);
  assert.deepEqual(scan.linearOpsInLoops, ['.includes()']);
  assert.equal(scan.complexity, 'O(n²)');
  const hashed = analyzeCode(`function unique(xs) {
  return [...new Set(xs)];
}`);
  assert.equal(hashed.usesHash, true);
  assert.equal(hashed.maxLoopDepth, 0);
});

Deno.test('recursion: missing base case, branching without memo, memoized', () => {
  const noBase = analyzeCode(`function countdown(n) {
  console.log(n);
  return countdown(n - 1);
}`);
  assert.equal(noBase.recursion[0]?.hasBaseCase, false);
  assert.ok(noBase.notes.some((n) => /no obvious base case/.test(n.text)));

  const fib = analyzeCode(`def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)`);
  assert.equal(fib.language, 'python');
  assert.equal(fib.recursion[0]?.hasBaseCase, true);
  assert.equal(fib.recursion[0]?.selfCalls, 2);
  assert.equal(fib.complexity, 'O(2^n)');
  assert.ok(fib.notes.some((n) => /likely exponential/.test(n.text)));

  const memo = analyzeCode(`from functools import lru_cache

@lru_cache(maxsize=None)
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)`);
  assert.equal(memo.recursion[0]?.memoized, true);
  assert.notEqual(memo.complexity, 'O(2^n)');
});

Deno.test('naming, comments, guard clauses and magic numbers', () => {
  const messy = analyzeCode(`function f(q, w) {
  var t = q * 86400;
  var z = w + 3600;
  return t + z;
}`);
  assert.deepEqual(messy.names.poor.sort(), ['f', 'q', 't', 'w', 'z']);
  assert.ok(messy.notes.some((n) => n.text.startsWith('Unclear names')));
  assert.ok(
    messy.notes.some((n) => n.text.startsWith('Magic numbers (86400, 3600)')),
  );

  const clean = analyzeCode(`const SECONDS_PER_DAY = 86400;

// Converts whole days to seconds.
function daysToSeconds(days) {
  if (days < 0) return 0;
  return days * SECONDS_PER_DAY;
}`);
  assert.deepEqual(clean.names.poor, []);
  assert.deepEqual(clean.magicNumbers, []);
  assert.equal(clean.earlyReturns, 1);
  assert.ok(
    clean.notes.some((n) => n.kind === 'positive' && n.text.startsWith('Guard clauses')),
  );
  assert.ok(clean.quality > messy.quality);
});

Deno.test('comments and strings are stripped before analysis', () => {
  const { code, comments } = stripCode(
    `const s = "for (;;) { while }"; // loop here? for\nlet x = 1;`,
    'c-like',
  );
  assert.ok(!/for|while/.test(code));
  assert.deepEqual(comments, ['loop here? for']);
});

Deno.test('expected complexity ignores space bounds', () => {
  assert.equal(
    bestComplexityMentioned('O(n log n) time because of the sort, O(n) space'),
    3,
  );
  assert.equal(bestComplexityMentioned('O(n) time and O(1) extra space'), 2);
  assert.equal(bestComplexityMentioned('no complexity here'), null);
});

const twoSum: ScoringQuestion = {
  text: 'Return the indices of the two numbers in nums that add up to target.',
  type: 'coding',
  difficulty: 'easy',
  key_points: ['Use a hash map from value to index', 'O(n) time'],
  test_cases: [{ input: '[2,7,11,15], 9', expectedOutput: '[0,1]' }, {
    input: '[3,3], 6',
    expectedOutput: '[0,1]',
  }],
};
const hashSolution = `function twoSum(nums, target) {
  const seen = new Map();
  for (let i = 0; i < nums.length; i++) {
    const complement = target - nums[i];
    if (seen.has(complement)) return [seen.get(complement), i];
    seen.set(nums[i], i);
  }
  return [];
}`;

Deno.test('test results drive correctness and cap the score', () => {
  const pass = evaluateAnswer(twoSum, {
    mode: 'text',
    text: 'Single pass with a hash map, O(n) time.',
    code: hashSolution,
    test_results: { passed: 2, total: 2 },
  });
  const fail = evaluateAnswer(twoSum, {
    mode: 'text',
    text: 'Single pass with a hash map, O(n) time.',
    code: hashSolution,
    test_results: {
      passed: 0,
      total: 2,
      details: [{ name: 'basic', passed: false }, {
        name: 'duplicates',
        passed: false,
      }],
    },
  });
  assert.equal(pass.coding?.tests_passed, 2);
  assert.equal(pass.coding?.complexity_estimate, 'O(n)');
  assert.ok(pass.strengths.includes('Passes all 2 test cases'));
  assert.ok(fail.score <= 30, `0/2 passing is capped at 30, got ${fail.score}`);
  assert.ok(
    fail.weaknesses.some((w) => w === 'Fails 2 of 2 test cases (basic, duplicates)'),
  );
  assert.ok(pass.score > fail.score + 40);

  const untested = evaluateAnswer(twoSum, {
    mode: 'text',
    text: 'Single pass with a hash map, O(n) time.',
    code: hashSolution,
  });
  assert.equal(untested.coding?.tests_total, null);
  assert.ok(
    untested.weaknesses.includes(
      'Tests were not run, so correctness could not be verified',
    ),
  );
  assert.ok(untested.score < pass.score);
});

Deno.test('code pasted into the text field is detected', () => {
  const e = evaluateAnswer(twoSum, {
    mode: 'text',
    text: '```js\n' + hashSolution + '\n```\nOne pass with a map, O(n).',
    test_results: { passed: 2, total: 2 },
  });
  assert.equal(e.validity.valid, true);
  assert.equal(e.coding?.complexity_estimate, 'O(n)');
  assert.equal(e.coding?.language, 'c-like');
});
