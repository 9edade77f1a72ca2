// The auth provider's start when boot restored the session before the first render (a prerendered
// signed-in frame on screen): the first render already knows, so it is the page and not "checking session".
import { QueryClientProvider } from '@tanstack/react-query';
import type { Session } from '@supabase/supabase-js';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as supabaseModule from '@/lib/supabase';
import { createTestQueryClient, makeUser } from '@/test/render';
import type { SupabaseModuleMock } from '@/test/supabase-mock';
import { restoreSessionBeforeRender } from '../api/auth-state';
import { useAuth } from '../lib/auth-context';
import { AuthProvider } from './AuthProvider';

vi.mock('@/lib/supabase', async () => (await import('@/test/supabase-mock')).createSupabaseModuleMock());
const { supabase } = supabaseModule as unknown as SupabaseModuleMock;

function Probe() {
  const { status, user } = useAuth();
  return <p>{`${status}|${user?.email ?? '-'}`}</p>;
}

/** The provider's very first render, as a string (no effects, no subscription yet). */
const firstRender = () =>
  renderToString(
    <QueryClientProvider client={createTestQueryClient()}>
      <AuthProvider>
        <Probe />
      </AuthProvider>
    </QueryClientProvider>,
  );

const sessionOf = (factors: { status: string }[] = []) =>
  ({ access_token: 'h.e30.s', user: { ...makeUser({ email: 'ada@example.com', id: 'ada' }), factors } }) as unknown as Session;

describe('AuthProvider with the session restored before the first render', () => {
  beforeEach(() => window.localStorage.setItem('sb-127-auth-token', '{"access_token":"t"}'));
  afterEach(() => window.localStorage.clear());

  it('starts signed in with the restored session', async () => {
    expect(firstRender()).toContain('loading|-');
    supabase.auth.getSession.mockResolvedValue({ data: { session: sessionOf() }, error: null } as never);
    await restoreSessionBeforeRender();
    expect(firstRender()).toContain('authenticated|ada@example.com');
  });

  it('starts signed out when the stored session could not be restored, and at the code step when it needs its second factor', async () => {
    supabase.auth.getSession.mockResolvedValue({ data: { session: null }, error: null } as never);
    await restoreSessionBeforeRender();
    expect(firstRender()).toContain('unauthenticated|-');
    supabase.auth.getSession.mockResolvedValue({ data: { session: sessionOf([{ status: 'verified' }]) }, error: null } as never);
    await restoreSessionBeforeRender();
    expect(firstRender()).toContain('second_factor|ada@example.com');
  });
});
