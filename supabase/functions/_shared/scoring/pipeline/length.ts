// Expected answer length per question type and difficulty.

import type { Difficulty, QuestionType } from '../types.ts';

const TYPE_LENGTH: Record<QuestionType, [number, number]> = {
  technical: [50, 380],
  behavioral: [110, 500],
  system_design: [150, 800],
  coding: [15, 400],
};
const DIFF_MUL: Record<Difficulty, number> = {
  easy: 0.7,
  medium: 1,
  hard: 1.25,
};

export function expectedLength(
  type: QuestionType,
  difficulty: Difficulty,
): { min: number; max: number } {
  const [min, max] = TYPE_LENGTH[type];
  const mul = DIFF_MUL[difficulty] ?? 1;
  return { min: Math.round(min * mul), max: Math.round(max * mul) };
}

export function lengthScore(words: number, min: number, max: number): number {
  if (words < min) return Math.pow(words / min, 0.8);
  if (words > max) return Math.max(0.55, 1 - (words - max) / (2 * max));
  return 1;
}
