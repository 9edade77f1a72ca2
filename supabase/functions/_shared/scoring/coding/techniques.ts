// The techniques the code uses, as pseudo-sentences ("(code) uses a hash map…") that key points are matched
// against, so a key point such as "use a hash map, O(n)" can be covered by the code itself.

import { codeConcepts } from '../code_concepts.ts';
import type { ComplexityEstimate } from './complexity.ts';
import type { CodeFacts } from './scan.ts';

export function techniqueSentences(facts: CodeFacts, estimate: ComplexityEstimate): string[] {
  const { usesHash, usesSort, stripped, binarySearch, recursion, loops, edgeGuards, returnsInLoop } = facts;
  const { complexity } = estimate;
  const concepts: string[] = [];
  if (usesHash) {
    concepts.push('(code) uses a hash map / set for constant time lookups');
  }
  if (usesSort) concepts.push('(code) sorts the input first');
  if (
    /while\s*\(?\s*(?:left|lo|l|i|start)\s*<=?\s*(?:right|hi|r|j|end)\b/.test(
      stripped,
    )
  ) {
    concepts.push('(code) uses two pointers moving towards each other');
  }
  if (binarySearch) {
    concepts.push('(code) uses binary search, halving the range each step');
  }
  if (
    /\bstack\b/i.test(stripped) && /\.(?:push|append)\(/.test(stripped) &&
    /\.pop\(\)/.test(stripped)
  ) {
    concepts.push('(code) uses a stack');
  }
  if (/\b(?:queue|deque)\b/i.test(stripped)) {
    concepts.push('(code) uses a queue');
  }
  if (recursion.length) {
    concepts.push(
      `(code) is recursive${recursion.some((r) => r.memoized) ? ' with memoization' : ''}`,
    );
  }
  if (loops.depth === 1 && !usesSort && !loops.linearOps.length) {
    concepts.push('(code) makes a single pass over the input');
  }
  if (edgeGuards) {
    concepts.push('(code) handles edge cases such as empty input');
  }
  if (returnsInLoop) {
    concepts.push('(code) returns early as soon as the result is found');
  }
  concepts.push(...codeConcepts(stripped));
  if (recursion.some((r) => r.structural)) concepts.push('(code) recursion on nested values');
  concepts.push(`(code) estimated time complexity ${complexity}`);
  return concepts;
}
