// What a reviewer would say about the code (notes, each saying what it saw) and a 0..1 quality score.

import { clamp01 } from '../text.ts';
import type { ComplexityEstimate } from './complexity.ts';
import type { NameQuality } from './naming.ts';
import type { CodeFacts } from './scan.ts';
import type { CodeNote } from './types.ts';

export function reviewNotes(facts: CodeFacts, names: NameQuality, estimate: ComplexityEstimate): CodeNote[] {
  const { loops, usesSort, binarySearch, recursion, usesHash, codeLines, comments, earlyReturns, lang, stripped } = facts;
  const { magicNumbers, debugPrints, longest, stub } = facts;
  const { uniqueNames, meaningful, poor } = names;
  const { rank, complexity, branching } = estimate;
  const notes: CodeNote[] = [];
  const why: string[] = [];
  if (branching) {
    why.push(
      `'${branching.name}' calls itself ${branching.selfCalls} times per call without memoization`,
    );
  }
  if (loops.depth >= 2) why.push(`loops nested ${loops.depth} deep`);
  if (loops.linearOps.length) {
    why.push(
      `linear-time ${[...new Set(loops.linearOps)].join(', ')} inside a loop`,
    );
  }
  if (usesSort) why.push('sorts the input');
  if (!why.length && loops.depth === 1) {
    why.push(
      binarySearch && rank === 1 ? 'halving search loop' : 'a single loop over the input',
    );
  }
  if (!why.length && recursion.length) {
    why.push('single recursive call per step');
  }
  notes.push({
    kind: 'info',
    text: `Estimated time complexity ${complexity}${
      why.length ? ` (${why.join('; ')})` : ''
    }; static estimate, actual cost depends on input sizes.`,
  });
  if (loops.depth >= 2 && rank >= 4) {
    notes.push({
      kind: 'negative',
      text: `Nested loops (depth ${loops.depth}) suggest O(n${
        loops.depth === 2 ? '²' : '³'
      }) if both iterate over the input; a hash map or sorting often removes a level.`,
    });
  } else if (loops.linearOps.length) {
    notes.push({
      kind: 'negative',
      text: `${
        [...new Set(loops.linearOps)].join(', ')
      } inside a loop scans the collection on every iteration (possible O(n²)); a Set/Map lookup is O(1).`,
    });
  }
  if (usesHash && rank <= 3) {
    notes.push({
      kind: 'positive',
      text: 'Uses a hash map/set for constant-time lookups.',
    });
  }
  for (const r of recursion) {
    if (!r.hasBaseCase) {
      notes.push({
        kind: 'negative',
        text:
          `Recursive function '${r.name}' has no obvious base case (no 'if … return' before the recursive call): risk of infinite recursion.`,
      });
    }
    if (r.selfCalls >= 2 && !r.memoized && !r.structural) {
      notes.push({
        kind: 'negative',
        text: `'${r.name}' branches into ${r.selfCalls} recursive calls without memoization: likely exponential time.`,
      });
    } else if (r.memoized) {
      notes.push({
        kind: 'positive',
        text: `'${r.name}' is recursive with memoization.`,
      });
    }
  }
  if (uniqueNames.length >= 3) {
    const ratio = meaningful / uniqueNames.length;
    if (ratio >= 0.85) {
      notes.push({
        kind: 'positive',
        text: 'Descriptive variable and function names.',
      });
    } else if (poor.length) {
      notes.push({
        kind: 'negative',
        text: `Unclear names: ${poor.slice(0, 4).join(', ')}; prefer names that say what the value holds.`,
      });
    }
  }
  if (codeLines >= 15 && comments.length === 0) {
    notes.push({
      kind: 'negative',
      text: `No comments in ${codeLines} lines of code; a short comment on the approach helps reviewers.`,
    });
  } else if (comments.length > 0 && codeLines >= 5) {
    notes.push({ kind: 'positive', text: 'Comments explain the approach.' });
  }
  if (earlyReturns > 0) {
    notes.push({
      kind: 'positive',
      text: `Guard clauses handle special cases up front (${earlyReturns}).`,
    });
  }
  if (
    lang === 'c-like' && /\bvar\s+[A-Za-z_$]/.test(stripped) &&
    /\b(?:function|=>)/.test(stripped)
  ) {
    notes.push({
      kind: 'negative',
      text: "Uses 'var'; prefer 'const'/'let' for block scoping.",
    });
  }
  if (
    magicNumbers.length >= 2 ||
    magicNumbers.some((v) => Math.abs(Number(v)) >= 100)
  ) {
    notes.push({
      kind: 'negative',
      text: `Magic numbers (${magicNumbers.join(', ')}); name them as constants.`,
    });
  }
  if (debugPrints > 0) {
    notes.push({
      kind: 'negative',
      text: `Leftover debug output (${debugPrints} console.log/print statement${debugPrints > 1 ? 's' : ''}).`,
    });
  }
  if (longest > 60) {
    notes.push({
      kind: 'negative',
      text: `A function is ${longest} lines long; split it into smaller helpers.`,
    });
  }
  if (stub) {
    notes.push({
      kind: 'negative',
      text: 'The code is a stub or placeholder, not a solution.',
    });
  }
  return notes;
}

export function qualityScore(facts: CodeFacts, names: NameQuality): number {
  const { codeLines, comments, earlyReturns, fns, magicNumbers, debugPrints, recursion, longest, lang, stripped, allLines, stub } = facts;
  const { uniqueNames, meaningful } = names;
  let q = 0.7;
  if (uniqueNames.length) q += (meaningful / uniqueNames.length - 0.7) * 0.3;
  if (codeLines >= 8 && comments.length > 0) q += 0.08;
  if (codeLines >= 15 && comments.length === 0) q -= 0.05;
  if (earlyReturns > 0) q += 0.05;
  if (fns.length > 0) q += 0.05;
  if (
    magicNumbers.length >= 2 ||
    magicNumbers.some((v) => Math.abs(Number(v)) >= 100)
  ) q -= 0.08;
  if (debugPrints > 0) q -= 0.04;
  if (recursion.some((r) => !r.hasBaseCase)) q -= 0.2;
  if (longest > 60) q -= 0.08;
  if (lang === 'c-like' && /\bvar\s+\w/.test(stripped)) q -= 0.03;
  if (allLines.some((l) => l.length > 140)) q -= 0.03;
  return stub ? 0.1 : clamp01(q);
}
