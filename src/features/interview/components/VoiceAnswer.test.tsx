import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installFakeSpeechRecognition, recognition, say, uninstallFakeSpeechRecognition } from '@/test/fake-speech-recognition';
import { VoiceAnswer } from './VoiceAnswer';

function Harness() {
  const [text, setText] = useState('');
  const [seconds, setSeconds] = useState(0);
  return <VoiceAnswer text={text} speakingSeconds={seconds} onText={setText} onSpeakingSeconds={setSeconds} />;
}

afterEach(() => {
  uninstallFakeSpeechRecognition();
  vi.restoreAllMocks();
});

describe('VoiceAnswer', () => {
  it('falls back to typing with a notice when the browser has no SpeechRecognition', async () => {
    render(<Harness />);
    expect(screen.getByTestId('speech-fallback')).toHaveTextContent("Voice input isn't supported in this browser");
    expect(screen.queryByRole('button', { name: /recording/i })).not.toBeInTheDocument();
    await userEvent.setup().type(screen.getByLabelText('Your answer'), 'Typed instead');
    expect(screen.getByLabelText('Your answer')).toHaveValue('Typed instead');
  });

  it('transcribes live, shows the listening state, then lets the user edit before submitting', async () => {
    installFakeSpeechRecognition();
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Start recording' }));
    expect(screen.getByRole('button', { name: 'Stop recording' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('Listening…');
    say('I led the migration');
    const box = screen.getByLabelText('Your answer (transcript — you can edit it)');
    expect(box).toHaveValue('I led the migration');
    const now = Date.now();
    vi.spyOn(Date, 'now').mockReturnValue(now + 12_000);
    await user.click(screen.getByRole('button', { name: 'Stop recording' }));
    expect(screen.getByRole('status')).toHaveTextContent(/Spoke for 0:1\d/);
    await user.type(box, ' to React 18.');
    expect(box).toHaveValue('I led the migration to React 18.');
  });

  it('blocked microphone: explains it, counts no speaking time and lets the user type the answer', async () => {
    installFakeSpeechRecognition();
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Start recording' }));
    // The user takes a few seconds to answer the browser's permission prompt, and blocks it.
    const now = Date.now();
    vi.spyOn(Date, 'now').mockReturnValue(now + 4_000);
    act(() => recognition().fail('not-allowed'));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Microphone access was blocked. Allow it in your browser settings, or type your answer.',
    );
    expect(screen.getByRole('status')).toHaveTextContent('Not recording');
    expect(screen.getByRole('button', { name: 'Start recording' })).toHaveAttribute('aria-pressed', 'false');
    const box = screen.getByLabelText('Your answer (transcript — you can edit it)');
    await user.type(box, 'Typed instead');
    expect(box).toHaveValue('Typed instead');
  });

  it('continue recording: interim speech joins the edited transcript with a single space', async () => {
    installFakeSpeechRecognition();
    const user = userEvent.setup();
    render(<Harness />);
    const box = screen.getByLabelText('Your answer (transcript — you can edit it)');
    await user.type(box, 'I led the migration.');
    await user.click(screen.getByRole('button', { name: 'Continue recording' }));
    say('it took', false);
    expect(box).toHaveValue('I led the migration. it took');
    say('It took two weeks.');
    expect(box).toHaveValue('I led the migration. It took two weeks.');
  });

  it('finishes the recording itself when the engine never reports the end after stop', async () => {
    installFakeSpeechRecognition({ end: 'never' });
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      render(<Harness />);
      await user.click(screen.getByRole('button', { name: 'Start recording' }));
      say('We shipped on time');
      await user.click(screen.getByRole('button', { name: 'Stop recording' }));
      expect(screen.getByRole('button', { name: 'Stop recording' })).toBeInTheDocument(); // still waiting for `end`
      act(() => {
        vi.advanceTimersByTime(3_100);
      });
      expect(recognition().aborted).toBe(true);
      expect(screen.getByRole('button', { name: /Continue recording|Start recording/ })).toBeInTheDocument();
      expect(screen.getByRole('status')).toHaveTextContent(/Spoke for/);
    } finally {
      vi.useRealTimers();
    }
  });
});
