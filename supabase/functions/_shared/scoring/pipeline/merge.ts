// Merge: the criteria's weighted score, the ceilings (length, missing or
// stub code, failing tests), the floor for valid answers, and the dimensions.

import { pct } from './format.ts';
import type { Signal, SignalKey } from './criteria.ts';
import type { AnswerInput } from './input.ts';
import type { codeSignals, CodeStage } from './code.ts';
import type { ContentResult } from './content.ts';
import type { StructureResult } from './structure.ts';
import { VALID_MIN_SCORE } from './version.ts';

export function mergeScore(
  input: AnswerInput,
  codeStage: CodeStage,
  content: ContentResult,
  structureResult: StructureResult,
  coding: ReturnType<typeof codeSignals>,
  signals: Record<SignalKey, Signal>,
  impact: number,
  raw: number,
) {
  const { type, code, minWords } = input;
  const { codeReport } = codeStage;
  const { coverage, accuracy, spec, design } = content;
  const { star, words, communication } = structureResult;
  const { correctness, efficiency } = coding;
  let ceiling = 100;
  let testFactor = 1;
  const capReasons: string[] = [];
  if (!(type === 'coding' && code)) {
    const lenCap = 40 + 60 * Math.min(1, words / minWords);
    if (lenCap < ceiling) {
      ceiling = lenCap;
      if (lenCap < 100) capReasons.push('length');
    }
  }
  if (type === 'coding') {
    if (!code) {
      ceiling = Math.min(ceiling, 40);
      capReasons.push('no code');
    } else if (codeReport?.stub) {
      ceiling = Math.min(ceiling, 20);
      capReasons.push('stub');
    } else if (correctness?.verified && correctness.score < 1) {
      // Passing tests dominate: a solution that fails any test is wrong, whatever its style. The score is scaled
      // (0/n -> x0.3, 5/6 -> x0.63) rather than capped, so two failing solutions still rank by their other merits.
      testFactor = 0.3 + 0.4 * correctness.score;
      capReasons.push('failing tests');
    }
  }
  // Valid answers never score below the highest score an invalid answer can get.
  const score = Math.round(Math.max(VALID_MIN_SCORE, Math.min(raw * testFactor, ceiling)));

  // ----- dimensions -----
  let technical: number;
  if (type === 'coding') {
    technical = 0.45 * signals.correctness.value + 0.2 * efficiency +
      0.2 * signals.codeQuality.value + 0.15 * coverage;
  } else if (type === 'behavioral') {
    technical = 0.7 * coverage + 0.3 * spec.score;
  } else {technical = 0.5 * coverage + 0.3 * accuracy +
      0.2 * (type === 'system_design' ? (design?.score ?? 0) : spec.score);}
  const behavioral = star
    ? 0.45 * star.score + 0.2 * impact + 0.15 * star.ownership +
      0.2 * spec.score
    : 0.5 * communication + 0.5 * spec.score;
  const capFactor = score < raw ? score / Math.max(1, raw) : 1;
  const dimensions = {
    communication: pct(communication * capFactor),
    technical: pct(technical * capFactor),
    behavioral: pct(behavioral * capFactor),
  };
  return { score, dimensions, capReasons };
}
