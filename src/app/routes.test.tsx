import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { AuthContext } from '@/features/auth';
import { createTestQueryClient, makeAuth } from '@/test/render';
import { routes } from './routes';

vi.mock('@/lib/supabase', async () => (await import('@/test/supabase-mock')).createSupabaseModuleMock());

// A route's first render imports its lazy chunk, which vitest transforms on first use (many modules
// since the UI text moved into catalogues): give those lookups more than findBy's 1 s default.
const LAZY = { timeout: 10_000 };

function renderApp(path: string, auth = makeAuth('unauthenticated')) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <QueryClientProvider client={createTestQueryClient()}>
      <AuthContext.Provider value={auth}>
        <RouterProvider router={router} />
      </AuthContext.Provider>
    </QueryClientProvider>,
  );
  return router;
}

describe('app routes', () => {
  it('renders the landing page with sign-up / sign-in calls to action', async () => {
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: /already prepared/ }, LAZY)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Create your free account' })).toHaveAttribute('href', '/sign-up');
    expect(screen.getByRole('navigation', { name: 'Main' })).toHaveTextContent('Sign in');
  });

  it.each([
    ['/sign-up', 'Sign up'],
    ['/sign-in', 'Sign in'],
    ['/forgot-password', 'Send reset link'],
  ])('lazy-loads %s', async (path, button) => {
    renderApp(path);
    expect(await screen.findByRole('button', { name: button }, LAZY)).toBeInTheDocument();
  });

  it('redirects /app to sign-in when signed out', async () => {
    const router = renderApp('/app');
    expect(await screen.findByRole('button', { name: 'Sign in' }, LAZY)).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(router.state.location.search).toBe('?next=%2Fapp');
  });

  it('shows a sign-out button in the nav when signed in', async () => {
    renderApp('/', makeAuth('authenticated'));
    expect(await screen.findByRole('button', { name: 'Sign out' }, LAZY)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to your dashboard' })).toHaveAttribute('href', '/app');
  });

  it('renders a 404 page for unknown paths', async () => {
    renderApp('/no/such/page');
    expect(await screen.findByRole('heading', { name: 'Page not found' }, LAZY)).toBeInTheDocument();
    expect(screen.getByText('/no/such/page')).toBeInTheDocument();
  });
});
