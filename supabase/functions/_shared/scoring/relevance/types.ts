// Relevance: is the answer about what the question asks? One interface for
// every way of judging it (the local lexical/intent engine, the hosted Edge
// Runtime's gte-small embeddings, an LLM), so they are interchangeable.

import type { QuestionType } from '../types.ts';

/** What a question asks for; behavioral intents decide which story fits. */
export type QuestionIntent =
  | 'motivation'
  | 'conflict'
  | 'failure'
  | 'feedback'
  | 'priorities'
  | 'deadline'
  | 'influence'
  | 'explain'
  | 'achievement'
  | 'change'
  | 'customer'
  | 'ethics'
  | 'team'
  | 'help'
  | 'data'
  | 'concept'
  | 'compare'
  | 'design'
  | 'diagnose'
  | 'coding'
  | 'story'
  | 'follow_up';

export interface RelevanceInput {
  question: {
    text: string;
    type: QuestionType;
    expected_answer?: string | null;
    key_points?: string[] | null;
    /** The interview's job role, when known: widens what a story may be about. */
    role?: string | null;
  };
  /** The answer's prose (transcript for speech). */
  text: string;
  /** Submitted code, if any. */
  code?: string;
}

export interface RelevanceVerdict {
  /** 0..1: how much the answer is about the question. */
  score: number;
  onTopic: boolean;
  intent: QuestionIntent;
  /** Which engine judged: "local", "embedding:gte-small", "llm:<provider>". */
  method: string;
  /** Question terms the answer addresses (for notes), most specific first. */
  shared: string[];
  /** For an off-topic answer: a person-readable reason. */
  reason?: string;
  /** Embedding judges: the cosine similarity of answer and question. */
  similarity?: number;
}

export interface RelevanceJudge {
  readonly method: string;
  judge(input: RelevanceInput): RelevanceVerdict | Promise<RelevanceVerdict>;
}
