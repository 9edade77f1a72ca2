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
    maybeSingle: vi.fn(async (): Promise<{ data: unknown; error: unknown }> => ({ data: null, error: null })),
  };
  query.select.mockReturnValue(query);
  query.eq.mockReturnValue(query);

  const bucket = {
    list: vi.fn(async () => ({ data: [], error: null })),
    remove: vi.fn(async (paths: string[]) => ({ data: paths.map((name) => ({ name })), error: null })),
    upload: vi.fn(),
    download: vi.fn(),
    createSignedUrl: vi.fn(),
    createSignedUrls: vi.fn(),
    getPublicUrl: vi.fn(),
  };

  const supabase = {
    auth: {
      signUp: vi.fn(),
      signInWithPassword: vi.fn(),
      signInWithOAuth: vi.fn(),
      signOut: vi.fn(),
      resetPasswordForEmail: vi.fn(),
      updateUser: vi.fn(),
      getSession: vi.fn(),
      getUser: vi.fn(async () => ({ data: { user: null }, error: null })),
      onAuthStateChange: vi.fn(() => ({ data: { subscription: { unsubscribe: vi.fn() } } })),
    },
    from: vi.fn(() => query),
    /** Storage: `storage.from(bucket)` returns the same bucket API handle for every bucket. */
    storage: { from: vi.fn(() => bucket) },
    __bucket: bucket,
    /** Test handle on the PostgREST query builder chain. */
    __query: query,
  };
  return { supabase, supabaseReady: Promise.resolve(supabase), initialAuthRedirect: null };
}

export type SupabaseModuleMock = ReturnType<typeof createSupabaseModuleMock>;
