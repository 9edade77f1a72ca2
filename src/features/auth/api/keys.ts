export const authKeys = {
  all: ['auth'] as const,
  accountStatus: (userId: string) => [...authKeys.all, 'account-status', userId] as const,
};
