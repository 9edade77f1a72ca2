import assert from 'node:assert/strict';
import { classifyCriterion, ENGINE_VERSION, evaluateAnswer } from './evaluate.ts';
import type { Evaluation, ScoringAnswer, ScoringQuestion } from './types.ts';

const question: ScoringQuestion = {
  text: 'Explain the CAP theorem and how it affects database choice.',
  type: 'technical',
  difficulty: 'hard',
  skill_category: 'Distributed systems',
  key_points: [
    'Consistency, availability and partition tolerance cannot all be guaranteed during a network partition',
    'Partitions are unavoidable, so the real choice is consistency vs availability during a partition',
    'CP systems (e.g. HBase, etcd) refuse requests to stay consistent; AP systems (e.g. Cassandra, DynamoDB) stay available with eventual consistency',
  ],
  evaluation_criteria: [
    { criterion: 'Technical accuracy', weight: 50 },
    {
      criterion: 'Trade-off reasoning',
      weight: 30,
      description: 'Explains consistency versus availability',
    },
    { criterion: 'Clarity', weight: 20 },
  ],
};
const answer: ScoringAnswer = {
  mode: 'text',
  time_taken_seconds: 150,
  text:
    'The CAP theorem says that when a network partition happens, a distributed database has to choose between consistency and availability; it cannot guarantee both. Since partitions are unavoidable in practice, the real trade-off is C versus A during a partition. For example, etcd and HBase are CP: they reject writes rather than return stale data. Cassandra and DynamoDB are AP: they keep serving requests and reconcile later with eventual consistency. So for a bank ledger I would pick a CP store, while for a shopping cart an AP store is usually fine.',
};

function assertContract(e: Evaluation) {
  assert.ok(Number.isInteger(e.score) && e.score >= 0 && e.score <= 100);
  for (const c of e.criteria) {
    assert.ok(
      Number.isInteger(c.score) && c.score >= 0 && c.score <= 100,
      c.name,
    );
    assert.ok(c.rationale.length > 10);
  }
  const wsum = e.criteria.reduce((a, c) => a + c.weight, 0);
  assert.ok(Math.abs(wsum - 100) < 0.5, `weights sum to 100, got ${wsum}`);
  for (const k of ['communication', 'technical', 'behavioral'] as const) {
    assert.ok(
      Number.isInteger(e.dimensions[k]) && e.dimensions[k] >= 0 &&
        e.dimensions[k] <= 100,
    );
  }
  assert.equal(e.engine, 'local');
  assert.equal(e.version, ENGINE_VERSION);
  const sentences = e.feedback.split(/(?<=[.!?])\s+(?=[A-Z])/).length;
  assert.ok(
    sentences >= 2 && sentences <= 4,
    `feedback has ${sentences} sentences: ${e.feedback}`,
  );
  assert.deepEqual(
    e.missed_key_points,
    e.key_points.filter((k) => !k.covered).map((k) => k.point),
  );
  assert.ok(e.suggested_outline.length >= 3);
}

Deno.test('evaluation satisfies the shared contract', () => {
  const e = evaluateAnswer(question, answer);
  assertContract(e);
  assert.equal(e.validity.valid, true);
  assert.equal(
    e.criteria.map((c) => c.name).join('|'),
    'Technical accuracy|Trade-off reasoning|Clarity',
  );
  assert.deepEqual(e.criteria.map((c) => c.weight), [50, 30, 20]);
  // The weighted criteria explain the score (up to the documented caps).
  const weighted = e.criteria.reduce(
    (a, c) => a + (c.weight / 100) * c.score,
    0,
  );
  assert.ok(Math.abs(weighted - e.score) <= 1, `${weighted} ~ ${e.score}`);
  assert.equal(e.key_points.filter((k) => k.covered).length, 3);
  assert.ok(e.score >= 75, `a strong CAP answer scores high, got ${e.score}`);
  assert.equal(e.star, undefined);
  assert.equal(e.delivery, undefined);
});

Deno.test('deterministic: same input, same output (and no input mutation)', () => {
  const q = structuredClone(question);
  const a = structuredClone(answer);
  const first = evaluateAnswer(q, a);
  for (let i = 0; i < 5; i++) assert.deepEqual(evaluateAnswer(q, a), first);
  assert.equal(
    JSON.stringify(
      evaluateAnswer(structuredClone(question), structuredClone(answer)),
    ),
    JSON.stringify(first),
  );
  assert.deepEqual(q, question);
  assert.deepEqual(a, answer);
});

Deno.test('default criteria per question type', () => {
  const names = (type: ScoringQuestion['type']) =>
    evaluateAnswer({
      text: 'Describe how you would approach this problem.',
      type,
      difficulty: 'medium',
    }, {
      mode: 'text',
      text: 'I would first clarify the requirements, then propose an approach, discuss trade-offs and test it carefully.',
    }).criteria.map((c) => c.name);
  assert.deepEqual(names('technical'), [
    'Technical accuracy',
    'Completeness',
    'Specificity & examples',
    'Communication & structure',
  ]);
  assert.deepEqual(names('behavioral'), [
    'STAR structure',
    'Relevance & content',
    'Specificity & impact',
    'Communication',
  ]);
  assert.deepEqual(names('coding'), [
    'Correctness',
    'Efficiency',
    'Code quality',
    'Explanation',
  ]);
  assert.deepEqual(names('system_design'), [
    'Design completeness',
    'Scalability & trade-offs',
    'Specificity & estimates',
    'Communication & structure',
  ]);
});

Deno.test('criterion names map to the right signals', () => {
  assert.deepEqual(
    Object.keys(classifyCriterion('Use of STAR method', 'behavioral').mix)
      .sort(),
    [
      'specificity',
      'star',
    ],
  );
  assert.deepEqual(classifyCriterion('Code quality', 'coding').mix, {
    codeQuality: 1,
  });
  assert.deepEqual(classifyCriterion('Efficiency', 'coding').mix, {
    efficiency: 1,
  });
  assert.deepEqual(classifyCriterion('Clear communication', 'technical').mix, {
    communication: 1,
  });
  assert.ok(
    'tradeoffs' in classifyCriterion('Scalability', 'system_design').mix,
  );
});

Deno.test('better answers score higher on the same question', () => {
  const weak = evaluateAnswer(question, {
    mode: 'text',
    text:
      'CAP is about consistency, availability and partitions. You can only have two of them, so you pick the two you need for your database.',
  });
  const strong = evaluateAnswer(question, answer);
  assert.ok(strong.score > weak.score + 20, `${strong.score} vs ${weak.score}`);
  assert.ok(strong.dimensions.technical > weak.dimensions.technical);
});

Deno.test('a stronger rewrite of the answer: its own sentences without hedges, the missed key points as gaps; none for a non-answer', () => {
  const q = {
    text: 'What is a database index and what does it cost?',
    type: 'technical' as const,
    difficulty: 'medium' as const,
    key_points: ['speeds up reads by avoiding a full table scan', 'slows down writes', 'uses additional storage'],
  };
  const e = evaluateAnswer(q, {
    mode: 'text',
    text:
      'An index is a B-tree that lets the database find rows without a full table scan, so reads get faster. I think it also slows down writes because every insert updates the index.',
  });
  const improved = e.improved_answer ?? '';
  assert.match(improved, /lets the database find rows without a full table scan/);
  assert.match(improved, /It also slows down writes/);
  assert.doesNotMatch(improved, /I think/);
  assert.match(improved, /\[uses additional storage\]/);
  assert.equal(evaluateAnswer(q, { mode: 'text', text: 'asdf qwer zxcv asdf qwer zxcv asdf qwer' }).improved_answer, undefined);
});
