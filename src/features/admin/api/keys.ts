/** The admin console's reads. Running a lifecycle job can change any of them, so it refreshes `adminKeys.all`. */
export const adminKeys = {
  all: ['admin'] as const,
  /** Whether the signed-in user is an admin (decides whether the console is shown at all). */
  isAdmin: (userId: string) => [...adminKeys.all, 'is-admin', userId] as const,
  /** One analytics view, by the name of the RPC that reads it. */
  analyticsAll: () => [...adminKeys.all, 'analytics'] as const,
  analytics: (view: string) => [...adminKeys.analyticsAll(), view] as const,
  health: () => [...adminKeys.all, 'health'] as const,
  jobs: () => [...adminKeys.all, 'jobs'] as const,
  usersAll: () => [...adminKeys.all, 'users'] as const,
  users: <Filter extends object>(filter: Filter) => [...adminKeys.usersAll(), filter] as const,
  /** The question bank: the filtered lists and single questions share this prefix, so an edit refreshes both. */
  questionsAll: () => [...adminKeys.all, 'questions'] as const,
  questions: <Filter extends object>(filter: Filter) => [...adminKeys.questionsAll(), 'list', filter] as const,
  question: (questionId: string) => [...adminKeys.questionsAll(), 'detail', questionId] as const,
};
