import i18next from 'i18next';
import '../i18n';

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

/** Reasons with words of their own (`interview:followUpReasons.<reason>`). */
const EXPLAINED: readonly string[] = [
  'missing_situation',
  'missing_task',
  'missing_action',
  'missing_result',
  'vague_claim',
  'missing_key_point',
  'too_short',
];

/** Why the interviewer asked, for people (unknown or generic reasons get a neutral sentence). */
export function followUpReasonText(reason: string): string {
  return EXPLAINED.includes(reason) ? i18next.t(`interview:followUpReasons.${reason}`) : i18next.t('interview:followUpReasons.other');
}
