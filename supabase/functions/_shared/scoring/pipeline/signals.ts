// Signals: every stage's findings as numbers in 0..1 with a one-line note
// (the notes become the criteria rationales).

import { clamp01 } from '../text.ts';
import { COMPLEXITY_LABELS } from '../coding.ts';
import type { Signal, SignalKey } from './criteria.ts';
import type { AnswerInput } from './input.ts';
import type { CodeStage } from './code.ts';
import type { ContentResult } from './content.ts';
import type { StructureResult } from './structure.ts';
import type { codeSignals } from './code.ts';
import { lowerFirst, pct, short } from './format.ts';

export function buildSignals(
  input: AnswerInput,
  codeStage: CodeStage,
  content: ContentResult,
  structureResult: StructureResult,
  coding: ReturnType<typeof codeSignals>,
) {
  const { delivery, minWords, maxWords, analysis } = input;
  const { codeReport } = codeStage;
  const {
    cov,
    hasRubric,
    overlap,
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
  } = content;
  const { structure, star, starAny, words, lenScore, communication } = structureResult;
  const { expectedRank, correctness, efficiency, complexityStated, explanation, edgeMention, edgeCases } = coding;
  const impact = star
    ? star.star.result.found ? (star.resultQuantified ? 1 : 0.55) : spec.metrics.length ? 0.4 : 0.1
    : clamp01(spec.metrics.length / 2);
  const signals: Record<SignalKey, Signal> = {
    coverage: {
      value: coverage,
      note: hasRubric
        ? `covers ${cov.covered}/${cov.total} key points${
          missed.length
            ? ` (missed: ${missed.slice(0, 2).map((m) => `'${short(m, 60)}'`).join(', ')}${missed.length > 2 ? ', …' : ''})`
            : ''
        }`
        : `no key points or expected answer given; ${overlap} question terms addressed`,
    },
    accuracy: {
      value: accuracy,
      note: `${domain.hits.length} domain term${domain.hits.length === 1 ? '' : 's'} used` +
        (expectedNonGeneric.length ? `, ${pct(expectedRecall)}% of the expected answer's key vocabulary` : '') +
        (hedges.count ? `, hedging x${hedges.count} ('${hedges.examples[0]}')` : ', no hedging'),
    },
    specificity: {
      value: spec.score,
      note:
        `${
          spec.metrics.length ? `metrics: ${spec.metrics.slice(0, 3).join(', ')}` : 'no metrics'
        }, ${spec.examples} concrete-example marker${spec.examples === 1 ? '' : 's'}` +
        (spec.tools.length ? `, names ${spec.tools.slice(0, 4).join(', ')}` : ''),
    },
    structure: {
      value: structure.score,
      note:
        `${
          structure.openingDirect ? 'direct opening' : structure.openingStall ? 'opens by stalling' : 'opening does not answer directly'
        }, ` +
        `${
          structure.hasConclusion ? 'clear conclusion' : analysis.sentences.length < 3 ? 'too short for a conclusion' : 'no conclusion'
        }, ` +
        `${structure.avgSentenceWords} words per sentence on average`,
    },
    communication: {
      value: communication,
      note:
        `${structure.openingDirect ? 'direct opening' : 'indirect opening'}, ${
          structure.hasConclusion ? 'clear conclusion' : 'no clear conclusion'
        }, ${words} words` +
        (delivery
          ? `, ${
            delivery.analysis.wpm !== null ? `${delivery.analysis.wpm} wpm (${delivery.analysis.pace})` : 'pace unknown'
          }, ${delivery.analysis.filler_count} filler words`
          : ''),
    },
    length: {
      value: lenScore,
      note: `${words} words (expected ${minWords}-${maxWords})`,
    },
    star: {
      value: starAny.score,
      note: `STAR: ${
        (['situation', 'task', 'action', 'result'] as const).map((k) => `${k} ${starAny.star[k].found ? 'found' : 'missing'}`).join(', ')
      }`,
    },
    impact: {
      value: impact,
      note: star
        ? star.resultQuantified ? 'result is quantified' : star.star.result.found ? 'result stated but not quantified' : 'no clear result'
        : `${spec.metrics.length} metric${spec.metrics.length === 1 ? '' : 's'}`,
    },
    ownership: {
      value: starAny.ownership,
      note: `${starAny.iActions} first-person action${starAny.iActions === 1 ? '' : 's'} vs ${starAny.weActions} "we" action${
        starAny.weActions === 1 ? '' : 's'
      }`,
    },
    reflection: {
      value: starAny.reflection ? 1 : 0.3,
      note: starAny.reflection ? 'reflects on what was learned' : 'no reflection or lesson learned',
    },
    tradeoffs: {
      value: tradeoffs,
      note: tradeoffCount ? `${tradeoffCount} trade-off/limitation marker${tradeoffCount === 1 ? '' : 's'}` : 'no trade-offs discussed',
    },
    design: {
      value: design ? design.score : coverage,
      note: design
        ? `design checklist ${design.items.filter((i) => i.found).length}/${design.items.length}` +
          (design.items.some((i) => !i.found)
            ? ` (missing: ${design.items.filter((i) => !i.found).map((i) => i.id.replace('_', ' ')).join(', ')})`
            : '')
        : 'design checklist not applicable',
    },
    correctness: {
      value: correctness?.score ?? 0,
      note: correctness?.rationale ?? 'not a coding question',
    },
    efficiency: {
      value: efficiency,
      note: codeReport
        ? `estimated ${codeReport.complexity}${expectedRank !== null ? ` vs expected ${COMPLEXITY_LABELS[expectedRank]}` : ''}`
        : 'no code to analyse',
    },
    codeQuality: {
      value: codeReport?.quality ?? 0,
      note: codeReport
        ? codeReport.notes.filter((n) => !n.text.startsWith('Estimated')).slice(
          0,
          2,
        ).map((n) => lowerFirst(n.text.replace(/\.$/, ''))).join('; ') ||
          'no notable quality signals'
        : 'no code to analyse',
    },
    explanation: {
      value: explanation,
      note: `${words} words of explanation${complexityStated ? ', states the complexity' : ', complexity not stated'}`,
    },
    edgeCases: {
      value: edgeCases,
      note: codeReport?.edgeGuards ? 'code guards edge cases' : edgeMention ? 'mentions edge cases' : 'edge cases not addressed',
    },
  };
  return { impact, signals };
}
