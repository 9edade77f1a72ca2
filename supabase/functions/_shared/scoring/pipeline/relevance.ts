// Relevance stage: an answer that is not about the question is told so and
// scored as invalid (off topic), whatever its quality as an answer to
// something else. The verdict may come from another judge (embeddings, LLM).

import { judgeRelevanceLocally, type RelevanceInput, type RelevanceVerdict } from '../relevance/index.ts';
import type { ScoringAnswer, ScoringQuestion } from '../types.ts';
import { type AnswerInput, proseAndCode } from './input.ts';

/** What a relevance judge reads of a question and its answer (the same prose and code the local stage reads). */
export function relevanceInputOf(question: ScoringQuestion, answer: ScoringAnswer): RelevanceInput {
  const { prose, code } = proseAndCode(question, answer);
  const q = question;
  return {
    question: { text: q.text, type: q.type, expected_answer: q.expected_answer, key_points: q.key_points, role: q.role },
    text: prose,
    code,
  };
}

export function relevanceStage(input: AnswerInput, given?: RelevanceVerdict): RelevanceVerdict {
  if (given) return given;
  const q = input.question;
  return judgeRelevanceLocally({
    question: { text: q.text, type: q.type, expected_answer: q.expected_answer, key_points: q.key_points, role: q.role },
    text: input.prose,
    code: input.code,
  });
}
