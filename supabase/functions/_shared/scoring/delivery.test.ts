import assert from 'node:assert/strict';
import { analyzeDelivery, countFillers } from './delivery.ts';
import { evaluateAnswer } from './evaluate.ts';

// 35 words (counted by hand), 5 fillers: um, like, you know, basically, uh.
// "I like Redis" and "What kind of database" are NOT fillers.
const TRANSCRIPT =
  'Um, so I think the main thing is, like, caching. You know, we basically put Redis in front of the database. I like Redis because it is fast. What kind of database? Postgres, uh, mostly.';

Deno.test('filler words are counted with context rules', () => {
  const f = countFillers(TRANSCRIPT);
  assert.equal(f.total, 5);
  assert.deepEqual(f.byFiller, {
    basically: 1,
    like: 1,
    uh: 1,
    um: 1,
    'you know': 1,
  });
  assert.equal(
    countFillers("It's like a queue. I like Go. You know how caches work.")
      .total,
    0,
  );
  assert.equal(countFillers('it was kind of slow and sort of flaky').total, 2);
});

Deno.test('words per minute, fillers per minute and pace on a known transcript', () => {
  const d = analyzeDelivery(TRANSCRIPT, 15, null, 50).analysis;
  assert.equal(d.words, 35);
  assert.equal(d.wpm, 140); // 35 words / 0.25 min
  assert.equal(d.filler_count, 5);
  assert.equal(d.fillers_per_minute, 20); // 5 / 0.25 min
  assert.equal(d.pace, 'good');
  assert.equal(analyzeDelivery(TRANSCRIPT, 30, null, 50).analysis.wpm, 70);
  assert.equal(analyzeDelivery(TRANSCRIPT, 30, null, 50).analysis.pace, 'slow');
  assert.equal(analyzeDelivery(TRANSCRIPT, 10, null, 50).analysis.wpm, 210);
  assert.equal(analyzeDelivery(TRANSCRIPT, 10, null, 50).analysis.pace, 'fast');
  const unknown = analyzeDelivery(TRANSCRIPT, null, null, 50).analysis;
  assert.equal(unknown.wpm, null);
  assert.equal(unknown.pace, 'unknown');
});

Deno.test('answer length vs time limit', () => {
  assert.equal(
    analyzeDelivery(TRANSCRIPT, 200, 120, 50).analysis.time_usage,
    'over_time',
  );
  assert.equal(
    analyzeDelivery(TRANSCRIPT, 15, 120, 50).analysis.time_usage,
    'too_short',
  );
  assert.equal(
    analyzeDelivery(TRANSCRIPT, 60, 120, 20).analysis.time_usage,
    'ok',
  );
});

Deno.test('speech evaluations expose delivery and penalise heavy fillers', () => {
  const question = {
    text: 'How would you speed up a slow database-backed page?',
    type: 'technical' as const,
    difficulty: 'easy' as const,
    key_points: ['Cache results in Redis', 'Add an index to the slow query'],
  };
  const clean =
    'I would cache the results in Redis so repeated reads skip the database. I would also add an index to the slow query after checking the plan.';
  const filler =
    'Um, so, like, I would, um, cache the results in, uh, Redis, you know, so repeated reads, um, skip the database. And, uh, basically I would, like, add an index to the, um, slow query, you know.';
  const a = evaluateAnswer(question, {
    mode: 'speech',
    text: '',
    transcript: clean,
    speaking_duration_seconds: 12,
  });
  const b = evaluateAnswer(question, {
    mode: 'speech',
    text: '',
    transcript: filler,
    speaking_duration_seconds: 22,
  });
  assert.ok(a.delivery && b.delivery);
  assert.equal(a.delivery.filler_count, 0);
  assert.equal(b.delivery.filler_count, 11); // um x4, uh x2, like x2, you know x2, basically x1
  assert.deepEqual(b.delivery.fillers, {
    basically: 1,
    like: 2,
    uh: 2,
    um: 4,
    'you know': 2,
  });
  assert.ok(b.weaknesses.some((w) => w.startsWith('Frequent filler words')));
  assert.ok(a.dimensions.communication > b.dimensions.communication);
  assert.ok(a.score > b.score);
  // Text answers carry no delivery block.
  assert.equal(
    evaluateAnswer(question, { mode: 'text', text: clean }).delivery,
    undefined,
  );
});
