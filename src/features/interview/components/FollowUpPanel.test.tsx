import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installFakeSpeechRecognition, say, uninstallFakeSpeechRecognition } from '@/test/fake-speech-recognition';
import type { FollowUp } from '../lib/room-machine';
import { FollowUpPanel } from './FollowUpPanel';

const FOLLOW_UP: FollowUp = {
  questionId: 'q1',
  messageId: 'm1',
  followUpQuestionId: 'fq1',
  text: 'How did it turn out? What was the measurable outcome?',
  reason: 'missing_result',
  answer: '',
  speakingSeconds: 0,
  status: 'open',
  error: null,
};

type HarnessProps = {
  voice?: boolean;
  status?: FollowUp['status'];
  initial?: Partial<FollowUp>;
  onSubmit?: () => void;
  onSkip?: () => void;
};

/** The panel with its follow-up held in state, as the room's reducer would. */
function Harness({ voice = true, status = 'open', initial = {}, onSubmit = () => {}, onSkip = () => {} }: HarnessProps) {
  const [followUp, setFollowUp] = useState<FollowUp>({ ...FOLLOW_UP, ...initial, status });
  return (
    <>
      <FollowUpPanel
        idBase="room"
        followUp={followUp}
        previousAnswer="Situation, task and action, but no result."
        onChange={(answer) => setFollowUp((f) => ({ ...f, answer }))}
        onSubmit={onSubmit}
        onSkip={onSkip}
        voice={voice ? { onSpeakingSeconds: (speakingSeconds) => setFollowUp((f) => ({ ...f, speakingSeconds })) } : undefined}
      />
      <div data-testid="stored" hidden>
        {JSON.stringify({ answer: followUp.answer, speakingSeconds: followUp.speakingSeconds })}
      </div>
    </>
  );
}
const stored = () => JSON.parse(screen.getByTestId('stored').textContent!) as { answer: string; speakingSeconds: number };

afterEach(() => {
  uninstallFakeSpeechRecognition();
  vi.restoreAllMocks();
});

describe('FollowUpPanel', () => {
  it('in a text interview: a labelled answer box, Ctrl+Enter submits, and the follow-up can be skipped', async () => {
    installFakeSpeechRecognition();
    const onSubmit = vi.fn();
    const onSkip = vi.fn();
    const user = userEvent.setup();
    render(<Harness voice={false} onSubmit={onSubmit} onSkip={onSkip} />);
    expect(screen.getByRole('region', { name: /Follow-up from your interviewer/ })).toHaveAccessibleDescription(
      /didn't say what the result was/,
    );
    expect(screen.getByRole('heading', { name: FOLLOW_UP.text })).toHaveAttribute('tabindex', '-1');
    // Typed only, even where the browser could transcribe: the interview isn't a voice one.
    expect(screen.queryByRole('button', { name: /recording/ })).not.toBeInTheDocument();
    const box = screen.getByLabelText('Your follow-up answer');
    await user.type(box, 'We shipped early.');
    expect(box).toHaveAccessibleDescription('3 words · Ctrl+Enter submits. You can also skip the follow-up and carry on.');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(onSubmit).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Skip follow-up' }));
    expect(onSkip).toHaveBeenCalledTimes(1);
  });

  it('in a voice interview: records a live transcript, lets the user edit it and continue recording, with its speaking time', async () => {
    installFakeSpeechRecognition();
    const onSubmit = vi.fn();
    const user = userEvent.setup();
    render(<Harness onSubmit={onSubmit} />);
    const box = screen.getByLabelText('Your follow-up answer (transcript — you can edit it)');
    expect(box).toHaveAttribute('id', 'room-fu-answer');
    expect(box).toHaveAccessibleDescription('Ctrl+Enter submits. You can also skip the follow-up and carry on.');
    expect(screen.getByRole('status')).toHaveTextContent('Not recording');

    // The clock is fixed while recording starts: on a busy machine a click can take over a second.
    const started = Date.now();
    const clock = vi.spyOn(Date, 'now').mockReturnValue(started);
    await user.click(screen.getByRole('button', { name: 'Start recording' }));
    expect(screen.getByRole('button', { name: 'Stop recording' })).toHaveAttribute('aria-pressed', 'true');
    expect(box).toHaveAttribute('readonly');
    say('in the end we', false);
    expect(box).toHaveValue('in the end we');
    say('In the end we launched on time.', true);
    expect(box).toHaveValue('In the end we launched on time.');
    clock.mockReturnValue(started + 7_000);
    await user.click(screen.getByRole('button', { name: 'Stop recording' }));
    expect(screen.getByRole('status')).toHaveTextContent('Spoke for 0:07. Edit the transcript below if needed.');
    expect(stored()).toEqual({ answer: 'In the end we launched on time.', speakingSeconds: 7 });

    // Fix a word by typing, then say the rest.
    await user.type(box, '{Backspace}!');
    expect(box).toHaveValue('In the end we launched on time!');
    await user.click(screen.getByRole('button', { name: 'Continue recording' }));
    say('Zero failed payments.', true);
    expect(box).toHaveValue('In the end we launched on time! Zero failed payments.');
    clock.mockReturnValue(started + 10_000);
    await user.click(screen.getByRole('button', { name: 'Stop recording' }));
    expect(stored().answer).toBe('In the end we launched on time! Zero failed payments.');
    // 7 seconds, then 3 more: the speaking time adds up over recordings.
    expect(stored().speakingSeconds).toBe(10);
    expect(box).toHaveAccessibleDescription('10 words · Ctrl+Enter submits. You can also skip the follow-up and carry on.');

    box.focus();
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('in a voice interview: clearing the transcript starts over, so what is typed then is a typed answer', async () => {
    installFakeSpeechRecognition();
    const user = userEvent.setup();
    render(<Harness initial={{ answer: 'Something I said', speakingSeconds: 5 }} />);
    expect(screen.getByRole('status')).toHaveTextContent('Spoke for 0:05.');
    const box = screen.getByLabelText('Your follow-up answer (transcript — you can edit it)');
    await user.clear(box);
    await user.type(box, 'Typed instead');
    expect(stored()).toEqual({ answer: 'Typed instead', speakingSeconds: 0 });
    expect(screen.getByRole('status')).toHaveTextContent('Not recording');
  });

  it('in a voice interview without speech recognition: says so and the follow-up is typed', async () => {
    const onSubmit = vi.fn();
    const user = userEvent.setup();
    render(<Harness onSubmit={onSubmit} />);
    expect(screen.getByTestId('speech-fallback')).toHaveTextContent("Voice input isn't supported in this browser");
    expect(screen.queryByRole('button', { name: /recording/ })).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('Your follow-up answer'), 'Typed answer{Control>}{Enter}{/Control}');
    expect(stored()).toEqual({ answer: 'Typed answer', speakingSeconds: 0 });
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('in a voice interview the follow-up can be read aloud again; in a text interview there is no such button', async () => {
    const onReadAloud = vi.fn();
    const noop = () => {};
    const { rerender } = render(
      <FollowUpPanel
        idBase="room"
        followUp={FOLLOW_UP}
        previousAnswer={null}
        onChange={noop}
        onSubmit={noop}
        onSkip={noop}
        voice={{ onSpeakingSeconds: noop, onReadAloud }}
      />,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Read follow-up aloud' }));
    expect(onReadAloud).toHaveBeenCalledTimes(1);
    rerender(<FollowUpPanel idBase="room" followUp={FOLLOW_UP} previousAnswer={null} onChange={noop} onSubmit={noop} onSkip={noop} />);
    expect(screen.queryByRole('button', { name: 'Read follow-up aloud' })).not.toBeInTheDocument();
  });

  it('while the answer is being sent it stays readable but can be neither edited nor recorded', () => {
    installFakeSpeechRecognition();
    render(<Harness status="sending" initial={{ answer: 'In the end we launched.', speakingSeconds: 4 }} />);
    expect(screen.getByLabelText('Your follow-up answer (transcript — you can edit it)')).toHaveAttribute('readonly');
    expect(screen.getByRole('button', { name: 'Continue recording' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Submit follow-up answer' })).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('button', { name: 'Skip follow-up' })).toBeDisabled();
  });
});
