export const achievementKeys = {
  all: ['achievements'] as const,
  mine: (userId: string) => [...achievementKeys.all, userId] as const,
};
