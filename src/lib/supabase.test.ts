import type * as supabaseJs from '@supabase/supabase-js';
import { createClient } from '@supabase/supabase-js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The real createClient, counted.
vi.mock('@supabase/supabase-js', async (importOriginal) => {
  const actual = await importOriginal<typeof supabaseJs>();
  return { ...actual, createClient: vi.fn(actual.createClient) };
});

async function freshModules() {
  vi.resetModules();
  const loader = await import('./supabase-loader');
  const seen: unknown[] = [];
  loader.onSupabaseClient((created) => seen.push(created));
  const module = await import('./supabase');
  return { module, loader, seen };
}

describe('the Supabase client', () => {
  beforeEach(() => {
    vi.stubEnv('VITE_SUPABASE_URL', 'http://127.0.0.1:54321');
    vi.stubEnv('VITE_SUPABASE_ANON_KEY', 'anon-key');
    vi.mocked(createClient).mockClear();
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('is not created while its module evaluates, but in a task after it, once, and handed to the loader', async () => {
    const { module, loader, seen } = await freshModules();
    expect(createClient).not.toHaveBeenCalled();
    expect(seen).toEqual([]);

    const created = await module.supabaseReady;
    expect(createClient).toHaveBeenCalledTimes(1);
    expect(seen).toEqual([created]);
    expect(await loader.loadSupabaseClient()).toBe(created);
    expect(createClient).toHaveBeenCalledTimes(1);
  });

  it('is created by its first use when that comes first, and stays the one client', async () => {
    const { module, seen } = await freshModules();
    const auth = module.supabase.auth;
    expect(createClient).toHaveBeenCalledTimes(1);
    expect(seen).toHaveLength(1);

    const created = await module.supabaseReady;
    expect(created).toBe(seen[0]);
    expect(auth).toBe(created.auth);
    expect(module.supabase.from('interview_sessions')).toBeInstanceOf(created.from('interview_sessions').constructor);
    expect(createClient).toHaveBeenCalledTimes(1);
  });
});
