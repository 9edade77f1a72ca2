// Content stage: key-point coverage, accuracy, specificity, trade-offs and
// the system-design checklist.

import { clamp01, isGeneric } from '../text.ts';
import { countTradeoffs, designChecklist, detectHedges, matchKeyPoints, measureDomain, measureSpecificity } from '../content.ts';
import type { AnswerInput } from './input.ts';
import type { CodeStage } from './code.ts';

export type ContentResult = ReturnType<typeof contentStage>;

export function contentStage(input: AnswerInput, codeStage: CodeStage) {
  const { type, difficulty, prose, analysis, specs, topicTerms, expectedTerms, questionTerms } = input;
  const { matchSentences } = codeStage;
  const cov = matchKeyPoints(specs, matchSentences);
  const hasRubric = specs.length > 0;
  const answerTerms = new Set<string>([
    ...analysis.terms,
    ...matchSentences.flatMap((s) => [...s.terms]),
  ]);
  const topicNonGeneric = [...topicTerms].filter((t) => !isGeneric(t));
  const overlap = topicNonGeneric.filter((t) => answerTerms.has(t)).length;
  const relevance = clamp01(
    overlap / Math.max(3, Math.min(10, topicNonGeneric.length * 0.5)),
  );
  const domain = measureDomain(answerTerms, topicTerms, difficulty, type);
  const coverage = hasRubric ? cov.coverage : clamp01(0.6 * relevance + 0.4 * domain.score);

  const expectedNonGeneric = [...expectedTerms].filter((t) => !isGeneric(t) && !questionTerms.has(t));
  const expectedRecall = expectedNonGeneric.length
    ? expectedNonGeneric.filter((t) => answerTerms.has(t)).length /
      expectedNonGeneric.length
    : 0;
  const expectedNorm = clamp01(expectedRecall / 0.5);

  const hedges = detectHedges(prose);
  const hedgePenalty = Math.min(0.35, 0.06 * hedges.weight);
  const accuracy = clamp01(
    (expectedNonGeneric.length ? 0.5 * coverage + 0.25 * expectedNorm + 0.25 * domain.score : 0.65 * coverage + 0.35 * domain.score) -
      hedgePenalty,
  );

  const spec = measureSpecificity(analysis);
  const tradeoffCount = countTradeoffs(prose);
  const tradeoffs = clamp01(tradeoffCount / 2);
  const design = type === 'system_design' ? designChecklist(prose) : null;
  const missed = cov.results.filter((r) => !r.covered).map((r) => r.point);
  return {
    cov,
    hasRubric,
    answerTerms,
    overlap,
    relevance,
    domain,
    coverage,
    expectedNonGeneric,
    expectedRecall,
    hedges,
    accuracy,
    spec,
    tradeoffCount,
    tradeoffs,
    design,
    missed,
  };
}
