import { QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as supabaseModule from '@/lib/supabase';
import { createTestQueryClient } from '@/test/render';
import type { SupabaseModuleMock } from '@/test/supabase-mock';
import { isSigningOut } from '../lib/sign-out-intent';
import { signOut, useSignOut } from './sign-out';

vi.mock('@/lib/supabase', async () => (await import('@/test/supabase-mock')).createSupabaseModuleMock());
const { supabase } = supabaseModule as unknown as SupabaseModuleMock;

describe('sign-out intent', () => {
  let seenDuringSignOut: boolean[];
  beforeEach(() => {
    seenDuringSignOut = [];
    supabase.auth.signOut.mockImplementation((async () => {
      seenDuringSignOut.push(isSigningOut());
      return { error: null };
    }) as never);
  });

  it('marks a sign-out the person asked for (the button) as on purpose, and only while it runs', async () => {
    const queryClient = createTestQueryClient();
    const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
    const { result } = renderHook(() => useSignOut(), { wrapper });
    await act(() => result.current.mutateAsync());
    expect(seenDuringSignOut).toEqual([true]);
    expect(isSigningOut()).toBe(false);
  });

  it('does not mark a sign-out the app starts itself (a blocked account), which navigates on its own', async () => {
    await signOut();
    expect(seenDuringSignOut).toEqual([false]);
  });
});
