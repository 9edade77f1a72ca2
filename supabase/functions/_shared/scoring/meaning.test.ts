// Meaning set: scores must follow what an answer says, not which words it
// uses. Targets: strong > mediocre > poor for >= 95% of the questions;
// off-topic (another question's strong answer), gibberish and empty answers
// score <= 15 for every question; a paraphrase of the strong answer scores
// within 10 points of it for every question.
import assert from 'node:assert/strict';
import { evaluateAnswer } from './index.ts';
import type { Evaluation, ScoringAnswer, ScoringQuestion } from './types.ts';

type Level = 'strong' | 'mediocre' | 'poor' | 'gibberish' | 'paraphrase';
interface MeaningQuestion {
  id: string;
  question: ScoringQuestion;
  off_topic_from: string;
  answers: Record<Level, ScoringAnswer>;
}
const fixtureUrl = new URL('../../../../tests/fixtures/scoring/meaning.json', import.meta.url);
const doc = JSON.parse(await Deno.readTextFile(fixtureUrl)) as { questions: MeaningQuestion[] };
const byId = new Map(doc.questions.map((q) => [q.id, q]));

export interface MeaningScores {
  id: string;
  strong: Evaluation;
  mediocre: Evaluation;
  poor: Evaluation;
  gibberish: Evaluation;
  paraphrase: Evaluation;
  offTopic: Evaluation;
  empty: Evaluation;
}

export function scoreMeaningSet(): MeaningScores[] {
  return doc.questions.map((q) => {
    const off = byId.get(q.off_topic_from)!.answers.strong;
    const score = (a: ScoringAnswer) => evaluateAnswer(q.question, a);
    return {
      id: q.id,
      strong: score(q.answers.strong),
      mediocre: score(q.answers.mediocre),
      poor: score(q.answers.poor),
      gibberish: score(q.answers.gibberish),
      paraphrase: score(q.answers.paraphrase),
      offTopic: score(off),
      empty: score({ mode: q.answers.strong.mode, text: '' }),
    };
  });
}

const results = scoreMeaningSet();
const table = results.map((r) =>
  `${r.id}: strong ${r.strong.score}, paraphrase ${r.paraphrase.score}, mediocre ${r.mediocre.score}, poor ${r.poor.score}, ` +
  `off-topic ${r.offTopic.score}, gibberish ${r.gibberish.score}, empty ${r.empty.score}`
).join('\n');

Deno.test('meaning set: at least 40 questions of all four types, off-topic answers come from another question', () => {
  assert.ok(doc.questions.length >= 40);
  assert.deepEqual([...new Set(doc.questions.map((q) => q.question.type))].sort(), ['behavioral', 'coding', 'system_design', 'technical']);
  for (const q of doc.questions) {
    assert.notEqual(q.off_topic_from, q.id);
    assert.ok(byId.has(q.off_topic_from), q.off_topic_from);
  }
});

Deno.test('meaning set: strong > mediocre > poor for >= 95% of questions', () => {
  const ordered = results.filter((r) => r.strong.score > r.mediocre.score && r.mediocre.score > r.poor.score);
  assert.ok(ordered.length / results.length >= 0.95, `${ordered.length}/${results.length} ordered\n${table}`);
});

Deno.test('meaning set: off-topic, gibberish and empty answers score <= 15 with no strengths, for every question', () => {
  for (const r of results) {
    for (const [kind, e] of [['off-topic', r.offTopic], ['gibberish', r.gibberish], ['empty', r.empty]] as const) {
      assert.ok(e.score <= 15, `${r.id} ${kind} scored ${e.score}\n${table}`);
      assert.deepEqual(e.strengths, [], `${r.id} ${kind} has strengths`);
    }
  }
});

Deno.test('meaning set: a paraphrase scores within 10 points of the strong answer, for every question', () => {
  const far = results.filter((r) => Math.abs(r.strong.score - r.paraphrase.score) > 10);
  assert.deepEqual(far.map((r) => `${r.id}: ${r.strong.score} vs ${r.paraphrase.score}`), [], table);
});

Deno.test('meaning set: strong answers and their paraphrases are judged valid and on topic', () => {
  for (const r of results) {
    assert.equal(r.strong.validity.valid, true, `${r.id} strong: ${r.strong.feedback}`);
    assert.equal(r.paraphrase.validity.valid, true, `${r.id} paraphrase: ${r.paraphrase.feedback}`);
  }
});
