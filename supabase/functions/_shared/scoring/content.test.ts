import assert from 'node:assert/strict';
import { evaluateAnswer } from './evaluate.ts';
import { buildKeyPoints, detectHedges, matchKeyPoints, measureSpecificity } from './content.ts';
import { analyzeText, termSet } from './text.ts';
import type { ScoringQuestion } from './types.ts';

const question: ScoringQuestion = {
  text: 'How would you improve the performance of a slow web application?',
  type: 'technical',
  difficulty: 'medium',
  key_points: [
    'Measure first: profile to find the bottleneck',
    'Cache frequently read data to reduce database load',
    'Reduce response time with a CDN for static assets',
    'Add indexes for slow queries',
  ],
};

Deno.test('key-point coverage uses stemming and synonyms, quoting the covering sentence', () => {
  const answer = [
    'I would start by profiling the app to find where the bottleneck actually is.',
    "Then I'd cache hot results in Redis, which takes read load off the DB.",
    'Static files would go behind a content delivery network so latency drops for users far away.',
  ].join(' ');
  const e = evaluateAnswer(question, { text: answer, mode: 'text' });
  assert.equal(e.validity.valid, true);
  const byPoint = Object.fromEntries(e.key_points.map((k) => [k.point, k]));

  // "profiling" ~ "profile", "bottleneck" exact.
  assert.equal(
    byPoint['Measure first: profile to find the bottleneck']!.covered,
    true,
  );
  assert.equal(
    byPoint['Measure first: profile to find the bottleneck']!.evidence,
    'I would start by profiling the app to find where the bottleneck actually is.',
  );
  // "cache" ~ "caching", "DB" = "database", "load" exact.
  assert.equal(
    byPoint['Cache frequently read data to reduce database load']!.evidence,
    "Then I'd cache hot results in Redis, which takes read load off the DB.",
  );
  // "response time" = "latency", "CDN" = "content delivery network".
  assert.equal(
    byPoint['Reduce response time with a CDN for static assets']!.covered,
    true,
  );
  assert.equal(
    byPoint['Reduce response time with a CDN for static assets']!.evidence,
    'Static files would go behind a content delivery network so latency drops for users far away.',
  );
  // Never mentioned.
  assert.equal(byPoint['Add indexes for slow queries']!.covered, false);
  assert.equal(byPoint['Add indexes for slow queries']!.evidence, undefined);
  assert.deepEqual(e.missed_key_points, ['Add indexes for slow queries']);
  assert.ok(
    e.weaknesses.includes("Missed key point: 'Add indexes for slow queries'"),
  );
  assert.ok(
    e.suggested_outline.some((l) => l.includes('Add indexes for slow queries') && l.includes('missing')),
  );
});

Deno.test('enumerated examples in a key point are alternatives, not all required', () => {
  const specs = buildKeyPoints(
    ['Explains the cause, such as underestimated scope, a dependency or an unexpected issue'],
    null,
    termSet('Tell me about a time you missed a deadline.'),
  );
  const a = analyzeText(
    'I underestimated the scope because the legacy job had undocumented edge cases.',
  );
  const r = matchKeyPoints(specs, a.sentences);
  assert.equal(r.covered, 1);
  const b = analyzeText('We shipped it eventually and everyone was fine.');
  assert.equal(matchKeyPoints(specs, b.sentences).covered, 0);
});

Deno.test('key points are derived from the expected answer when none are given', () => {
  const q: ScoringQuestion = {
    text: 'What is the difference between TCP and UDP?',
    type: 'technical',
    difficulty: 'easy',
    expected_answer:
      'TCP is connection-oriented and guarantees ordered, reliable delivery with retransmission. UDP is connectionless and sends datagrams without delivery or ordering guarantees. UDP has lower overhead and latency, so it suits video calls, games and DNS.',
  };
  const e = evaluateAnswer(q, {
    mode: 'text',
    text:
      'TCP sets up a connection and guarantees reliable, ordered delivery by retransmitting lost packets. UDP just sends datagrams with no guarantees, which gives it lower latency, so it is used for games and video calls.',
  });
  assert.equal(e.key_points.length, 3);
  assert.ok(e.key_points[0]!.point.startsWith('TCP is connection-oriented'));
  assert.ok(e.key_points.filter((k) => k.covered).length >= 2);
});

Deno.test('hedging and specificity signals', () => {
  const h = detectHedges(
    "I think maybe it uses a B-tree, but I'm not sure. Probably.",
  );
  assert.equal(h.count, 3);
  assert.deepEqual(h.examples, ['not sure', 'i think maybe', 'probably']);

  const s = measureSpecificity(analyzeText(
    'For example, in my last role we cut p95 latency from 800 ms to 120 ms (85%) using Redis and Postgres.',
  ));
  assert.ok(s.examples >= 2);
  assert.deepEqual(s.tools, ['postgres', 'redis']);
  assert.ok(s.metrics.includes('800 ms') && s.metrics.includes('85%'));
  assert.ok(s.score > 0.9);
  const vague = measureSpecificity(
    analyzeText('It depends on the situation and what the team needs.'),
  );
  assert.ok(vague.score < 0.1);
});

Deno.test('hedged answers score lower than the same content stated directly', () => {
  const direct =
    'Profile first to find the bottleneck. Cache frequently read data in Redis to reduce database load. Put static assets on a CDN to reduce response time. Add indexes for slow queries.';
  const hedged =
    "I think maybe you profile first to find the bottleneck, not sure. I guess cache frequently read data in Redis to reduce database load, probably. Maybe put static assets on a CDN to reduce response time. I don't know, add indexes for slow queries or something.";
  const a = evaluateAnswer(question, { text: direct, mode: 'text' });
  const b = evaluateAnswer(question, { text: hedged, mode: 'text' });
  assert.ok(a.score > b.score, `${a.score} > ${b.score}`);
  assert.ok(b.weaknesses.some((w) => w.startsWith('Hedging language')));
});
