import assert from 'node:assert/strict';
import { extractKeywords, roleTarget } from './keywords.ts';
import { type BankQuestion, isDuplicate, jitter, selectQuestions, typePlan } from './select.ts';
import { decideFollowUp, followUpKeys, keyPointQuestion, vagueClaim } from './followup.ts';
import { coachReply, detectIntent } from './coach.ts';

Deno.test('keywords: vocabulary terms and aliases, whole words, JD weighted double', () => {
  const out = extractKeywords({
    resume: 'Built React.js apps in TypeScript; deployed with Docker and k8s on AWS. Some Postgres.',
    jobDescription: 'We use React and PostgreSQL. Experience with Kubernetes is a plus.',
  }, ['React', 'TypeScript', 'PostgreSQL', 'Kubernetes', 'Docker', 'Go']);
  const terms = out.map((k) => k.term);
  for (const t of ['React', 'TypeScript', 'PostgreSQL', 'Kubernetes', 'Docker', 'Cloud']) assert.ok(terms.includes(t), `${t} in ${terms}`);
  assert.ok(!terms.includes('Go'), 'no substring matches ("Go" is not in "Postgres")');
  assert.deepEqual(out[0]!.term, 'React'); // 1 resume (react.js) + 2×1 JD
});

Deno.test('keywords: weak aliases alone do not count', () => {
  assert.deepEqual(extractKeywords({ resume: 'I like ts and ci.' }, []).map((k) => k.term), []);
  assert.deepEqual(extractKeywords({}, ['React']), []);
});

Deno.test('roleTarget maps free-text roles', () => {
  assert.deepEqual(roleTarget('Senior Frontend Engineer').category, 'frontend');
  assert.deepEqual(roleTarget('Full-Stack Developer').roles[0], 'full-stack-developer');
  assert.deepEqual(roleTarget('SRE').category, 'devops');
  assert.deepEqual(roleTarget('Chef').roles, ['software-engineer']);
});

const bank: BankQuestion[] = [
  {
    id: 'fe-react-med',
    question: 'Explain React reconciliation',
    type: 'technical',
    category: 'frontend',
    difficulty: 'medium',
    roles: ['frontend-developer'],
    tech_stack: ['React'],
    skills: ['React'],
  },
  {
    id: 'fe-css-med',
    question: 'Explain the CSS cascade',
    type: 'technical',
    category: 'frontend',
    difficulty: 'medium',
    roles: ['frontend-developer'],
    tech_stack: [],
    skills: ['CSS'],
  },
  {
    id: 'be-sql-med',
    question: 'Explain SQL indexes',
    type: 'technical',
    category: 'backend',
    difficulty: 'medium',
    roles: ['backend-developer'],
    tech_stack: ['PostgreSQL'],
    skills: ['SQL'],
  },
  {
    id: 'fe-react-hard',
    question: 'Explain React concurrent rendering',
    type: 'technical',
    category: 'frontend',
    difficulty: 'hard',
    roles: ['frontend-developer'],
    tech_stack: ['React'],
    skills: ['React'],
  },
  {
    id: 'beh-conflict',
    question: 'Tell me about a conflict',
    type: 'behavioral',
    category: 'general',
    difficulty: 'medium',
    roles: ['software-engineer'],
    tech_stack: [],
    skills: ['Conflict Resolution'],
  },
  {
    id: 'code-two-sum',
    question: 'Two sum',
    type: 'coding',
    category: 'general',
    difficulty: 'easy',
    roles: ['software-engineer'],
    tech_stack: ['JavaScript'],
    skills: ['Algorithms'],
  },
  {
    id: 'sd-url',
    question: 'Design a URL shortener',
    type: 'system_design',
    category: 'backend',
    difficulty: 'medium',
    roles: ['backend-developer'],
    tech_stack: [],
    skills: ['System Design'],
  },
];

Deno.test('selection: role, difficulty and stack rank first; deterministic per seed; no duplicates', () => {
  const input = {
    seed: 's1',
    jobRole: 'Frontend Developer',
    interviewType: 'technical' as const,
    difficulty: 'medium' as const,
    techStack: ['React'],
    count: 2,
    keywords: [],
  };
  const picked = selectQuestions(bank, input).map((s) => s.question.id);
  assert.deepEqual(picked[0], 'fe-react-med');
  assert.deepEqual(new Set(picked).size, picked.length);
  assert.deepEqual(selectQuestions(bank, input).map((s) => s.question.id), picked, 'same seed, same picks');
});

Deno.test('selection: resume/JD keywords steer the pick', () => {
  const picked = selectQuestions(bank, {
    seed: 's',
    jobRole: 'Software Engineer',
    interviewType: 'technical',
    difficulty: 'medium',
    techStack: [],
    count: 1,
    keywords: [{ term: 'SQL', weight: 5 }],
  });
  assert.deepEqual(picked[0]!.question.id, 'be-sql-med');
});

Deno.test('selection: mixed interviews follow the type plan', () => {
  assert.deepEqual(typePlan('mixed', 4, 'medium'), ['technical', 'behavioral', 'coding', 'system_design']);
  const picked = selectQuestions(bank, {
    seed: 'x',
    jobRole: 'Backend Developer',
    interviewType: 'mixed',
    difficulty: 'medium',
    techStack: [],
    count: 4,
    keywords: [],
  });
  assert.deepEqual(picked.map((s) => s.question.type), ['technical', 'behavioral', 'coding', 'system_design']);
});

Deno.test('dedupe by token similarity', () => {
  assert.ok(isDuplicate('Explain how React reconciliation works', ['Explain how the React reconciliation works?']));
  assert.ok(!isDuplicate('Design a rate limiter', ['Explain React reconciliation']));
});

const fakeEval = (over: Record<string, unknown>) =>
  ({
    score: 60,
    criteria: [],
    strengths: [],
    weaknesses: [],
    key_points: [],
    missed_key_points: [],
    suggested_outline: [],
    dimensions: { communication: 60, technical: 60, behavioral: 60 },
    validity: { valid: true },
    feedback: '',
    engine: 'local',
    version: '1',
    ...over,
  }) as Parameters<typeof decideFollowUp>[2];

Deno.test('follow-up: missing STAR result is asked first; vague claims need numbers', () => {
  const long =
    'At my last job our deploys were slow and the team was frustrated about it. I was asked to fix the pipeline. I profiled the build, cached dependencies and split the test suite across runners in parallel.';
  const star = { situation: { found: true }, task: { found: true }, action: { found: true }, result: { found: false } };
  assert.deepEqual(decideFollowUp('behavioral', long, fakeEval({ star })).reason, 'missing_result');
  const full = { situation: { found: true }, task: { found: true }, action: { found: true }, result: { found: true } };
  const vague = `${long} In the end it made deploys much faster and the team was happier.`;
  assert.deepEqual(decideFollowUp('behavioral', vague, fakeEval({ star: full })).reason, 'vague_claim');
  assert.deepEqual(vagueClaim('We reduced build time from 20 to 8 minutes.'), undefined);
  assert.deepEqual(decideFollowUp('technical', 'too short', fakeEval({})).reason, 'too_short');
  assert.deepEqual(decideFollowUp('behavioral', `${long} Build time went from 20 to 8 minutes.`, fakeEval({ star: full })).follow_up, null);
});

Deno.test('follow-up: a missed key point is asked grammatically, whatever its phrasing', () => {
  const long =
    'React compares the previous and the next tree and only touches the DOM nodes that changed, which keeps updates cheap in most apps. Keys help it match list items between renders so state stays with the right row.';
  const decision = decideFollowUp('technical', long, fakeEval({ score: 50, missed_key_points: ['Re-render produces new element tree.'] }));
  assert.deepEqual(decision.reason, 'missing_key_point');
  assert.deepEqual(
    decision.follow_up,
    'Let\'s go one level deeper. Can you also cover this point: "Re-render produces new element tree"? How does it apply here?',
  );
  for (const point of ['O(n) time', 'measure with the Profiler', 'state or props change triggers render', 'hash map of value to index;']) {
    const q = keyPointQuestion(point);
    assert.ok(q.includes(`cover this point: "${point.replace(/;$/, '')}"?`), q);
    assert.ok(!/how does .* come into play/i.test(q), q);
  }
});

Deno.test('follow-up: answer keys are derived from the reason', () => {
  assert.deepEqual(followUpKeys('missing_result').key_points, ['measurable result of the actions', 'lesson learned']);
  assert.ok(followUpKeys('missing_result').expected_answer.includes('measurable result of the actions'));
  assert.deepEqual(followUpKeys('missing_key_point', { missedKeyPoint: 'React.memo and useMemo.' }).key_points, ['React.memo and useMemo']);
  assert.ok(followUpKeys('vague_claim').key_points.some((k) => /how the change was measured/.test(k)));
  for (const reason of ['missing_situation', 'missing_task', 'missing_action', 'too_short', 'something_new']) {
    const keys = followUpKeys(reason);
    assert.ok(keys.key_points.length > 0 && keys.expected_answer.length > 20, reason);
  }
});

Deno.test('coach: intent detection and grounded reply', () => {
  assert.deepEqual(detectIntent('How do I answer tell me about a time you had a conflict?'), 'behavioral');
  assert.deepEqual(detectIntent('How should I approach system design rounds?'), 'system_design');
  const reply = coachReply({
    message: 'How do I get better at SQL questions?',
    skills: ['SQL'],
    gaps: [{ skill_name: 'SQL', proficiency_level: 'weak', gap_score: 60 }],
    resources: [{ skill: 'SQL', title: 'Use The Index, Luke', url: 'https://use-the-index-luke.com', resource_type: 'book' }],
    questions: [{ question: 'Explain SQL indexes', type: 'technical', difficulty: 'medium', key_points: ['B-tree', 'selectivity'] }],
  });
  assert.ok(
    reply.includes('Use The Index, Luke') && reply.includes('Explain SQL indexes') && reply.includes('B-tree → selectivity'),
    reply,
  );
});

Deno.test('coach: "tell me about yourself" gets intro advice, not practice questions picked from skill gaps', () => {
  const reply = coachReply({
    message: 'How should I answer "Tell me about yourself"?',
    skills: [],
    gaps: [{ skill_name: 'JavaScript', proficiency_level: 'weak', gap_score: 70 }],
    resources: [{ skill: 'JavaScript', title: 'JavaScript.info', url: 'https://javascript.info', resource_type: 'tutorial' }],
    questions: [{ question: 'What is a closure in JavaScript?', type: 'technical', difficulty: 'easy', key_points: ['scope'] }],
  });
  assert.ok(reply.includes('60–90 seconds'), reply);
  assert.ok(!reply.includes('closure') && !reply.includes('JavaScript.info'), reply);
});

Deno.test('jitter is FNV-1a of "seed:id" scaled to [0, 1), and selection uses exactly it', () => {
  const reference = (text: string) => {
    let h = 0x811c9dc5;
    for (const ch of text) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
    return h / 2 ** 32;
  };
  for (const [seed, id] of [['s', 'q1'], ['5d3c0f3e-1111-4222-8333-944445555666', 'b-42'], ['', '']]) {
    assert.equal(jitter(seed!, id!), reference(`${seed}:${id}`));
  }
  // Two questions equal in everything but their id: the one with the larger jitter is picked.
  const twin = (id: string) => ({
    id,
    question: id,
    type: 'technical' as const,
    category: 'general',
    difficulty: 'medium' as const,
    roles: null,
    tech_stack: null,
    skills: null,
  });
  const bank = [twin('a'), twin('b')];
  const input = {
    seed: 'seed-1',
    jobRole: 'Backend Developer',
    interviewType: 'technical' as const,
    difficulty: 'medium' as const,
    techStack: [],
    count: 1,
    keywords: [],
  };
  const expected = jitter('seed-1', 'a') > jitter('seed-1', 'b') ? 'a' : 'b';
  assert.equal(selectQuestions(bank, input)[0]!.question.id, expected);
});
