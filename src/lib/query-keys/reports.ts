/**
 * Interview reports: everything about one interview's report sits under `reportKeys.interview(id)` (the
 * report, its summary, the transcript, the share links), so completing the interview refreshes all of it.
 */
export const reportKeys = {
  all: ['reports'] as const,
  interview: (interviewId: string) => [...reportKeys.all, 'interview', interviewId] as const,
  detail: (interviewId: string) => [...reportKeys.interview(interviewId), 'report'] as const,
  summary: (userId: string, interviewId: string) => [...reportKeys.interview(interviewId), 'summary', userId] as const,
  transcript: (userId: string, interviewId: string) => [...reportKeys.interview(interviewId), 'transcript', userId] as const,
  shares: (interviewId: string) => [...reportKeys.interview(interviewId), 'shares'] as const,
  /** A signed link to one recorded answer (valid for minutes, so never shared across answers). */
  recording: (path: string) => [...reportKeys.all, 'recording', path] as const,
  /** A report opened through its share link, without an account. */
  shared: (token: string) => [...reportKeys.all, 'shared', token] as const,
};
