import assert from 'node:assert/strict';
import { analyzeStar, analyzeStructure } from './star.ts';
import { evaluateAnswer } from './evaluate.ts';
import { analyzeText, termSet } from './text.ts';

const S = 'Last year at my previous company our checkout service was timing out during a big sales campaign.';
const T = 'I was responsible for getting p95 latency under 300 ms before Black Friday.';
const A = 'I profiled the service, added a Redis cache for product data and rewrote the slowest query.';
const R = 'As a result, p95 latency dropped from 1.2 seconds to 250 ms and we handled twice the traffic.';

Deno.test('STAR: all four components found, each quoting its sentence', () => {
  const star = analyzeStar(analyzeText([S, T, A, R].join(' ')));
  assert.deepEqual(star.star.situation, { found: true, evidence: S });
  assert.deepEqual(star.star.task, { found: true, evidence: T });
  assert.deepEqual(star.star.action, { found: true, evidence: A });
  assert.deepEqual(star.star.result, { found: true, evidence: R });
  assert.equal(star.found, 4);
  assert.equal(star.resultQuantified, true);
  assert.ok(Math.abs(star.score - 1) < 1e-9);
});

Deno.test('STAR: explicit labels decide which sentence is which part', () => {
  const labelled = [
    'Situation: a client moved our launch forward by two weeks.',
    'Task: I owned the delivery plan.',
    'Action: I cut scope to the must-haves with the client, told the team early, and paired on the riskiest part.',
    'Result: we shipped on the new date with zero critical bugs.',
  ];
  const star = analyzeStar(analyzeText(labelled.join(' ')));
  assert.deepEqual(star.star.situation, { found: true, evidence: labelled[0] });
  assert.deepEqual(star.star.task, { found: true, evidence: labelled[1] });
  assert.deepEqual(star.star.action, { found: true, evidence: labelled[2] });
  // "cut" is a result cue, but that sentence is labelled Action.
  assert.deepEqual(star.star.result, { found: true, evidence: labelled[3] });
});

Deno.test('STAR: a sentence labelled as another part is not taken as the missing part', () => {
  const star = analyzeStar(analyzeText(
    'Situation: our API was slow. Task: I had to fix it before launch. Action: I added caching, which reduced load.',
  ));
  assert.deepEqual(star.star.result, { found: false });
});

Deno.test('STAR: missing result and task are reported as missing', () => {
  const star = analyzeStar(analyzeText([S, A].join(' ')));
  assert.equal(star.star.situation.found, true);
  assert.equal(star.star.action.found, true);
  assert.deepEqual(star.star.task, { found: false });
  assert.deepEqual(star.star.result, { found: false });
  assert.equal(star.resultQuantified, false);
  assert.ok(Math.abs(star.score - 0.5) < 1e-9);
});

Deno.test('STAR in a behavioral evaluation drives weaknesses and the outline', () => {
  const e = evaluateAnswer(
    {
      text: 'Tell me about a time you improved the performance of a system.',
      type: 'behavioral',
      difficulty: 'medium',
    },
    {
      mode: 'text',
      text: [
        S,
        A,
        'It was a stressful few weeks for everyone on the team and I worked long hours.',
      ].join(' '),
    },
  );
  assert.ok(e.star);
  assert.equal(e.star.result.found, false);
  assert.ok(e.weaknesses.some((w) => w.startsWith('STAR: no clear result')));
  assert.ok(
    e.suggested_outline.some((l) => l.startsWith('Result:') && l.endsWith('(missing)')),
  );
});

Deno.test("ownership: 'I' actions vs 'we' actions", () => {
  const mine = analyzeStar(
    analyzeText('I proposed a plan. I wrote the migration. I tested it.'),
  );
  const ours = analyzeStar(
    analyzeText('We proposed a plan. We wrote the migration. We tested it.'),
  );
  assert.equal(mine.iActions, 3);
  assert.equal(ours.weActions, 3);
  assert.ok(mine.ownership > ours.ownership);
});

Deno.test('structure: direct opening and conclusion vs stalling', () => {
  const rel = termSet('What is a message queue?');
  const good = analyzeStructure(
    analyzeText(
      'A message queue is a buffer that decouples producers from consumers. Producers publish messages. Consumers process them at their own pace. Overall, queues smooth out load spikes.',
    ),
    rel,
    { speech: false, behavioral: false },
  );
  assert.equal(good.openingDirect, true);
  assert.equal(good.hasConclusion, true);
  const bad = analyzeStructure(
    analyzeText(
      "That's a good question, let me think. There are many things. Some are nice. It depends.",
    ),
    rel,
    { speech: false, behavioral: false },
  );
  assert.equal(bad.openingStall, true);
  assert.equal(bad.openingDirect, false);
  assert.ok(good.score > bad.score);
});
