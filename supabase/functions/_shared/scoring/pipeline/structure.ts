// Structure stage: opening, conclusion, organisation, STAR, length and
// communication (with delivery for speech).

import { clamp01, isGeneric } from '../text.ts';
import { analyzeStar, analyzeStructure } from '../star.ts';
import type { AnswerInput } from './input.ts';
import type { ContentResult } from './content.ts';
import { lengthScore } from './length.ts';

export type StructureResult = ReturnType<typeof structureStage>;

export function structureStage(input: AnswerInput, content: ContentResult) {
  const { type, code, speech, analysis, questionTerms, kpTerms, expectedTerms, minWords, maxWords, delivery } = input;
  const { hedges } = content;
  const relevantTerms = new Set(
    [...questionTerms, ...kpTerms, ...expectedTerms].filter((t) => !isGeneric(t)),
  );
  const structure = analyzeStructure(analysis, relevantTerms, {
    speech,
    behavioral: type === 'behavioral',
  });
  const star = type === 'behavioral' ? analyzeStar(analysis) : null;
  const starAny = star ?? analyzeStar(analysis);

  const words = analysis.words;
  const lenScore = type === 'coding' && code ? 1 : lengthScore(words, minWords, maxWords);
  const communication = delivery ? clamp01(0.35 * structure.score + 0.2 * lenScore + 0.45 * delivery.score) : clamp01(
    0.6 * structure.score + 0.25 * lenScore +
      0.15 * (1 - Math.min(1, hedges.weight * 0.15)),
  );
  return { structure, star, starAny, words, lenScore, communication };
}
