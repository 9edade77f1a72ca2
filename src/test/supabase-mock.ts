import { vi } from 'vitest';

/**
 * A stand-in for `@/lib/supabase` (the module boundary to the network).
 * Usage in a test file:
 *   vi.mock('@/lib/supabase', async () => (await import('@/test/supabase-mock')).createSupabaseModuleMock())
 */
export function createSupabaseModuleMock() {
  const query = {
    select: vi.fn(),
    eq: vi.fn(),
    single: vi.fn(),
  };
  query.select.mockReturnValue(query);
  query.eq.mockReturnValue(query);

  const supabase = {
    auth: {
      signUp: vi.fn(),
      signInWithPassword: vi.fn(),
      signOut: vi.fn(),
      resetPasswordForEmail: vi.fn(),
      updateUser: vi.fn(),
      getSession: vi.fn(),
      onAuthStateChange: vi.fn(() => ({ data: { subscription: { unsubscribe: vi.fn() } } })),
    },
    from: vi.fn(() => query),
    /** Test handle on the PostgREST query builder chain. */
    __query: query,
  };
  return { supabase, initialAuthRedirect: null };
}

export type SupabaseModuleMock = ReturnType<typeof createSupabaseModuleMock>;
