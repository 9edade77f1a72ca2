// Benchmark for the local scoring engine.
//
//   deno run bench/scoring/run.ts [iterations=200]
//
// Scores every answer of tests/fixtures/scoring/graded.json and meaning.json plus one
// synthetic ~400-word answer per question type, N times each, and prints
// p50 / p95 / max latency per answer. No permissions needed (static imports).

import graded from '../../tests/fixtures/scoring/graded.json' with { type: 'json' };
import meaning from '../../tests/fixtures/scoring/meaning.json' with { type: 'json' };
import { evaluateAnswer } from '../../supabase/functions/_shared/scoring/index.ts';
import type { ScoringAnswer, ScoringQuestion } from '../../supabase/functions/_shared/scoring/index.ts';

interface Case {
  id: string;
  question: ScoringQuestion;
  answer: ScoringAnswer;
  words: number;
}

const args: string[] = (globalThis as unknown as { Deno?: { args: string[] } }).Deno?.args ?? [];
const iterations = Math.max(1, Number(args[0] ?? 200) || 200);

const words = (s: string) => (s.match(/\S+/g) ?? []).length;
const doc = graded as unknown as {
  questions: Array<{
    id: string;
    question: ScoringQuestion;
    answers: Array<{ level: string; answer: ScoringAnswer }>;
  }>;
};

const cases: Case[] = [];
for (const q of doc.questions) {
  for (const a of q.answers) {
    const prose = a.answer.mode === 'speech' ? (a.answer.transcript ?? '') : a.answer.text;
    cases.push({
      id: `${q.id}/${a.level}`,
      question: q.question,
      answer: a.answer,
      words: words(prose),
    });
  }
}

// The meaning set: every answer level of its 40 questions, and each question's off-topic answer.
const meaningDoc = meaning as unknown as {
  questions: Array<{ id: string; question: ScoringQuestion; off_topic_from: string; answers: Record<string, ScoringAnswer> }>;
};
for (const q of meaningDoc.questions) {
  const offTopic = meaningDoc.questions.find((o) => o.id === q.off_topic_from)!.answers.strong!;
  for (const [level, answer] of [...Object.entries(q.answers), ['off-topic', offTopic] as const]) {
    const prose = answer.mode === 'speech' ? (answer.transcript ?? '') : answer.text;
    cases.push({ id: `meaning/${q.id}/${level}`, question: q.question, answer, words: words(prose) });
  }
}

// Synthetic ~400-word answers: the excellent answer of each type, extended
// with the good and mediocre answers of the same question until >= 400 words.
for (const type of ['technical', 'behavioral', 'coding', 'system_design']) {
  const q = doc.questions.find((x) => x.question.type === type && x.answers.every((a) => a.answer.mode === 'text'));
  if (!q) continue;
  const parts = q.answers.filter((a) => a.level !== 'invalid').map((a) => a.answer.text);
  let text = '';
  for (let i = 0; words(text) < 400; i++) {
    text += (text ? '\n\n' : '') + parts[i % parts.length];
  }
  const base = q.answers[0]!.answer;
  cases.push({
    id: `synthetic-400w/${type}`,
    question: q.question,
    answer: { ...base, text },
    words: words(text),
  });
}

function pct(sorted: number[], p: number): number {
  const idx = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, idx)]!;
}

const firstCall: number[] = [];
const rows: Array<{ id: string; words: number; p50: number; p95: number; max: number }> = [];
for (const c of cases) {
  const t0 = performance.now();
  evaluateAnswer(c.question, c.answer);
  firstCall.push(performance.now() - t0);
  for (let i = 0; i < 5; i++) evaluateAnswer(c.question, c.answer); // warm-up
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const s = performance.now();
    evaluateAnswer(c.question, c.answer);
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  rows.push({
    id: c.id,
    words: c.words,
    p50: pct(times, 50),
    p95: pct(times, 95),
    max: times[times.length - 1]!,
  });
}

const f = (x: number) => x.toFixed(2).padStart(7);
console.log(`local scoring engine benchmark: ${cases.length} answers x ${iterations} iterations`);
console.log(`${'answer'.padEnd(46)} ${'words'.padStart(5)} ${'p50 ms'.padStart(7)} ${'p95 ms'.padStart(7)} ${'max ms'.padStart(7)}`);
for (const r of rows) {
  console.log(`${r.id.padEnd(46)} ${String(r.words).padStart(5)} ${f(r.p50)} ${f(r.p95)} ${f(r.max)}`);
}
const big = rows.filter((r) => r.words >= 380);
const worstP95 = Math.max(...rows.map((r) => r.p95));
console.log('');
console.log(`worst p95 over all answers: ${worstP95.toFixed(2)} ms`);
if (big.length) {
  console.log(`worst p95 for >= 380-word answers: ${Math.max(...big.map((r) => r.p95)).toFixed(2)} ms (target <= 30 ms)`);
}
console.log(`first (cold) call: max ${Math.max(...firstCall).toFixed(2)} ms, first-ever ${firstCall[0]!.toFixed(2)} ms`);
