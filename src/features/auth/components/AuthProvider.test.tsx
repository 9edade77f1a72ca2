import { QueryClientProvider } from '@tanstack/react-query'
import { act, render, screen } from '@testing-library/react'
import type { AuthChangeEvent, Session } from '@supabase/supabase-js'
import { describe, expect, it, vi } from 'vitest'
import * as supabaseModule from '@/lib/supabase'
import { createTestQueryClient, makeUser } from '@/test/render'
import type { SupabaseModuleMock } from '@/test/supabase-mock'
import { useAuth } from '../lib/auth-context'
import { AuthProvider } from './AuthProvider'

vi.mock('@/lib/supabase', async () => (await import('@/test/supabase-mock')).createSupabaseModuleMock())
const { supabase } = supabaseModule as unknown as SupabaseModuleMock

function Probe() {
  const { status, user, isPasswordRecovery } = useAuth()
  return <p data-testid="auth">{`${status}|${user?.email ?? '-'}|${isPasswordRecovery ? 'recovery' : 'normal'}`}</p>
}

function setup() {
  let emit: (event: AuthChangeEvent, session: Session | null) => void = () => {}
  const unsubscribe = vi.fn()
  supabase.auth.onAuthStateChange.mockImplementation(((callback: typeof emit) => {
    emit = callback
    return { data: { subscription: { unsubscribe } } }
  }) as never)
  const queryClient = createTestQueryClient()
  const view = render(
    <QueryClientProvider client={queryClient}>
      <AuthProvider>
        <Probe />
      </AuthProvider>
    </QueryClientProvider>,
  )
  const session = (email = 'ada@example.com') => ({ access_token: 't', user: makeUser({ email, id: email }) }) as unknown as Session
  return { emit: (e: AuthChangeEvent, s: Session | null) => act(() => emit(e, s)), queryClient, unsubscribe, session, ...view }
}

describe('AuthProvider', () => {
  it('starts loading, then follows onAuthStateChange', () => {
    const { emit, session } = setup()
    expect(screen.getByTestId('auth')).toHaveTextContent('loading|-|normal')
    emit('INITIAL_SESSION', null)
    expect(screen.getByTestId('auth')).toHaveTextContent('unauthenticated|-|normal')
    emit('SIGNED_IN', session())
    expect(screen.getByTestId('auth')).toHaveTextContent('authenticated|ada@example.com|normal')
  })

  it('flags a password-recovery session', () => {
    const { emit, session } = setup()
    emit('PASSWORD_RECOVERY', session())
    expect(screen.getByTestId('auth')).toHaveTextContent('authenticated|ada@example.com|recovery')
    emit('SIGNED_OUT', null)
    expect(screen.getByTestId('auth')).toHaveTextContent('unauthenticated|-|normal')
  })

  it('clears the query cache on sign-out and when the user changes', () => {
    const { emit, session, queryClient } = setup()
    emit('SIGNED_IN', session('ada@example.com'))
    queryClient.setQueryData(['profile', 'me', 'ada'], { email: 'ada@example.com' })
    emit('TOKEN_REFRESHED', session('ada@example.com'))
    expect(queryClient.getQueryData(['profile', 'me', 'ada'])).toBeDefined()

    emit('SIGNED_OUT', null)
    expect(queryClient.getQueryCache().getAll()).toHaveLength(0)

    emit('SIGNED_IN', session('ada@example.com'))
    queryClient.setQueryData(['profile', 'me', 'ada'], { email: 'ada@example.com' })
    emit('SIGNED_IN', session('grace@example.com'))
    expect(queryClient.getQueryCache().getAll()).toHaveLength(0)
  })

  it('unsubscribes on unmount', () => {
    const { unmount, unsubscribe } = setup()
    unmount()
    expect(unsubscribe).toHaveBeenCalled()
  })
})
