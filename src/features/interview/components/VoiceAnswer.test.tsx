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
})
