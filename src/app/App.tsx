import { useState, type ComponentType, type ReactNode } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { RouterProvider } from 'react-router-dom';
import { AuthProvider } from '@/features/auth';
import { createQueryClient } from '@/lib/query-client';
import { AppReady } from './AppReady';
import type { BrowserRouter } from './router';

/**
 * Everything around the router; the build's prerender wraps its static router in the same providers (with
 * a fixed auth state for signed-in pages' frames).
 */
export function AppProviders({
  children,
  queryClient: given,
  auth: Auth = AuthProvider,
}: {
  children: ReactNode;
  queryClient?: QueryClient;
  auth?: ComponentType<{ children: ReactNode }>;
}) {
  const [queryClient] = useState(() => given ?? createQueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <Auth>{children}</Auth>
    </QueryClientProvider>
  );
}

/** `queryClient`: the one boot created, which may already hold (or be fetching) the first page's data. */
export function App({ router, queryClient }: { router: BrowserRouter; queryClient?: QueryClient }) {
  return (
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
      <AppReady />
    </AppProviders>
  );
}
