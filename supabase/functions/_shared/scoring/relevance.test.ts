// The cases from real use that the relevance stage and meaning-based key points exist for.
import assert from 'node:assert/strict';
import { evaluateAnswer } from './index.ts';
import { analyzeCode } from './coding.ts';
import { judgeRelevanceLocally } from './relevance/index.ts';
import type { ScoringQuestion } from './types.ts';

const text = (t: string) => ({ mode: 'text' as const, text: t });

Deno.test('a pizza-and-Formula-1 story to a technical question is off topic: <= 15, no strengths', () => {
  const q: ScoringQuestion = {
    text: 'Explain how React decides when to re-render a component, and how you would avoid unnecessary re-renders.',
    type: 'technical',
    difficulty: 'medium',
  };
  const e = evaluateAnswer(
    q,
    text(
      'Last weekend I made 3 pizzas from scratch: 72 hours of cold fermentation, 450 grams of flour each, baked at 300 degrees in 90 seconds. Then we watched the Formula 1 race in Monza; Leclerc won by 2.5 seconds after a one-stop strategy. Honestly it was the best weekend of the year and I would do it all again.',
    ),
  );
  assert.equal(e.validity.reason, 'off_topic');
  assert.ok(e.score <= 15, String(e.score));
  assert.deepEqual(e.strengths, []);
  assert.match(e.feedback, /does not address the question/);
});

Deno.test('a strong production-incident story is no answer to "why do you want to work here?"', () => {
  const incident =
    'At a payments company I ran a migration on a Friday that locked the transactions table, and card payments failed within two minutes. I posted in the incident channel that it was my migration, killed the session, and payments recovered after 11 minutes. In the blameless postmortem we added a CI check that flags locking DDL on large tables, and we have had no migration outage since. I learned to test against production-sized data.';
  const e = evaluateAnswer({ text: 'Why do you want to work at our company?', type: 'behavioral', difficulty: 'easy' }, text(incident));
  assert.equal(e.validity.reason, 'off_topic');
  assert.ok(e.score <= 15);
  assert.match(e.feedback, /why you want this role and company/);
  const mistake = evaluateAnswer(
    { text: 'Tell me about a mistake you made at work and what you did about it.', type: 'behavioral', difficulty: 'easy' },
    text(incident),
  );
  assert.equal(mistake.validity.valid, true);
  assert.ok(mistake.score > 50, String(mistake.score));
});

Deno.test('relevance uses the concept of the question, not only its words', () => {
  const v = judgeRelevanceLocally({
    question: { text: 'Tell me about a time you improved the performance of a system.', type: 'behavioral' },
    text:
      'Our checkout service was timing out during a sale. I profiled it, added a Redis cache for product data and rewrote the slowest query.',
  });
  assert.equal(v.onTopic, true);
});

Deno.test('key points match spelling and hyphenation variants and paraphrases', () => {
  const q: ScoringQuestion = {
    text: 'How would you onboard a new engineer joining your team?',
    type: 'behavioral',
    difficulty: 'easy',
    key_points: ['agreed goals', 'regular one-on-ones', 'time-boxed first tasks'],
  };
  const e = evaluateAnswer(
    q,
    text(
      'When two engineers joined my team last year I prepared their laptops and accounts before day one. In the first week each of them wrote a 30-60-90 day plan with me, and I held two 30-minute 1:1s a week for the first month. Their first tasks were timeboxed to two days so they shipped something real in week one. Both were on call within three months, and I learned to keep the onboarding guide updated by the newest hire.',
    ),
  );
  assert.deepEqual(e.key_points.map((k) => k.covered), [true, true, true], JSON.stringify(e.key_points));
});

const DEEP_EQUAL = `function deepEqual(a, b) {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    if (a.length !== b.length) return false;
    return a.every((item, i) => deepEqual(item, b[i]));
  }
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  return keysA.every((key) => deepEqual(a[key], b[key]));
}`;

Deno.test('code analysis reads structure: deepEqual is recursive, linear, has the fast path and Array.isArray', () => {
  const report = analyzeCode(DEEP_EQUAL);
  assert.notEqual(report.complexity, 'O(2^n)');
  assert.ok(!report.notes.some((n) => /exponential/.test(n.text)), JSON.stringify(report.notes));
  const e = evaluateAnswer(
    {
      text: 'Write `deepEqual(a, b)` that returns true if two JSON-compatible values are structurally equal.',
      type: 'coding',
      difficulty: 'medium',
      key_points: [
        'strict equality fast path',
        'recursion on nested values',
        'Array.isArray check',
        'compare own keys regardless of order',
      ],
    },
    { mode: 'text', text: 'Recursive comparison.', code: DEEP_EQUAL },
  );
  assert.deepEqual(e.missed_key_points, []);
  assert.ok(!e.weaknesses.some((w) => /exponential|unclear/i.test(w)), JSON.stringify(e.weaknesses));
});

Deno.test("names fixed by the question's own signature are not called unclear", () => {
  const code =
    'function isAnagram(s, t) {\n  if (s.length !== t.length) return false;\n  return [...s].sort().join() === [...t].sort().join();\n}';
  const q = 'Write `isAnagram(s, t)` that returns true if `t` is an anagram of `s`.';
  const e = evaluateAnswer({ text: q, type: 'coding', difficulty: 'easy' }, { mode: 'text', text: 'Sort both.', code });
  assert.ok(!e.weaknesses.some((w) => /unclear|name/i.test(w)), JSON.stringify(e.weaknesses));
});

Deno.test('passing tests dominate: a correct slow solution beats a fast one that fails a test', () => {
  const q: ScoringQuestion = {
    text: 'Write `binarySearch(nums, target)`.',
    type: 'coding',
    difficulty: 'easy',
    expected_answer: 'O(log n) binary search.',
  };
  const linear =
    'function binarySearch(nums, target) {\n  for (let i = 0; i < nums.length; i++) if (nums[i] === target) return i;\n  return -1;\n}';
  const broken =
    'function binarySearch(nums, target) {\n  let lo = 0, hi = nums.length - 1;\n  while (lo <= hi) {\n    const mid = lo + ((hi - lo) >> 1);\n    if (nums[mid] === target) return mid;\n    if (nums[mid] < target) lo = mid + 1; else hi = mid - 1;\n  }\n  return 0;\n}';
  const a = evaluateAnswer(q, { mode: 'text', text: 'Linear scan, O(n).', code: linear, test_results: { passed: 6, total: 6 } });
  const b = evaluateAnswer(q, { mode: 'text', text: 'Binary search, O(log n).', code: broken, test_results: { passed: 5, total: 6 } });
  assert.ok(a.score > b.score, `${a.score} vs ${b.score}`);
});

Deno.test('a correct solution written in prose with the code inline is analysed as code', () => {
  const q: ScoringQuestion = {
    text: 'Write `isPalindrome(s)` that returns true if the string reads the same forwards and backwards.',
    type: 'coding',
    difficulty: 'easy',
    expected_answer: 'Two pointers from both ends moving inwards: O(n) time, O(1) space.',
  };
  const e = evaluateAnswer(q, {
    mode: 'text',
    text:
      'I use two pointers from both ends: function isPalindrome(s) { let left = 0, right = s.length - 1; while (left < right) { if (s[left] !== s[right]) return false; left++; right--; } return true; } It runs in O(n) time and O(1) space.',
    test_results: { passed: 5, total: 5 },
  });
  assert.equal(e.coding?.complexity_estimate, 'O(n)');
  assert.ok(e.score >= 70, `${e.score}: ${e.feedback}`);
  assert.ok(!e.weaknesses.some((w) => /No code submitted/.test(w)));
});

Deno.test("an answer to the interviewer's follow-up is judged with its conversation, not by the follow-up's own words", () => {
  const e = evaluateAnswer(
    {
      text: 'How did it turn out? What was the measurable outcome, and what did you learn from it?',
      type: 'behavioral',
      difficulty: 'medium',
      key_points: ['measurable result of the actions', 'lesson learned'],
    },
    text(
      'The result: the trial went well, we moved to the monorepo and cut CI time by 40%, from 25 to 15 minutes. I learned that a time-boxed trial settles a disagreement faster than arguing.',
    ),
  );
  assert.equal(e.validity.valid, true);
});

Deno.test('a disagreement told as two preferences ("wanted Redux while I preferred React Query") is on topic', () => {
  const q: ScoringQuestion = {
    text:
      'Tell me about a time you disagreed with a teammate about a technical decision on a React project. What did you do and what was the outcome?',
    type: 'behavioral',
    difficulty: 'medium',
  };
  const e = evaluateAnswer(
    q,
    text(
      'Situation: at my last company our team was building a large React dashboard, and a senior teammate wanted Redux while I preferred React Query with local state. Task: I was responsible for the data layer design, so my job was to get us to a decision. Action: I listened to his concerns first, then I wrote a short comparison document, and I set up a one-day spike where we built the same screen both ways and compared bundle size and lines of code together.',
    ),
  );
  assert.notEqual(e.validity.reason, 'off_topic');
  assert.ok(e.score > 40, String(e.score));
});

Deno.test('"dropped frames" and "frame budget" are content, not the audience-framing hook; mobile UI paraphrases match', () => {
  const q: ScoringQuestion = {
    text: 'Why must mobile apps avoid blocking the main (UI) thread, and what happens if they do?',
    type: 'technical',
    difficulty: 'easy',
    key_points: ['jank and dropped frames', 'main thread handles input layout and drawing', 'update UI back on main thread'],
  };
  const e = evaluateAnswer(
    q,
    text(
      'Only the UI thread processes touches and key presses, measures views and renders them, so slow work there causes jank: dropped frames and taps that feel ignored. Network and disk work go to background threads, and the results are handed back to the UI thread, since views can only be touched there.',
    ),
  );
  assert.deepEqual(e.missed_key_points, []);
});
