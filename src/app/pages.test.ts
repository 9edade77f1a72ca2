import type { RouteObject } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rankedMatchers } from '../../vite/startup-modules.ts';
import { pageFor, pages, preloadPage } from './pages';
import { routes } from './routes';

vi.mock('@/lib/supabase', async () => (await import('@/test/supabase-mock')).createSupabaseModuleMock());

/** Full paths of the route table's pages (routes that load a component lazily). */
function lazyPaths(list: RouteObject[], parent = ''): string[] {
  return list.flatMap((route) => {
    const path = route.index
      ? parent || '/'
      : route.path?.startsWith('/')
        ? route.path
        : route.path
          ? `${parent.replace(/\/$/, '')}/${route.path}`
          : parent;
    return [...(route.lazy ? [path] : []), ...lazyPaths(route.children ?? [], path)];
  });
}

afterEach(() => window.localStorage.clear());

describe('pages', () => {
  it('lists exactly the pages of the route table, under the same paths', () => {
    expect(lazyPaths(routes).sort()).toEqual(
      Object.keys(pages)
        .map((path) => (path === '*' ? '/*' : path))
        .sort(),
    );
  });

  it.each([
    ['/', '/'],
    ['/sign-in', '/sign-in'],
    ['/app', '/app'],
    ['/app/interviews/new', '/app/interviews/new'],
    ['/app/interviews/0b7c6f2e-4d1a-4b8e-9c3d-2f6a1e5d7c90', '/app/interviews/:id'],
    ['/app/interviews/0b7c6f2e-4d1a-4b8e-9c3d-2f6a1e5d7c90/report', '/app/interviews/:id/report'],
    ['/app/coach', '/app/coach/:chatId?'],
    ['/app/admin/users', '/app/admin/*'],
    ['/no/such/page', '*'],
  ])('finds the page the router shows for %s', (pathname, page) => {
    expect(pageFor(pathname)).toBe(page);
  });

  it('preloads signed-in pages only when a session may be restored', () => {
    const report = '/app/interviews/0b7c6f2e-4d1a-4b8e-9c3d-2f6a1e5d7c90/report';
    expect(preloadPage('/sign-in')).toBe('/sign-in');
    expect(preloadPage(report)).toBeNull();
    window.localStorage.setItem('sb-127-auth-token', '{}');
    expect(preloadPage(report)).toBe('/app/interviews/:id/report');
    expect(preloadPage('/no/such/page')).toBeNull();
  });
});

describe("the build's start-up matcher (index.html fetches the page's modules from the start)", () => {
  const patterns = Object.keys(pages).map((path) => ({ path }));
  /** What index.html's inline script does with the build's list: the first regex that matches. */
  const startupPage = (pathname: string, routes = patterns) =>
    rankedMatchers(routes).find(({ regex }) => new RegExp(regex, 'i').test(pathname))?.route.path ?? null;

  it.each([
    '/',
    '/sign-in',
    '/sign-in/',
    '/SIGN-IN',
    '/pricing',
    '/shared/abc123',
    '/billing',
    '/app',
    '/app/',
    '/app/interviews/new',
    '/app/interviews/0b7c6f2e-4d1a-4b8e-9c3d-2f6a1e5d7c90',
    '/app/interviews/0b7c6f2e-4d1a-4b8e-9c3d-2f6a1e5d7c90/report',
    '/app/interviews/0b7c6f2e/report/extra',
    '/app/practice',
    '/app/practice/q1',
    '/app/coach',
    '/app/coach/chat-1',
    '/app/coach/chat-1/more',
    '/app/admin',
    '/app/admin/users',
    '/app/admin/questions/q1',
    '/app/settings',
    '/app/nope',
    '/no/such/page',
  ])('picks the page the router shows for %s', (pathname) => {
    expect(startupPage(pathname)).toBe(pageFor(pathname));
    // ranked by specificity as the router does, not by the order the routes are listed in
    expect(startupPage(pathname, [...patterns].reverse())).toBe(pageFor(pathname));
  });
});
