/**
 * The dashboard's one combined request. Its parts live under the keys of their own resources (interviews,
 * billing), which is what mutations refresh; this key only holds the loader that fills them, so refreshing a
 * resource asks for that part alone instead of the whole page again.
 */
export const dashboardKeys = {
  all: ['dashboard'] as const,
  page: (userId: string) => [...dashboardKeys.all, 'page', userId] as const,
};
