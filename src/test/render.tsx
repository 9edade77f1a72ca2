import type { ReactElement, ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, useLocation, type RouteObject } from 'react-router-dom';
import type { Session, User } from '@supabase/supabase-js';
import { AuthContext, type AuthState } from '@/features/auth';

export function makeUser(overrides: Partial<User> = {}): User {
  return {
    id: '11111111-1111-4111-8111-111111111111',
    email: 'ada@example.com',
    aud: 'authenticated',
    app_metadata: {},
    user_metadata: { full_name: 'Ada Lovelace' },
    created_at: '2024-01-01T00:00:00Z',
    ...overrides,
  } as User;
}

export function makeAuth(status: AuthState['status'], overrides: Partial<AuthState> = {}): AuthState {
  const user = status === 'authenticated' ? makeUser() : null;
  const session = user ? ({ access_token: 'token', user } as unknown as Session) : null;
  return { status, session, user, isPasswordRecovery: false, signedOutOnPurpose: false, ...overrides };
}

export function createTestQueryClient() {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } },
  });
}

/** Shows the current location so tests can assert on redirects. */
export function LocationDisplay() {
  const location = useLocation();
  return <div data-testid="location">{`${location.pathname}${location.search}`}</div>;
}

type Options = {
  route?: string;
  path?: string;
  auth?: AuthState;
  extraRoutes?: RouteObject[];
  queryClient?: QueryClient;
};

/** Renders `ui` at `path` inside a memory data router with query + auth providers. */
export function renderWithProviders(ui: ReactElement, options: Options = {}) {
  const { route = '/', path = route.split('?')[0] ?? '/', auth = makeAuth('unauthenticated'), extraRoutes = [] } = options;
  const queryClient = options.queryClient ?? createTestQueryClient();
  const router = createMemoryRouter([{ path, element: ui }, ...extraRoutes, { path: '*', element: <LocationDisplay /> }], {
    initialEntries: [route],
  });
  const Providers = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <AuthContext.Provider value={auth}>{children}</AuthContext.Provider>
    </QueryClientProvider>
  );
  const result = render(<RouterProvider router={router} />, { wrapper: Providers });
  return { ...result, router, queryClient };
}
