/** The coach's chats: the list of sessions and each session's messages. */
export const coachKeys = {
  all: ['coach'] as const,
  sessionsAll: () => [...coachKeys.all, 'sessions'] as const,
  sessions: (userId: string) => [...coachKeys.sessionsAll(), userId] as const,
  messages: (chatSessionId: string) => [...coachKeys.all, 'messages', chatSessionId] as const,
};
