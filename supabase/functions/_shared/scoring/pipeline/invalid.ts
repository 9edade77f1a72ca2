// The evaluation of an answer that failed the validity or relevance gate:
// a fixed low score, no strengths, every key point missed, and why.

import type { DeliveryAnalysis, Evaluation, KeyPointResult, ScoringQuestion } from '../types.ts';
import type { ValidityVerdict } from '../validity.ts';
import type { CriterionDef } from './criteria.ts';
import { sentenceCase } from './format.ts';
import { buildOutline } from './outline.ts';
import { ENGINE, ENGINE_VERSION } from './version.ts';

const INVALID_ADVICE: Record<string, string> = {
  empty: 'Record or type an answer, even a partial one, starting with a direct answer followed by supporting detail.',
  too_short: 'Expand it into a complete answer: state the main idea, explain how or why, and give a concrete example.',
  gibberish: 'Write the answer in full sentences using the concepts the question asks about.',
  copied_question: 'Instead of repeating the question, answer it: open with a direct one-sentence answer and support it.',
  off_topic: 'Re-read the question and address it directly; the suggested outline lists what a good answer covers.',
};

export function invalidEvaluation(
  question: ScoringQuestion,
  validity: ValidityVerdict,
  criteriaDefs: CriterionDef[],
  totalWeight: number,
  points: string[],
  delivery: DeliveryAnalysis | undefined,
): Evaluation {
  const score = Math.max(0, Math.min(15, validity.score));
  const reason = validity.reason ?? 'empty';
  const keyPoints: KeyPointResult[] = points.map((p) => ({
    point: p,
    covered: false,
  }));
  const outline = buildOutline(question, keyPoints, {
    star: question.type === 'behavioral'
      ? {
        situation: { found: false },
        task: { found: false },
        action: { found: false },
        result: { found: false },
      }
      : undefined,
  });
  const evaluation: Evaluation = {
    score,
    criteria: criteriaDefs.map((c) => ({
      name: c.name,
      weight: Math.round((c.weight / totalWeight) * 1000) / 10,
      score,
      rationale: sentenceCase(`Not scored on content: ${validity.message}`),
    })),
    strengths: [],
    weaknesses: [
      sentenceCase(
        `Invalid answer (${reason.replace('_', ' ')}): ${validity.message}`,
      ).replace(/\.$/, ''),
    ],
    key_points: keyPoints,
    missed_key_points: [...points],
    suggested_outline: outline,
    dimensions: { communication: score, technical: score, behavioral: score },
    validity: { valid: false, reason },
    feedback: `This answer scored ${score}/100 because ${validity.message}. ${INVALID_ADVICE[reason] ?? ''}`.trim(),
    engine: ENGINE,
    version: ENGINE_VERSION,
  };
  if (question.type === 'behavioral') {
    evaluation.star = {
      situation: { found: false },
      task: { found: false },
      action: { found: false },
      result: { found: false },
    };
  }
  if (delivery) evaluation.delivery = delivery;
  if (question.type === 'coding') {
    evaluation.coding = {
      tests_passed: null,
      tests_total: null,
      complexity_estimate: 'n/a',
      language: 'unknown',
      lines: 0,
      notes: [`Not analysed: ${validity.message}.`],
    };
  }
  return evaluation;
}
