import assert from 'node:assert/strict';
import { aggregateReport, mergeFollowUp, themeLabel } from './report.ts';
import type { Evaluation, ReportItem, ScoringQuestion } from './types.ts';

function ev(
  score: number,
  dims: [number, number, number],
  strengths: string[],
  weaknesses: string[],
  valid = true,
): Evaluation {
  return {
    score,
    criteria: [],
    strengths,
    weaknesses,
    key_points: [],
    missed_key_points: [],
    suggested_outline: [],
    dimensions: {
      communication: dims[0],
      technical: dims[1],
      behavioral: dims[2],
    },
    validity: valid ? { valid: true } : { valid: false, reason: 'empty' },
    feedback: '',
    engine: 'local',
    version: 'test',
  };
}
const q = (
  type: ScoringQuestion['type'],
  difficulty: ScoringQuestion['difficulty'],
  skill: string,
  kp = false,
): ScoringQuestion => ({
  text: 'q',
  type,
  difficulty,
  skill_category: skill,
  key_points: kp ? ['a point'] : [],
});

const items: ReportItem[] = [
  {
    question: q('technical', 'easy', 'Databases', true),
    evaluation: ev(80, [70, 90, 50], [
      "Covers 4 of 5 key points (including 'indexes')",
      'Opens with a direct answer to the question',
    ], ["Missed key point: 'storage cost'"]),
    time_taken_seconds: 100,
  },
  {
    question: q('behavioral', 'hard', 'Teamwork'),
    evaluation: ev(60, [80, 40, 70], [
      "Covers 3 of 5 key points (including 'listening')",
    ], [
      "Missed key point: 'lesson learned'",
      'STAR: no clear result (state the outcome)',
    ]),
    time_taken_seconds: 200,
  },
  {
    question: q('coding', 'medium', 'Algorithms'),
    evaluation: ev(0, [0, 0, 0], [], [
      'Invalid answer (empty): the answer is empty',
    ], false),
    time_taken_seconds: 30,
  },
];

Deno.test('report aggregation math', () => {
  const r = aggregateReport(items);
  // Difficulty weights: easy 1, medium 1.5, hard 2.
  const w = [1, 2, 1.5];
  const scores = [80, 60, 0];
  const overall = (scores[0]! * w[0]! + scores[1]! * w[1]! + scores[2]! * w[2]!) /
    (w[0]! + w[1]! + w[2]!);
  assert.equal(r.overall_score, Math.round(overall)); // 200 / 4.5 = 44.4
  assert.equal(r.overall_score, 44);

  // Dimension relevance: behavioral answers count 0.25 for "technical", others 0.25 for "behavioral".
  const comm = (70 * 1 + 80 * 2 + 0 * 1.5) / (1 + 2 + 1.5);
  const tech = (90 * 1 + 40 * 2 * 0.25 + 0 * 1.5) / (1 + 2 * 0.25 + 1.5);
  const beh = (50 * 0.25 + 70 * 2 + 0 * 1.5 * 0.25) / (0.25 + 2 + 1.5 * 0.25);
  assert.deepEqual(r.dimensions, {
    communication: Math.round(comm),
    technical: Math.round(tech),
    behavioral: Math.round(beh),
  });
  assert.deepEqual(r.dimensions, {
    communication: 51,
    technical: 37,
    behavioral: 58,
  });

  // Consistency = 100 - population stddev / 50 * 100.
  const mean = (80 + 60 + 0) / 3;
  const sd = Math.sqrt(
    ((80 - mean) ** 2 + (60 - mean) ** 2 + (0 - mean) ** 2) / 3,
  );
  assert.equal(r.consistency, Math.round(100 - (sd / 50) * 100));
  assert.equal(r.consistency, 32);

  // Confidence = 100 * (0.5 * n/(n+3) + 0.3 * rubric share + 0.2 * consistency).
  assert.equal(
    r.confidence,
    Math.round(100 * (0.5 * (2 / 5) + 0.3 * (1 / 3) + 0.2 * 0.32)),
  );

  assert.deepEqual(r.statistics, {
    question_count: 3,
    answered: 2,
    skipped: 1,
    average_response_time_seconds: 150,
  });
  // The skipped coding question (Algorithms) counts in the overall score but creates no skill score or gap.
  assert.deepEqual(r.skill_scores, [
    { skill: 'Databases', score: 80, question_count: 1 },
    { skill: 'Teamwork', score: 60, question_count: 1 },
  ]);
  assert.deepEqual(r.skill_gaps.map((g) => [g.skill, g.level, g.gap_score]), [
    ['Teamwork', 'moderate', 40],
    ['Databases', 'strong', 20],
  ]);
  assert.ok(r.skill_gaps.every((g) => g.recommendation.includes(g.skill)));
});

Deno.test('report strengths/weaknesses are deduplicated into themes', () => {
  const r = aggregateReport(items);
  assert.equal(r.strengths[0], 'Covers key points (2 of 2 answers)');
  assert.ok(r.strengths.includes('Opens with a direct answer to the question'));
  assert.equal(r.weaknesses[0], 'Missed key point (2 of 3 answers)');
  assert.equal(new Set(r.weaknesses).size, r.weaknesses.length);
  assert.ok(r.recommendations.length >= 2 && r.recommendations.length <= 5);
  assert.ok(r.recommendations.some((x) => x.includes('skipped')));
  assert.equal(
    themeLabel('Fails 3 of 4 test cases (a, b)'),
    'Fails test cases',
  );
});

Deno.test('report edge cases: empty interview and a single answer', () => {
  const empty = aggregateReport([]);
  assert.equal(empty.overall_score, 0);
  assert.equal(empty.confidence, 0);
  assert.deepEqual(empty.statistics, {
    question_count: 0,
    answered: 0,
    skipped: 0,
    average_response_time_seconds: null,
  });
  const one = aggregateReport([items[0]!]);
  assert.equal(one.overall_score, 80);
  assert.equal(one.consistency, 100);
  assert.equal(one.skill_scores[0]?.skill, 'Databases');
});

Deno.test("a follow-up's evaluation is merged into its parent's (75/25), skipped parents stay skipped", () => {
  const parent = {
    ...ev(60, [60, 40, 80], ['Clear structure'], ['Missing STAR result']),
    missed_key_points: ['measurable result', 'your responsibility'],
    feedback: 'Good story.',
  };
  const followUp = {
    ...ev(100, [100, 80, 100], ['Quantified result', 'Clear structure'], ['Missing STAR situation']),
    key_points: [{ point: 'Measurable result', covered: true }],
    feedback: 'Great.',
  };
  const merged = mergeFollowUp(parent, followUp);
  assert.equal(merged.score, 70);
  assert.deepEqual(merged.dimensions, { communication: 70, technical: 50, behavioral: 85 });
  assert.deepEqual(merged.strengths, ['Clear structure', 'Quantified result']);
  assert.deepEqual(merged.weaknesses, ['Missing STAR result']);
  assert.deepEqual(merged.missed_key_points, ['your responsibility']);
  assert.equal(merged.feedback, 'Good story. Follow-up (100/100): Great.');
  const skipped = ev(0, [0, 0, 0], [], [], false);
  assert.equal(mergeFollowUp(skipped, followUp), skipped);
});

Deno.test('answering a follow-up never lowers the question: a weaker follow-up answer keeps the parent score', () => {
  const parent = { ...ev(85, [80, 70, 90], ['Clear structure'], []), feedback: 'Strong.' };
  const followUp = { ...ev(44, [40, 30, 50], [], ['Too brief']), feedback: 'Too brief.' };
  const merged = mergeFollowUp(parent, followUp);
  assert.equal(merged.score, 85);
  assert.deepEqual(merged.dimensions, { communication: 80, technical: 70, behavioral: 90 });
});
