import { useState, type ReactNode } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router-dom';
import { AuthProvider } from '@/features/auth';
import { createQueryClient } from '@/lib/query-client';
import { AppReady } from './AppReady';
import type { BrowserRouter } from './router';

/** Everything around the router; the build's prerender wraps its static router in the same providers. */
export function AppProviders({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <AuthProvider>{children}</AuthProvider>
    </QueryClientProvider>
  );
}

export function App({ router }: { router: BrowserRouter }) {
  return (
    <AppProviders>
      <RouterProvider router={router} />
      <AppReady />
    </AppProviders>
  );
}
