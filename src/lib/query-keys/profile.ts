/**
 * The signed-in user's profile row (user_profiles), read in several shapes: the summary the app checks
 * (role, status), the settings form, the display preferences the layout applies, and the saved resume.
 * Every shape sits under `profileKeys.mine(userId)`, so a write to the row refreshes all of them at once.
 */
export const profileKeys = {
  all: ['profile'] as const,
  mine: (userId: string) => [...profileKeys.all, userId] as const,
  summary: (userId: string) => [...profileKeys.mine(userId), 'summary'] as const,
  settings: (userId: string) => [...profileKeys.mine(userId), 'settings'] as const,
  displayPreferences: (userId: string) => [...profileKeys.mine(userId), 'display-preferences'] as const,
  resume: (userId: string) => [...profileKeys.mine(userId), 'resume'] as const,
  /** The saved resume as the new-interview form offers it (its name and object path). */
  savedResume: (userId: string) => [...profileKeys.resume(userId), 'for-interview'] as const,
};
