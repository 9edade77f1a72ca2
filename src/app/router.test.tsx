import type { RouteObject } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { resolveLazyRoutes } from './router';

describe('resolveLazyRoutes', () => {
  it('loads the lazy routes on the path into the table, and only those', async () => {
    const Page = () => null;
    const Other = () => null;
    const table: RouteObject[] = [
      {
        path: '/',
        children: [
          { path: 'sign-in', lazy: async () => ({ Component: Page }) },
          { path: 'pricing', lazy: async () => ({ Component: Other }) },
        ],
      },
    ];
    await resolveLazyRoutes('/sign-in', table);
    const [signIn, pricing] = table[0]!.children!;
    expect(signIn).toMatchObject({ Component: Page, lazy: undefined });
    expect(typeof pricing!.lazy).toBe('function');
    expect(pricing!.Component).toBeUndefined();
  });
});
