/** The follow-up reasons the `follow-up` edge function returns, in plain words for the candidate. */
export const FOLLOW_UP_REASONS = [
  'missing_situation',
  'missing_task',
  'missing_action',
  'missing_result',
  'vague_claim',
  'missing_key_point',
  'too_short',
  'complete',
  'already_asked',
] as const;
export type FollowUpReason = (typeof FOLLOW_UP_REASONS)[number];

const PLAIN: Record<string, string> = {
  missing_situation: "Your answer didn't set the scene: where you were and what was at stake.",
  missing_task: "Your answer didn't say what you were responsible for.",
  missing_action: "Your answer didn't say which steps you took yourself.",
  missing_result: "Your answer didn't say what the result was.",
  vague_claim: 'Your answer made a claim without a number to back it up.',
  missing_key_point: 'Your answer left out a point the interviewer was looking for.',
  too_short: 'Your answer was short, so the interviewer wants to hear more.',
};

/** Why the interviewer asked, for people (unknown or generic reasons get a neutral sentence). */
export function followUpReasonText(reason: string): string {
  return PLAIN[reason] ?? 'The interviewer wants to hear a bit more about your answer.';
}
