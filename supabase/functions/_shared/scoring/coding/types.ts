// The report of the static code analysis and its parts.

import type { CodingAnalysis } from '../types.ts';

export type Language = CodingAnalysis['language'];

export interface CodeNote {
  text: string;
  kind: 'positive' | 'negative' | 'info';
}

export interface RecursiveFunction {
  name: string;
  selfCalls: number;
  hasBaseCase: boolean;
  memoized: boolean;
  /** Recurses on parts of its input (a[key], node.left): linear, not exponential. */
  structural: boolean;
}

export interface CodeReport {
  language: Language;
  lines: number;
  codeLines: number;
  commentLines: number;
  maxLoopDepth: number;
  linearOpsInLoops: string[];
  usesSort: boolean;
  usesHash: boolean;
  binarySearch: boolean;
  recursion: RecursiveFunction[];
  functions: number;
  names: { total: number; meaningful: number; poor: string[] };
  earlyReturns: number;
  edgeGuards: boolean;
  magicNumbers: string[];
  debugPrints: number;
  stub: boolean;
  complexity: string;
  complexityRank: number;
  /** Pseudo-sentences describing detected techniques, for key-point matching. */
  concepts: string[];
  comments: string[];
  notes: CodeNote[];
  quality: number;
}
