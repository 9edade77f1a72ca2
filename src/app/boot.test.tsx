import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as EnvModule from '@/lib/env';
import type * as I18nModule from '@/lib/i18n';

// What boot does, in order; `yield` marks where it gives the main thread back (a new task on a phone).
const steps: string[] = [];

vi.mock('@/lib/yield-to-main', () => ({
  yieldToMain: async () => {
    steps.push('yield');
  },
}));
vi.mock('./router', () => ({
  createAppRouter: () => {
    steps.push('router');
    return {};
  },
  resolveLazyRoutes: async () => {},
}));
vi.mock('react-dom/client', () => ({
  createRoot: () => {
    steps.push('root');
    return { render: () => steps.push('render') };
  },
  hydrateRoot: () => steps.push('hydrate'),
}));
vi.mock('@/lib/env', async (importOriginal) => ({
  ...(await importOriginal<typeof EnvModule>()),
  envResult: { ok: true, env: {} },
}));
vi.mock('./App', () => ({ App: () => null }));
vi.mock('./pages', () => ({ preloadPage: () => null, isSignedInPage: () => false }));
vi.mock('./page-data', () => ({ startPageData: async () => {} }));
vi.mock('@/lib/i18n', async (importOriginal) => ({
  ...(await importOriginal<typeof I18nModule>()),
  startI18n: async () => {},
}));

const { boot } = await import('./boot');

describe('boot', () => {
  beforeEach(() => {
    steps.length = 0;
  });

  it('creates the router and the React root in separate tasks (together they were one long task on a phone)', async () => {
    await boot(document.createElement('div'), 'render');
    await vi.waitFor(() => expect(steps).toContain('render'));
    const router = steps.indexOf('router');
    expect(router).toBeGreaterThan(-1);
    expect(steps.slice(router)).toEqual(['router', 'yield', 'root', 'render']);
  });
});
