/**
 * The signed-in user's interviews and what is computed across them: one interview with its questions and
 * answers, the lists (history, dashboard, roles, archive), the totals and the skill scores. Creating,
 * cancelling or completing an interview changes any of them, so those mutations refresh `interviewKeys.all`.
 */
export const interviewKeys = {
  all: ['interviews'] as const,
  detail: (interviewId: string) => [...interviewKeys.all, 'detail', interviewId] as const,
  questionReveal: (questionId: string) => [...interviewKeys.all, 'question-reveal', questionId] as const,
  lists: () => [...interviewKeys.all, 'list'] as const,
  list: <Filters extends object>(userId: string, filters: Filters) => [...interviewKeys.lists(), userId, filters] as const,
  recent: () => [...interviewKeys.lists(), 'recent'] as const,
  roles: (userId: string) => [...interviewKeys.all, 'roles', userId] as const,
  archived: (userId: string) => [...interviewKeys.all, 'archived', userId] as const,
  stats: () => [...interviewKeys.all, 'stats'] as const,
  skillGaps: (userId: string) => [...interviewKeys.all, 'skill-gaps', userId] as const,
  skillProgress: (userId: string) => [...interviewKeys.all, 'skill-progress', userId] as const,
};
