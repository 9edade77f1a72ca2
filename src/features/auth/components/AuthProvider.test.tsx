import { QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import type { AuthChangeEvent, Session } from '@supabase/supabase-js';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as supabaseModule from '@/lib/supabase';
import { createTestQueryClient, makeUser } from '@/test/render';
import { profileKeys } from '@/lib/query-keys/profile';
import type { SupabaseModuleMock } from '@/test/supabase-mock';
import { useAuth } from '../lib/auth-context';
import { whileSigningOut } from '../lib/sign-out-intent';
import { AuthProvider } from './AuthProvider';

vi.mock('@/lib/supabase', async () => (await import('@/test/supabase-mock')).createSupabaseModuleMock());
const { supabase } = supabaseModule as unknown as SupabaseModuleMock;

function Probe() {
  const { status, user, isPasswordRecovery, signedOutOnPurpose } = useAuth();
  return (
    <>
      <p data-testid="auth">{`${status}|${user?.email ?? '-'}|${isPasswordRecovery ? 'recovery' : 'normal'}`}</p>
      <p data-testid="sign-out">{signedOutOnPurpose ? 'on purpose' : 'not on purpose'}</p>
    </>
  );
}

async function setup() {
  let emit: (event: AuthChangeEvent, session: Session | null) => void = () => {};
  const unsubscribe = vi.fn();
  supabase.auth.onAuthStateChange.mockImplementation(((callback: typeof emit) => {
    emit = callback;
    return { data: { subscription: { unsubscribe } } };
  }) as never);
  const queryClient = createTestQueryClient();
  const view = render(
    <QueryClientProvider client={queryClient}>
      <AuthProvider>
        <Probe />
      </AuthProvider>
    </QueryClientProvider>,
  );
  // A persisted session makes the provider load the (mocked) client and subscribe.
  await waitFor(() => expect(supabase.auth.onAuthStateChange).toHaveBeenCalled());
  const session = (email = 'ada@example.com') => ({ access_token: 't', user: makeUser({ email, id: email }) }) as unknown as Session;
  return { emit: (e: AuthChangeEvent, s: Session | null) => act(() => emit(e, s)), queryClient, unsubscribe, session, ...view };
}

describe('AuthProvider', () => {
  beforeEach(() => {
    vi.clearAllMocks();
    window.localStorage.setItem('sb-127-auth-token', '{"access_token":"t"}');
  });
  afterEach(() => window.localStorage.clear());

  it('starts loading, then follows onAuthStateChange', async () => {
    const { emit, session } = await setup();
    expect(screen.getByTestId('auth')).toHaveTextContent('loading|-|normal');
    emit('INITIAL_SESSION', null);
    expect(screen.getByTestId('auth')).toHaveTextContent('unauthenticated|-|normal');
    emit('SIGNED_IN', session());
    expect(screen.getByTestId('auth')).toHaveTextContent('authenticated|ada@example.com|normal');
  });

  it('tells a sign-out started in this tab from a session that went away by itself', async () => {
    const { emit, session } = await setup();
    emit('SIGNED_IN', session());
    await act(() => whileSigningOut(async () => emit('SIGNED_OUT', null)));
    expect(screen.getByTestId('auth')).toHaveTextContent('unauthenticated|-|normal');
    expect(screen.getByTestId('sign-out')).toHaveTextContent('on purpose');

    emit('SIGNED_IN', session());
    expect(screen.getByTestId('sign-out')).toHaveTextContent('not on purpose');
    emit('SIGNED_OUT', null); // e.g. the refresh token was revoked on another device
    expect(screen.getByTestId('sign-out')).toHaveTextContent('not on purpose');
  });

  it('flags a password-recovery session', async () => {
    const { emit, session } = await setup();
    emit('PASSWORD_RECOVERY', session());
    expect(screen.getByTestId('auth')).toHaveTextContent('authenticated|ada@example.com|recovery');
    emit('SIGNED_OUT', null);
    expect(screen.getByTestId('auth')).toHaveTextContent('unauthenticated|-|normal');
  });

  it('clears the query cache on sign-out and when the user changes', async () => {
    const { emit, session, queryClient } = await setup();
    emit('SIGNED_IN', session('ada@example.com'));
    queryClient.setQueryData(profileKeys.summary('ada'), { email: 'ada@example.com' });
    emit('TOKEN_REFRESHED', session('ada@example.com'));
    expect(queryClient.getQueryData(profileKeys.summary('ada'))).toBeDefined();

    emit('SIGNED_OUT', null);
    expect(queryClient.getQueryCache().getAll()).toHaveLength(0);

    emit('SIGNED_IN', session('ada@example.com'));
    queryClient.setQueryData(profileKeys.summary('ada'), { email: 'ada@example.com' });
    emit('SIGNED_IN', session('grace@example.com'));
    expect(queryClient.getQueryCache().getAll()).toHaveLength(0);
  });

  it('without a persisted session it is signed out at once and subscribes when a feature loads the client', async () => {
    window.localStorage.clear();
    const queryClient = createTestQueryClient();
    render(
      <QueryClientProvider client={queryClient}>
        <AuthProvider>
          <Probe />
        </AuthProvider>
      </QueryClientProvider>,
    );
    expect(screen.getByTestId('auth')).toHaveTextContent('unauthenticated|-|normal');
  });

  it('without a persisted session its very first render is signed out (what the prerendered pages show)', () => {
    window.localStorage.clear();
    const html = renderToString(
      <QueryClientProvider client={createTestQueryClient()}>
        <AuthProvider>
          <Probe />
        </AuthProvider>
      </QueryClientProvider>,
    );
    expect(html).toContain('unauthenticated|-|normal');
  });

  it('does not re-render its readers for a new copy of the same session, and does for a changed one', async () => {
    const rendered = vi.fn();
    function Reader({ onRender }: { onRender: () => void }) {
      useAuth();
      onRender();
      return null;
    }
    let emit: (event: AuthChangeEvent, session: Session | null) => void = () => {};
    supabase.auth.onAuthStateChange.mockImplementation(((callback: typeof emit) => {
      emit = callback;
      return { data: { subscription: { unsubscribe: vi.fn() } } };
    }) as never);
    render(
      <QueryClientProvider client={createTestQueryClient()}>
        <AuthProvider>
          <Reader onRender={rendered} />
        </AuthProvider>
      </QueryClientProvider>,
    );
    await waitFor(() => expect(supabase.auth.onAuthStateChange).toHaveBeenCalled());
    const copy = (accessToken: string, name = 'Ada') =>
      ({
        access_token: accessToken,
        refresh_token: 'r',
        expires_at: 1,
        user: makeUser({ id: 'ada', user_metadata: { full_name: name } }),
      }) as unknown as Session;

    act(() => emit('SIGNED_IN', copy('t1')));
    const afterSignIn = rendered.mock.calls.length;
    act(() => emit('INITIAL_SESSION', copy('t1')));
    act(() => emit('TOKEN_REFRESHED', copy('t1')));
    expect(rendered).toHaveBeenCalledTimes(afterSignIn);

    act(() => emit('TOKEN_REFRESHED', copy('t2')));
    expect(rendered).toHaveBeenCalledTimes(afterSignIn + 1);
    act(() => emit('USER_UPDATED', copy('t2', 'Ada L.')));
    expect(rendered).toHaveBeenCalledTimes(afterSignIn + 2);
  });

  it('unsubscribes on unmount', async () => {
    const { unmount, unsubscribe } = await setup();
    unmount();
    expect(unsubscribe).toHaveBeenCalled();
  });
});
