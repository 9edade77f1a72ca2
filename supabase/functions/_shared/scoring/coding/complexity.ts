// Time complexity: the class an answer's text claims, the class the code's structure suggests (loops nested
// with linear work, sorting, halving loops, branching recursion without memoization) and how efficient that is.

import { normalize } from '../text.ts';
import type { CodeFacts } from './scan.ts';
import type { RecursiveFunction } from './types.ts';

export const COMPLEXITY_LABELS = [
  'O(1)',
  'O(log n)',
  'O(n)',
  'O(n log n)',
  'O(n²)',
  'O(n³)',
  'O(2^n)',
];

const BIGO_RANK: Record<string, number> = {
  bigo1: 0,
  bigologn: 1,
  bigon: 2,
  bigonlogn: 3,
  bigon2: 4,
  bigon3: 5,
  bigo2n: 6,
};

/**
 * Lowest *time* complexity class mentioned in a text ("O(n) time", "linear
 * time", ...). Mentions followed by "space"/"memory" are space bounds and are
 * ignored.
 */
export function bestComplexityMentioned(text: string): number | null {
  const toks = normalize(text).split(/[^a-z0-9]+/).filter(Boolean);
  let best: number | null = null;
  for (let i = 0; i < toks.length; i++) {
    const r = BIGO_RANK[toks[i]!];
    if (r === undefined) continue;
    const next = toks.slice(i + 1, i + 3).join(' ');
    if (/\b(?:space|memory|extra)\b/.test(next)) continue;
    if (best === null || r < best) best = r;
  }
  if (
    best === null && /\blinear time\b|\bsingle pass\b|\bone pass\b/i.test(text)
  ) best = 2;
  return best;
}

export interface ComplexityEstimate {
  rank: number;
  complexity: string;
  /** A recursive function calling itself twice or more without memoization on the same input. */
  branching: RecursiveFunction | undefined;
}

/** A static estimate from the code's structure; actual cost depends on input sizes. */
export function estimateComplexity(facts: CodeFacts): ComplexityEstimate {
  const { recursion, loops, binarySearch, stripped, usesSort } = facts;
  const branching = recursion.find((r) => r.selfCalls >= 2 && !r.memoized && !r.structural);
  let rank = 0;
  const depth = loops.depthWithOps;
  if (depth >= 3) rank = 5;
  else if (depth === 2) rank = 4;
  else if (depth === 1) {
    rank = binarySearch && loops.depth === 1 && !/\bfor\b/.test(stripped) ? 1 : 2;
  }
  if (usesSort) rank = Math.max(rank, 3);
  if (recursion.length > 0 && rank < 2) rank = binarySearch ? 1 : 2;
  if (branching) rank = 6;
  const complexity = COMPLEXITY_LABELS[rank]!;
  return { rank, complexity, branching };
}

/** 0..1 efficiency of the estimated complexity vs the expected one, if known. */
export function efficiencyScore(
  rank: number,
  expectedRank: number | null,
): number {
  if (expectedRank !== null) {
    if (rank <= expectedRank) return 1;
    return Math.max(0.2, 1 - 0.3 * (rank - expectedRank));
  }
  return [1, 1, 1, 0.9, 0.6, 0.4, 0.3][rank] ?? 0.5;
}
