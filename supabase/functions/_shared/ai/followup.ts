// Rule-based follow-up decision (the local engine for `follow-up`), asked only for a real gap in the actual
// answer: a missing STAR component of a story, a claim of one's own outcome without any number, a key point the answer
// (text or code) does not cover, or a short answer. Never for what is there, and never for an answer that is not
// one (gibberish, off topic, empty): the evaluation's feedback says what is wrong with it instead.
import type { Evaluation } from '../scoring/index.ts';
import type { FollowUpDecision } from './schemas.ts';

const CLAIM_RE =
  /\b(improv\w*|increas\w*|reduc\w*|optimi[sz]\w*|boost\w*|sped up|speed(ed)? up|faster|better|grew|saved|cut|lower(ed)?|scal\w+|significant(ly)?|a lot|huge|massive(ly)?)\b/i;
const NUMBER_RE = /\d|\b(percent|half|double[ds]?|twice|tripled?|ten|hundred|thousand|million)\b/i;

const OWN_CLAIM_RE = /\b(?:i|we|our|my)\b/i;

/**
 * A claim of one's own outcome ("we reduced load times a lot") with no number anywhere in the answer. Conceptual
 * statements ("an index makes reads faster") are not claims to quantify, and an answer that already gives numbers
 * has put a number on it.
 */
export function vagueClaim(answer: string, { story = false }: { story?: boolean } = {}): string | undefined {
  if (NUMBER_RE.test(answer)) return undefined;
  for (const sentence of answer.split(/(?<=[.!?])\s+/)) {
    // In a story every outcome is the candidate's own ("it made deploys faster"); elsewhere only "I/we" claims are.
    if (CLAIM_RE.test(sentence) && (story || OWN_CLAIM_RE.test(sentence))) return sentence.trim();
  }
  return undefined;
}

const STAR_QUESTIONS: Record<'situation' | 'task' | 'action' | 'result', string> = {
  situation: 'Can you set the scene first: where was this, what was the team and what was at stake?',
  task: 'What exactly were you responsible for in that situation, as opposed to the rest of the team?',
  action: 'Walk me through the specific steps you personally took. What did you do first, and why?',
  result: 'How did it turn out? What was the measurable outcome, and what did you learn from it?',
};

/**
 * The follow-up for a missed key point. Key points are noun phrases, clauses or fragments ("re-render produces new
 * element tree", "O(n) time"), so the point is quoted as a topic, never spliced into a sentence as its subject.
 */
export function keyPointQuestion(point: string): string {
  const topic = point.trim().replace(/[.?!;:,]+$/, '').replace(/\s+/g, ' ');
  const clipped = topic.length > 200 ? `${topic.slice(0, 197)}…` : topic;
  return `Let's go one level deeper. Can you also cover this point: "${clipped}"? How does it apply here?`;
}

/** The answer keys of a follow-up question: what a complete answer to it must cover. */
export interface FollowUpKeys {
  expected_answer: string;
  key_points: string[];
}

const REASON_KEYS: Record<string, string[]> = {
  missing_situation: ['context of the situation and what was at stake'],
  missing_task: ["the candidate's own responsibility, as opposed to the team's"],
  missing_action: ['specific steps the candidate personally took', 'reasoning behind those steps'],
  missing_result: ['measurable result of the actions', 'lesson learned'],
  vague_claim: ['concrete number for the claimed change', 'before and after values', 'how the change was measured'],
  too_short: ['concrete example from own experience', 'reasoning behind the approach'],
};

/**
 * Derives the answer keys of a follow-up from why it was asked (missing STAR result → "measurable result of the
 * actions", a missed key point → that key point). Stored on the follow-up's interview_questions row so that its
 * answer is scored like any other.
 */
export function followUpKeys(reason: string, context: { missedKeyPoint?: string | null } = {}): FollowUpKeys {
  const keyPoints = reason === 'missing_key_point' && context.missedKeyPoint
    ? [context.missedKeyPoint.trim().replace(/[.;:,]+$/, '')]
    : REASON_KEYS[reason] ?? ['more detail on the original answer', 'concrete example from own experience'];
  return { expected_answer: `A complete answer to this follow-up covers: ${keyPoints.join('; ')}.`, key_points: keyPoints };
}

export function decideFollowUp(questionType: string, answer: string, evaluation: Evaluation): FollowUpDecision {
  const words = answer.trim().split(/\s+/).filter(Boolean).length;
  const reason = evaluation.validity.reason;
  if (!evaluation.validity.valid && reason !== 'too_short') {
    // Gibberish, off topic, a copy of the question, empty: asking to "expand on that" would be absurd.
    return { follow_up: null, reason: 'not_an_answer' };
  }
  if (!evaluation.validity.valid || words < 25) {
    return {
      follow_up: 'Could you expand on that? Give me a concrete example from your own experience and explain your reasoning.',
      reason: 'too_short',
    };
  }
  if (questionType === 'behavioral' && evaluation.star) {
    for (const part of ['result', 'action', 'situation', 'task'] as const) {
      if (!evaluation.star[part].found) return { follow_up: STAR_QUESTIONS[part], reason: `missing_${part}` };
    }
  }
  const claim = vagueClaim(answer, { story: questionType === 'behavioral' });
  if (claim) {
    const quoted = claim.length > 140 ? `${claim.slice(0, 137)}…` : claim;
    return {
      follow_up: `You said: "${quoted}" — can you put a number on that? What was the before and after, and how did you measure it?`,
      reason: 'vague_claim',
    };
  }
  // missed_key_points are judged by meaning (paraphrases, and code that implements a point count as covered).
  if (questionType !== 'behavioral' && evaluation.missed_key_points.length && evaluation.score < 75) {
    return { follow_up: keyPointQuestion(evaluation.missed_key_points[0]!), reason: 'missing_key_point' };
  }
  return { follow_up: null, reason: 'complete' };
}
