import { useState, type ReactNode } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { RouterProvider } from 'react-router-dom';
import { AuthProvider } from '@/features/auth';
import { createQueryClient } from '@/lib/query-client';
import { AppReady } from './AppReady';
import type { BrowserRouter } from './router';

/** Everything around the router; the build's prerender wraps its static router in the same providers. */
export function AppProviders({ children, queryClient: given }: { children: ReactNode; queryClient?: QueryClient }) {
  const [queryClient] = useState(() => given ?? createQueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <AuthProvider>{children}</AuthProvider>
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
