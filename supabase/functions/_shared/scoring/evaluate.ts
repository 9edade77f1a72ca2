// Orchestrates the local engine. Each stage lives in its own module under
// pipeline/: input -> validity -> relevance -> content -> structure ->
// delivery -> code -> signals -> criteria -> merge -> findings -> feedback.

import type { CodingAnalysis, Evaluation, ScoringAnswer, ScoringQuestion } from './types.ts';
import { checkValidity } from './validity.ts';
import type { CodeReport, correctnessFrom } from './coding.ts';
import { resolveInput } from './pipeline/input.ts';
import { classifyCriterion, resolveCriteria, scoreCriteria } from './pipeline/criteria.ts';
import { invalidEvaluation } from './pipeline/invalid.ts';
import { analyzeCodeStage, codeSignals } from './pipeline/code.ts';
import { contentStage } from './pipeline/content.ts';
import { structureStage } from './pipeline/structure.ts';
import { buildSignals } from './pipeline/signals.ts';
import { mergeScore } from './pipeline/merge.ts';
import { findings } from './pipeline/findings.ts';
import { buildOutline } from './pipeline/outline.ts';
import { feedbackSentences } from './pipeline/feedback.ts';
import { cap } from './pipeline/format.ts';
import { ENGINE, ENGINE_VERSION, VALID_MIN_SCORE } from './pipeline/version.ts';
import { relevanceStage } from './pipeline/relevance.ts';
import { strongerAnswer } from './pipeline/rewrite.ts';
import type { RelevanceVerdict } from './relevance/index.ts';

export interface EvaluateOptions {
  /**
   * A relevance verdict judged elsewhere (hosted embeddings, an LLM); without one the local engine judges.
   * Any judge implementing RelevanceJudge fits here.
   */
  relevance?: RelevanceVerdict;
}

export { classifyCriterion, ENGINE, ENGINE_VERSION, VALID_MIN_SCORE };
export { expectedLength } from './pipeline/length.ts';
export type { SignalKey, SignalMix } from './pipeline/criteria.ts';

/** Scores one answer to one question. Pure and deterministic. */
export function evaluateAnswer(
  question: ScoringQuestion,
  answer: ScoringAnswer,
  options: EvaluateOptions = {},
): Evaluation {
  const input = resolveInput(question, answer);
  const { type, analysis, code, questionTerms, topicTerms, specs, delivery } = input;
  const criteriaDefs = resolveCriteria(question);
  const totalWeight = criteriaDefs.reduce((a, c) => a + c.weight, 0) || 1;

  const validity = checkValidity({ type, analysis, code, questionTerms, topicTerms });
  if (!validity.valid) {
    return invalidEvaluation(question, validity, criteriaDefs, totalWeight, specs.map((s) => s.point), delivery?.analysis);
  }

  const relevance = relevanceStage(input, options.relevance);
  if (!relevance.onTopic) {
    const offTopic = {
      valid: false,
      reason: 'off_topic' as const,
      message: relevance.reason ?? 'it does not address the question',
      score: 3,
    };
    return invalidEvaluation(question, offTopic, criteriaDefs, totalWeight, specs.map((s) => s.point), delivery?.analysis);
  }

  const codeStage = analyzeCodeStage(input);
  const content = contentStage(input, codeStage);
  const structure = structureStage(input, content);
  const coding = codeSignals(input, codeStage, content, structure);
  const { signals, impact } = buildSignals(input, codeStage, content, structure, coding);
  const { criteria, raw } = scoreCriteria(criteriaDefs, signals, content.answerTerms);
  const { score, dimensions } = mergeScore(input, codeStage, content, structure, coding, signals, impact, raw);
  const { strengthList, weaknessList } = findings(input, codeStage, content, structure, coding, score);

  const { cov, design, missed } = content;
  const { star } = structure;
  const { codeReport } = codeStage;
  const { correctness } = coding;
  const outline = buildOutline(question, cov.results, {
    star: star?.star,
    designMissing: design ? new Set(design.items.filter((i) => !i.found).map((i) => i.id)) : undefined,
  });
  const evaluation: Evaluation = {
    score,
    criteria,
    strengths: strengthList,
    weaknesses: weaknessList,
    key_points: cov.results,
    missed_key_points: missed,
    suggested_outline: outline,
    dimensions,
    validity: { valid: true },
    feedback: feedbackSentences(input, content, coding, score, strengthList, weaknessList, outline),
    engine: ENGINE,
    version: ENGINE_VERSION,
  };
  if (star) evaluation.star = star.star;
  if (delivery) evaluation.delivery = delivery.analysis;
  if (type === 'coding') {
    evaluation.coding = codingSummary(codeReport, correctness);
  }
  const improved = strongerAnswer(type, evaluation, input.analysis.sentences);
  if (improved) evaluation.improved_answer = improved;
  return evaluation;
}

function codingSummary(
  report: CodeReport | null,
  correctness: ReturnType<typeof correctnessFrom> | null,
): CodingAnalysis {
  return {
    tests_passed: correctness?.passed ?? null,
    tests_total: correctness?.total ?? null,
    complexity_estimate: report ? report.complexity : 'n/a',
    language: report ? report.language : 'unknown',
    lines: report ? report.lines : 0,
    notes: [
      ...(correctness ? [cap(correctness.rationale) + '.'] : []),
      ...(report ? report.notes.map((n) => n.text) : ['No code submitted.']),
    ],
  };
}
