import assert from 'node:assert/strict';
import { evaluateAnswer } from './evaluate.ts';
import type { ScoringAnswer, ScoringQuestion } from './types.ts';

const q: ScoringQuestion = {
  text: 'What is a database index, and what are the trade-offs of adding one?',
  type: 'technical',
  difficulty: 'medium',
  key_points: [
    'Speeds up reads and lookups by avoiding a full table scan',
    'Slows down writes because the index must be updated',
    'Uses additional storage',
  ],
  expected_answer: 'An index is a B-tree that speeds up lookups but slows writes and uses extra storage.',
};
const text = (t: string): ScoringAnswer => ({ text: t, mode: 'text' });

function assertInvalid(
  answer: ScoringAnswer,
  reason: string,
  mustMention: RegExp,
  question = q,
) {
  const e = evaluateAnswer(question, answer);
  assert.equal(
    e.validity.valid,
    false,
    `expected invalid for ${JSON.stringify(answer.text)}`,
  );
  assert.equal(e.validity.reason, reason);
  assert.ok(e.score <= 15, `score ${e.score} <= 15`);
  assert.deepEqual(e.strengths, [], 'never praise an invalid answer');
  assert.match(e.feedback, mustMention);
  assert.ok(e.weaknesses[0]?.startsWith('Invalid answer'));
  assert.ok(e.criteria.every((c) => c.score === e.score));
  assert.ok(e.key_points.every((k) => !k.covered));
  assert.equal(e.missed_key_points.length, q.key_points!.length);
  assert.ok(e.suggested_outline.length > 0);
  return e;
}

Deno.test('empty answer', () => {
  const e = assertInvalid(text('   \n '), 'empty', /empty/);
  assert.equal(e.score, 0);
  assertInvalid(
    { text: '', transcript: '', mode: 'speech', speaking_duration_seconds: 4 },
    'empty',
    /empty/,
  );
});

Deno.test('too short answer', () => {
  const e = assertInvalid(
    text('Faster reads.'),
    'too_short',
    /only 2 words long/,
  );
  assert.ok(e.score <= 5);
});

Deno.test('gibberish: keyboard mash, repeated characters, repeated word, no real words', () => {
  assertInvalid(
    text('asdf qwer zxcv hjkl asdfgh qwerty'),
    'gibberish',
    /keyboard mashing/,
  );
  assertInvalid(
    text('aaaaaaa bbbbbbbbb cccccccc dddddd'),
    'gibberish',
    /repeated characters/,
  );
  assertInvalid(
    text('index index index index index index index index'),
    'gibberish',
    /repeats the same few words/,
  );
  assertInvalid(
    text(
      'lorem ipsum dolor sit amet consectetur adipiscing elit sed eiusmod tempor',
    ),
    'gibberish',
    /real English or technical words/,
  );
  assertInvalid(text('!!!! ???? #### $$$$ %%%% ^^^^'), 'gibberish', /symbols/);
});

Deno.test('copied question, verbatim and paraphrased', () => {
  assertInvalid(
    text('What is a database index and what are the trade-offs of adding one?'),
    'copied_question',
    /restates the question/,
  );
  // Paraphrase with synonyms (db = database, downsides = trade-offs) is still only the question.
  assertInvalid(
    text(
      'So the question is what a DB index is and what the downsides of adding an index are.',
    ),
    'copied_question',
    /restates the question/,
  );
});

Deno.test('off-topic answer', () => {
  assertInvalid(
    text(
      'My favourite holiday was a hiking trip in the mountains with my family, we cooked pancakes every morning and swam in the lake.',
    ),
    'off_topic',
    /does not address the question/,
  );
});

Deno.test('a short but real answer passes the gate', () => {
  const e = evaluateAnswer(
    q,
    text(
      'It speeds up lookups but makes writes slower and needs extra storage.',
    ),
  );
  assert.equal(e.validity.valid, true);
  assert.equal(e.validity.reason, undefined);
  assert.ok(e.score > 15);
  // ...but its brevity is called out and capped.
  assert.ok(e.weaknesses.some((w) => w.startsWith('Too brief')));
  assert.ok(e.score < 80);
});
