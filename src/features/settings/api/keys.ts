/** The user's two-factor factors (read from auth, not from the profile row). */
export const twoFactorKeys = {
  all: ['two-factor'] as const,
  factors: () => [...twoFactorKeys.all, 'factors'] as const,
};
