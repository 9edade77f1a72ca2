import assert from 'node:assert/strict';
import { memo } from './memo.ts';
import { evaluateAnswer } from './evaluate.ts';
import type { ScoringAnswer, ScoringQuestion } from './types.ts';

Deno.test('memo: builds a value once per key and forgets the oldest key when full', () => {
  const built: string[] = [];
  const remember = memo<string>(2);
  const get = (key: string) => remember(key, () => (built.push(key), `value of ${key}`));
  assert.equal(get('a'), 'value of a');
  assert.equal(get('a'), 'value of a');
  get('b');
  get('c'); // full: 'a' leaves
  get('b');
  get('a');
  assert.deepEqual(built, ['a', 'b', 'c', 'a']);
});

const question: ScoringQuestion = {
  text: 'How would you make a slow product list page fast?',
  type: 'technical',
  difficulty: 'medium',
  skill_category: 'Performance',
  key_points: ['Measure first with a profiler', 'Cache responses with a TTL'],
};
const answer: ScoringAnswer = {
  mode: 'text',
  text:
    'I would measure first with the profiler and look at p95 latency. Then I would cache the list responses with a TTL of a minute and paginate the query, and check the numbers again after the change.',
};

Deno.test('the engine remembers a question, never an answer: same input, same evaluation; changed question, new evaluation', () => {
  const first = evaluateAnswer(question, answer);
  assert.deepEqual(evaluateAnswer(question, answer), first);
  assert.deepEqual(evaluateAnswer({ ...question }, { ...answer }), first);

  // Another answer to the same (remembered) question is judged on its own words.
  const other = evaluateAnswer(question, { mode: 'text', text: 'I would cache the responses with a TTL.' });
  assert.notDeepEqual(other.key_points, first.key_points);

  // The same question text with other key points is another question: its key points are the ones scored.
  const changed = evaluateAnswer({ ...question, key_points: ['Use a CDN for images'] }, answer);
  assert.deepEqual(changed.key_points.map((k) => k.point), ['Use a CDN for images']);
  assert.deepEqual(first.key_points.map((k) => k.point), question.key_points);
  // …and the first question is still scored with its own.
  assert.deepEqual(evaluateAnswer(question, answer), first);
});
