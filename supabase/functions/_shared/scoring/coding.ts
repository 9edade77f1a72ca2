// Coding signals: test results passed in by the runner, plus static,
// language-agnostic heuristics over the submitted code (JS/TS/Java/C-like and
// Python). These are hints, not proofs: every note says what it saw.
// The parts live in coding/: scan (facts), naming, complexity, review (notes,
// quality), techniques (sentences for key points), tests (correctness).

import { estimateComplexity } from './coding/complexity.ts';
import { nameQuality } from './coding/naming.ts';
import { qualityScore, reviewNotes } from './coding/review.ts';
import { scanCode } from './coding/scan.ts';
import { techniqueSentences } from './coding/techniques.ts';
import type { CodeReport } from './coding/types.ts';

export type { CodeNote, CodeReport, Language, RecursiveFunction } from './coding/types.ts';
export { bestComplexityMentioned, COMPLEXITY_LABELS, efficiencyScore } from './coding/complexity.ts';
export { detectLanguage, stripCode } from './coding/scan.ts';
export { correctnessFrom, type CorrectnessResult } from './coding/tests.ts';

/**
 * `givenNames`: names the question itself fixes (its function signature's parameters, e.g. `isAnagram(s, t)`), which
 * are never reported as unclear.
 */
export function analyzeCode(code: string, givenNames: ReadonlySet<string> = new Set()): CodeReport {
  const facts = scanCode(code);
  const names = nameQuality(facts.stripped, facts.lang, givenNames);
  const estimate = estimateComplexity(facts);
  return {
    language: facts.lang,
    lines: facts.lines,
    codeLines: facts.codeLines,
    commentLines: facts.commentLines,
    maxLoopDepth: facts.loops.depth,
    linearOpsInLoops: facts.loops.linearOps,
    usesSort: facts.usesSort,
    usesHash: facts.usesHash,
    binarySearch: facts.binarySearch,
    recursion: facts.recursion,
    functions: facts.fns.length,
    names: { total: names.uniqueNames.length, meaningful: names.meaningful, poor: names.poor },
    earlyReturns: facts.earlyReturns,
    edgeGuards: facts.edgeGuards,
    magicNumbers: facts.magicNumbers,
    debugPrints: facts.debugPrints,
    stub: facts.stub,
    complexity: estimate.complexity,
    complexityRank: estimate.rank,
    concepts: techniqueSentences(facts, estimate),
    comments: facts.comments,
    notes: reviewNotes(facts, names, estimate),
    quality: qualityScore(facts, names),
  };
}
