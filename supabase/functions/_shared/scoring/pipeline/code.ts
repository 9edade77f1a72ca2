// Code stage: static analysis of submitted code (its comments and detected
// techniques become extra sentences for key-point matching), then the coding
// signals: correctness, efficiency, explanation and edge cases.

import { clamp01, type SentenceInfo, splitSentences } from '../text.ts';
import { matchKeyPoints } from '../content.ts';
import { analyzeCode, bestComplexityMentioned, type CodeReport, correctnessFrom, efficiencyScore } from '../coding.ts';
import { type AnswerInput, fakeSentence } from './input.ts';
import type { ContentResult } from './content.ts';
import type { StructureResult } from './structure.ts';

/** Identifiers the question's own signature fixes, e.g. `isAnagram(s, t)` -> isAnagram, s, t. */
export function signatureNames(questionText: string): Set<string> {
  const names = new Set<string>();
  for (const m of questionText.matchAll(/\b([A-Za-z_$][\w$]*)\s*\(([^()]*)\)/g)) {
    names.add(m[1]!);
    for (const p of m[2]!.split(',')) {
      const id = p.trim().match(/^[A-Za-z_$][\w$]*/);
      if (id) names.add(id[0]);
    }
  }
  return names;
}

export function analyzeCodeStage(input: AnswerInput) {
  const { type, code, analysis, question } = input;
  const codeReport: CodeReport | null = type === 'coding' && code ? analyzeCode(code, signatureNames(question.text)) : null;
  const matchSentences: SentenceInfo[] = [...analysis.sentences];
  if (codeReport) {
    let idx = matchSentences.length;
    for (const c of codeReport.comments) {
      for (const s of splitSentences(c)) {
        matchSentences.push(fakeSentence(`(code comment) ${s}`, idx++));
      }
    }
    for (const c of codeReport.concepts) {
      matchSentences.push(fakeSentence(c, idx++));
    }
  }
  return { codeReport, matchSentences };
}

export type CodeStage = ReturnType<typeof analyzeCodeStage>;

export function codeSignals(input: AnswerInput, codeStage: CodeStage, content: ContentResult, structureResult: StructureResult) {
  const { type, question, answer, expected, specs, analysis, prose } = input;
  const { codeReport } = codeStage;
  const { hasRubric, coverage } = content;
  const { words, structure } = structureResult;
  const expectedRank = type === 'coding'
    ? bestComplexityMentioned(
      `${expected} ${(question.key_points ?? []).join(' ')}`,
    )
    : null;
  const proseCoverage = codeReport && hasRubric ? matchKeyPoints(specs, analysis.sentences).coverage : coverage;
  const correctness = type === 'coding' ? correctnessFrom(answer.test_results, codeReport, { coverage }) : null;
  const rawEfficiency = codeReport ? efficiencyScore(codeReport.complexityRank, expectedRank) : 0;
  // A fast wrong answer is not efficient: scale by verified/estimated correctness.
  const efficiency = rawEfficiency * (0.4 + 0.6 * (correctness?.score ?? 0));
  const complexityStated = bestComplexityMentioned(prose) !== null;
  const explanation = words < 10 ? 0.25 : clamp01(
    0.35 * structure.score + 0.35 * proseCoverage +
      0.3 * (complexityStated ? 1 : 0),
  );
  const edgeMention = /\b(edge cases?|corner cases?|empty (?:array|input|list|string)|null|duplicates?|negative)\b/i
    .test(prose);
  const edgeCases = codeReport
    ? (codeReport.edgeGuards && edgeMention ? 1 : codeReport.edgeGuards || edgeMention ? 0.8 : 0.3)
    : edgeMention
    ? 0.5
    : 0.1;

  return { expectedRank, proseCoverage, correctness, rawEfficiency, efficiency, complexityStated, explanation, edgeMention, edgeCases };
}
