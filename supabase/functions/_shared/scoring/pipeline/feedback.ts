// Feedback: a 2-4 sentence summary with the verdict, the strongest point,
// the biggest gap and (speech) the delivery.

import { lowerFirst } from './format.ts';
import type { AnswerInput } from './input.ts';
import type { ContentResult } from './content.ts';
import type { codeSignals } from './code.ts';

export function feedbackSentences(
  input: AnswerInput,
  content: ContentResult,
  coding: ReturnType<typeof codeSignals>,
  score: number,
  strengthList: string[],
  weaknessList: string[],
  outline: string[],
): string {
  const { delivery } = input;
  const { cov, hasRubric } = content;
  const { correctness } = coding;
  const verdict = score >= 85
    ? 'Excellent answer'
    : score >= 70
    ? 'Strong answer'
    : score >= 55
    ? 'Solid answer with gaps'
    : score >= 40
    ? 'Partial answer'
    : 'Weak answer';
  const sentences: string[] = [];
  let first = `${verdict} (${score}/100)`;
  if (hasRubric) {
    first += `: it covers ${cov.covered} of ${cov.total} key points`;
  } else if (correctness?.verified) first += `: it ${correctness.rationale}`;
  sentences.push(first + '.');
  if (strengthList[0]) {
    sentences.push(
      `Strongest point: ${lowerFirst(strengthList[0]).replace(/\.$/, '')}.`,
    );
  }
  if (weaknessList[0]) {
    sentences.push(
      `Biggest gap: ${lowerFirst(weaknessList[0]).replace(/\.$/, '')}.`,
    );
  }
  if (delivery && delivery.analysis.wpm !== null && sentences.length < 4) {
    sentences.push(
      `Delivery: ${delivery.analysis.wpm} words per minute (${delivery.analysis.pace}) with ${delivery.analysis.filler_count} filler word${
        delivery.analysis.filler_count === 1 ? '' : 's'
      }.`,
    );
  }
  if (sentences.length < 2) {
    sentences.push(
      outline[0] ? `Next time, follow this outline, starting with: ${lowerFirst(outline[0])}.` : 'Keep practising this question type.',
    );
  }
  return sentences.slice(0, 4).join(' ');
}
