// Graded example set: every question's answers must be ranked in the order
// of their hand-assigned quality levels (strictly decreasing score).
import assert from 'node:assert/strict';
import { aggregateReport, evaluateAnswer } from './index.ts';
import type { ReportItem, ScoringAnswer, ScoringQuestion } from './types.ts';

interface GradedAnswer {
  level: 'excellent' | 'good' | 'mediocre' | 'poor' | 'invalid';
  expect_reason?: string;
  answer: ScoringAnswer;
}
interface GradedQuestion {
  id: string;
  question: ScoringQuestion;
  answers: GradedAnswer[];
}
const fixtureUrl = new URL(
  '../../../../tests/fixtures/scoring/graded.json',
  import.meta.url,
);
const doc = JSON.parse(await Deno.readTextFile(fixtureUrl)) as {
  levels: string[];
  questions: GradedQuestion[];
};

Deno.test('graded set covers all four question types with >= 8 questions', () => {
  assert.ok(doc.questions.length >= 8);
  const types = new Set(doc.questions.map((q) => q.question.type));
  assert.deepEqual([...types].sort(), [
    'behavioral',
    'coding',
    'system_design',
    'technical',
  ]);
  for (const q of doc.questions) assert.ok(q.answers.length >= 4, q.id);
});

for (const q of doc.questions) {
  Deno.test(`graded: ${q.id} answers are ordered by quality level`, () => {
    const rank = (l: string) => doc.levels.indexOf(l);
    const sorted = [...q.answers].sort((a, b) => rank(a.level) - rank(b.level));
    const scored = sorted.map((a) => ({
      level: a.level,
      e: evaluateAnswer(q.question, a.answer),
      reason: a.expect_reason,
    }));
    const summary = scored.map((s) => `${s.level}=${s.e.score}`).join(', ');
    for (let i = 1; i < scored.length; i++) {
      assert.ok(
        scored[i - 1]!.e.score > scored[i]!.e.score,
        `${q.id}: ${summary}`,
      );
    }
    for (const s of scored) {
      if (s.level === 'excellent') {
        assert.ok(s.e.score >= 75, `${q.id} excellent >= 75: ${summary}`);
      }
      if (s.level === 'invalid') {
        assert.ok(s.e.score <= 15, `${q.id} invalid <= 15: ${summary}`);
        assert.equal(s.e.validity.valid, false);
        if (s.reason) assert.equal(s.e.validity.reason, s.reason);
        assert.deepEqual(s.e.strengths, []);
      } else {
        assert.equal(
          s.e.validity.valid,
          true,
          `${q.id} ${s.level} should be valid`,
        );
      }
    }
  });
}

Deno.test('graded: a report over the excellent answers beats one over the poor answers', () => {
  const build = (level: string): ReportItem[] =>
    doc.questions.map((q) => {
      const a = q.answers.find((x) => x.level === level)!;
      return {
        question: q.question,
        evaluation: evaluateAnswer(q.question, a.answer),
        time_taken_seconds: a.answer.time_taken_seconds ?? null,
      };
    });
  const best = aggregateReport(build('excellent'));
  const worst = aggregateReport(build('poor'));
  assert.ok(best.overall_score >= 75);
  assert.ok(best.overall_score > worst.overall_score + 30);
  assert.ok(best.skill_gaps.every((g) => g.level !== 'weak'));
  assert.ok(worst.skill_gaps.some((g) => g.level === 'weak'));
});
