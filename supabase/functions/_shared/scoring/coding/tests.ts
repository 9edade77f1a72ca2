// Correctness from the test run: passing tests decide it; without a run it is estimated from static signals
// and capped, so untested code never scores like tested code.

import type { TestResults } from '../types.ts';
import type { CodeReport } from './types.ts';

export interface CorrectnessResult {
  score: number;
  verified: boolean;
  passed: number | null;
  total: number | null;
  rationale: string;
}

export function correctnessFrom(
  results: TestResults | null | undefined,
  report: CodeReport | null,
  estimateInputs: { coverage: number },
): CorrectnessResult {
  if (results && results.total > 0) {
    const passed = Math.max(0, Math.min(results.total, results.passed));
    return {
      score: passed / results.total,
      verified: true,
      passed,
      total: results.total,
      rationale: `passes ${passed}/${results.total} test cases`,
    };
  }
  if (!report) {
    return {
      score: 0,
      verified: false,
      passed: null,
      total: null,
      rationale: 'no code submitted',
    };
  }
  if (report.stub) {
    return {
      score: 0.05,
      verified: false,
      passed: null,
      total: null,
      rationale: 'code is a stub',
    };
  }
  const est = Math.min(
    0.6,
    0.3 + 0.2 * report.quality + 0.25 * estimateInputs.coverage,
  );
  return {
    score: est,
    verified: false,
    passed: null,
    total: null,
    rationale: 'tests were not run, so correctness is estimated from static signals (capped at 60)',
  };
}
