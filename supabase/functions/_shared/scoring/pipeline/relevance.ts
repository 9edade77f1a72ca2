// Relevance stage: an answer that is not about the question is told so and
// scored as invalid (off topic), whatever its quality as an answer to
// something else. The verdict may come from another judge (embeddings, LLM).

import { judgeRelevanceLocally, type RelevanceVerdict } from '../relevance/index.ts';
import type { AnswerInput } from './input.ts';

export function relevanceStage(input: AnswerInput, given?: RelevanceVerdict): RelevanceVerdict {
  if (given) return given;
  const q = input.question;
  return judgeRelevanceLocally({
    question: { text: q.text, type: q.type, expected_answer: q.expected_answer, key_points: q.key_points, role: q.role },
    text: input.prose,
    code: input.code,
  });
}
