import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installFakeSpeechRecognition, recognition, say, uninstallFakeSpeechRecognition } from '@/test/fake-speech-recognition';
import { installFakeMediaRecorder, speakIntoMicrophone, uninstallFakeMediaRecorder } from '@/test/fake-media-recorder';
import { VoiceAnswer, type VoiceAnswerControl } from './VoiceAnswer';

function Harness({ control }: { control?: React.Ref<VoiceAnswerControl> }) {
  const [text, setText] = useState('');
  const [seconds, setSeconds] = useState(0);
  return <VoiceAnswer text={text} speakingSeconds={seconds} onText={setText} onSpeakingSeconds={setSeconds} control={control} />;
}

/** Lets the microphone request and the recorder's events settle. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 5)));

afterEach(() => {
  uninstallFakeSpeechRecognition();
  uninstallFakeMediaRecorder();
  vi.restoreAllMocks();
});

describe('VoiceAnswer', () => {
  it('records the microphone while listening, appends when recording again and hands over the audio', async () => {
    installFakeSpeechRecognition();
    const microphone = installFakeMediaRecorder();
    const user = userEvent.setup();
    const control = createRef<VoiceAnswerControl>();
    render(<Harness control={control} />);
    await user.click(screen.getByRole('button', { name: 'Start recording' }));
    await settle();
    speakIntoMicrophone('I led the migration. ');
    say('I led the migration');
    await user.click(screen.getByRole('button', { name: 'Stop recording' }));
    speakIntoMicrophone('(silence while editing) ');
    await user.click(screen.getByRole('button', { name: 'Continue recording' }));
    await settle();
    speakIntoMicrophone('It took a month.');
    await user.click(screen.getByRole('button', { name: 'Stop recording' }));
    let audio: Blob | null = null;
    await act(async () => {
      audio = await control.current!.takeRecording();
    });
    expect(microphone.requests).toBe(1);
    expect(await audio!.text()).toBe('I led the migration. It took a month.');
    expect(microphone.streams[0]!.tracks[0]!.readyState).toBe('ended');
  });

  it('clearing the transcript drops the recording with it', async () => {
    installFakeSpeechRecognition();
    const microphone = installFakeMediaRecorder();
    const user = userEvent.setup();
    const control = createRef<VoiceAnswerControl>();
    render(<Harness control={control} />);
    await user.click(screen.getByRole('button', { name: 'Start recording' }));
    await settle();
    speakIntoMicrophone('mumbling');
    say('mumbling');
    const now = Date.now();
    vi.spyOn(Date, 'now').mockReturnValue(now + 5_000);
    await user.click(screen.getByRole('button', { name: 'Stop recording' }));
    await user.clear(screen.getByLabelText('Your answer (transcript — you can edit it)'));
    await settle();
    expect(microphone.streams[0]!.tracks[0]!.readyState).toBe('ended');
    await act(async () => expect(await control.current!.takeRecording()).toBeNull());
  });

  it('without MediaRecorder the transcript works as before and there is no audio', async () => {
    installFakeSpeechRecognition();
    const microphone = installFakeMediaRecorder({ recorder: false });
    Object.defineProperty(globalThis, 'MediaRecorder', { value: undefined, configurable: true, writable: true });
    const user = userEvent.setup();
    const control = createRef<VoiceAnswerControl>();
    render(<Harness control={control} />);
    await user.click(screen.getByRole('button', { name: 'Start recording' }));
    say('typed by voice');
    await user.click(screen.getByRole('button', { name: 'Stop recording' }));
    expect(screen.getByLabelText('Your answer (transcript — you can edit it)')).toHaveValue('typed by voice');
    expect(microphone.requests).toBe(0);
    await act(async () => expect(await control.current!.takeRecording()).toBeNull());
  });

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
