import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { VoiceAnswer } from './VoiceAnswer'

function Harness() {
  const [text, setText] = useState('')
  const [seconds, setSeconds] = useState(0)
  return <VoiceAnswer text={text} speakingSeconds={seconds} onText={setText} onSpeakingSeconds={setSeconds} />
}

type FakeRecognition = { onresult: ((e: unknown) => void) | null; onend: (() => void) | null; start(): void; stop(): void }
let instance: FakeRecognition | null = null

afterEach(() => {
  delete (window as unknown as Record<string, unknown>).webkitSpeechRecognition
  instance = null
  vi.restoreAllMocks()
})

describe('VoiceAnswer', () => {
  it('falls back to typing with a notice when the browser has no SpeechRecognition', async () => {
    render(<Harness />)
    expect(screen.getByTestId('speech-fallback')).toHaveTextContent("Voice input isn't supported in this browser")
    expect(screen.queryByRole('button', { name: /recording/i })).not.toBeInTheDocument()
    await userEvent.setup().type(screen.getByLabelText('Your answer'), 'Typed instead')
    expect(screen.getByLabelText('Your answer')).toHaveValue('Typed instead')
  })

  it('transcribes live, shows the listening state, then lets the user edit before submitting', async () => {
    class Fake implements FakeRecognition {
      continuous = false
      interimResults = false
      lang = ''
      onresult: ((e: unknown) => void) | null = null
      onerror = null
      onend: (() => void) | null = null
      constructor() {
        instance = this
      }
      start() {}
      stop() {
        this.onend?.()
      }
      abort() {}
    }
    ;(window as unknown as Record<string, unknown>).webkitSpeechRecognition = Fake
    const user = userEvent.setup()
    render(<Harness />)
    await user.click(screen.getByRole('button', { name: 'Start recording' }))
    expect(screen.getByRole('button', { name: 'Stop recording' })).toHaveAttribute('aria-pressed', 'true')
    expect(screen.getByRole('status')).toHaveTextContent('Listening…')
    act(() => {
      instance!.onresult!({ resultIndex: 0, results: [{ isFinal: true, 0: { transcript: 'I led the migration' } }] })
    })
    const box = screen.getByLabelText('Your answer (transcript — you can edit it)')
    expect(box).toHaveValue('I led the migration')
    const now = Date.now()
    vi.spyOn(Date, 'now').mockReturnValue(now + 12_000)
    await user.click(screen.getByRole('button', { name: 'Stop recording' }))
    expect(screen.getByRole('status')).toHaveTextContent(/Spoke for 0:1\d/)
    await user.type(box, ' to React 18.')
    expect(box).toHaveValue('I led the migration to React 18.')
  })

  it('blocked microphone: explains it, counts no speaking time and lets the user type the answer', async () => {
    type ErrorFake = FakeRecognition & { onerror: ((e: { error: string }) => void) | null }
    let blocked: ErrorFake | null = null
    class Fake {
      continuous = false
      interimResults = false
      lang = ''
      onresult = null
      onerror: ((e: { error: string }) => void) | null = null
      onend: (() => void) | null = null
      constructor() {
        blocked = this as unknown as ErrorFake
      }
      start() {}
      stop() {}
      abort() {}
    }
    ;(window as unknown as Record<string, unknown>).webkitSpeechRecognition = Fake
    const user = userEvent.setup()
    render(<Harness />)
    await user.click(screen.getByRole('button', { name: 'Start recording' }))
    // The user takes a few seconds to answer the browser's permission prompt, and blocks it.
    const now = Date.now()
    vi.spyOn(Date, 'now').mockReturnValue(now + 4_000)
    act(() => {
      blocked!.onerror!({ error: 'not-allowed' })
      blocked!.onend!()
    })
    expect(screen.getByRole('alert')).toHaveTextContent('Microphone access was blocked. Allow it in your browser settings, or type your answer.')
    expect(screen.getByRole('status')).toHaveTextContent('Not recording')
    expect(screen.getByRole('button', { name: 'Start recording' })).toHaveAttribute('aria-pressed', 'false')
    const box = screen.getByLabelText('Your answer (transcript — you can edit it)')
    await user.type(box, 'Typed instead')
    expect(box).toHaveValue('Typed instead')
  })

  it('continue recording: interim speech joins the edited transcript with a single space', async () => {
    class Fake implements FakeRecognition {
      continuous = false
      interimResults = false
      lang = ''
      onresult: ((e: unknown) => void) | null = null
      onerror = null
      onend: (() => void) | null = null
      constructor() {
        instance = this
      }
      start() {}
      stop() {
        this.onend?.()
      }
      abort() {}
    }
    ;(window as unknown as Record<string, unknown>).webkitSpeechRecognition = Fake
    const user = userEvent.setup()
    render(<Harness />)
    const box = screen.getByLabelText('Your answer (transcript — you can edit it)')
    await user.type(box, 'I led the migration.')
    await user.click(screen.getByRole('button', { name: 'Continue recording' }))
    act(() => {
      instance!.onresult!({ resultIndex: 0, results: [{ isFinal: false, 0: { transcript: 'it took' } }] })
    })
    expect(box).toHaveValue('I led the migration. it took')
    act(() => {
      instance!.onresult!({ resultIndex: 0, results: [{ isFinal: true, 0: { transcript: 'It took two weeks.' } }] })
    })
    expect(box).toHaveValue('I led the migration. It took two weeks.')
  })

  it('finishes the recording itself when the engine never reports the end after stop', async () => {
    let aborted = false
    class Silent implements FakeRecognition {
      continuous = false
      interimResults = false
      lang = ''
      onresult: ((e: unknown) => void) | null = null
      onerror = null
      onend: (() => void) | null = null
      constructor() {
        instance = this
      }
      start() {}
      stop() {} // never fires `end`
      abort() {
        aborted = true
        this.onend?.()
      }
    }
    ;(window as unknown as Record<string, unknown>).webkitSpeechRecognition = Silent
    vi.useFakeTimers({ shouldAdvanceTime: true })
    try {
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
      render(<Harness />)
      await user.click(screen.getByRole('button', { name: 'Start recording' }))
      act(() => {
        instance!.onresult!({ resultIndex: 0, results: [{ isFinal: true, 0: { transcript: 'We shipped on time' } }] })
      })
      await user.click(screen.getByRole('button', { name: 'Stop recording' }))
      expect(screen.getByRole('button', { name: 'Stop recording' })).toBeInTheDocument() // still waiting for `end`
      act(() => {
        vi.advanceTimersByTime(3_100)
      })
      expect(aborted).toBe(true)
      expect(screen.getByRole('button', { name: /Continue recording|Start recording/ })).toBeInTheDocument()
      expect(screen.getByRole('status')).toHaveTextContent(/Spoke for/)
    } finally {
      vi.useRealTimers()
    }
  })
})

