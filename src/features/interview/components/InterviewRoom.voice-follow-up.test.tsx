import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/test/render';
import { installFakeSpeechRecognition, recognition, say, uninstallFakeSpeechRecognition } from '@/test/fake-speech-recognition';
import type { InterviewData } from '../api/get-interview';
import { InterviewRoom } from './InterviewRoom';
import { VOICE_SESSION_ID, voiceInterview, voiceRoomServer } from './voice-room-fixtures';

// The network boundary: submit_response, the interviewer's follow-up decision, scoring and the transcript.
vi.mock('@/lib/supabase', async () => (await import('./voice-room-fixtures')).voiceRoomSupabaseModule());

const server = voiceRoomServer;

/** Time passes only when the test says so (speaking time is measured with Date.now). */
let offset = 0;
const elapse = (seconds: number) => {
  offset += seconds * 1000;
};

const SESSION_ID = VOICE_SESSION_ID;
const MAIN_ANSWER =
  'Situation: our checkout launch was at risk. Task: I owned the payment service. Action: I collected the logs, showed the team and proposed a three day delay.';

const interview = (overrides: Partial<InterviewData> = {}) => voiceInterview('voice-1', overrides);

const followUpDraftKey = `interviewai:interview:${SESSION_ID}:follow-up:q1`;
const storedFollowUpDraft = () => JSON.parse(window.localStorage.getItem(followUpDraftKey) ?? 'null') as unknown;
const followUpBox = () => screen.getByLabelText('Your follow-up answer (transcript — you can edit it)');
const submittedFollowUp = () => server.submitted.find((args) => args.p_question_id === 'fq1');

/** Types the main answer of question 1, submits it and waits for the interviewer's follow-up. */
async function reachFollowUp(user: ReturnType<typeof userEvent.setup>) {
  renderWithProviders(<InterviewRoom data={interview()} />);
  await user.type(screen.getByLabelText('Your answer (transcript — you can edit it)'), MAIN_ANSWER);
  await user.click(screen.getByRole('button', { name: 'Submit answer' }));
  const heading = await screen.findByRole('heading', { name: 'How did it turn out?' });
  // Focus moves to the follow-up, as in a text interview.
  await waitFor(() => expect(heading).toHaveFocus());
}

beforeEach(() => {
  server.reset();
  offset = 0;
  window.localStorage.clear();
  const start = Date.now();
  vi.spyOn(Date, 'now').mockImplementation(() => start + offset);
  installFakeSpeechRecognition({ end: 20 });
});

afterEach(() => {
  uninstallFakeSpeechRecognition();
  vi.restoreAllMocks();
});

describe('the follow-up in a voice interview', () => {
  it('is answered by voice: live transcript, edit, continue recording, then stored with its transcript and speaking time', async () => {
    const user = userEvent.setup();
    await reachFollowUp(user);
    // The main answer was typed: stored without transcript or speaking time.
    expect(server.submitted[0]).toEqual(expect.objectContaining({ p_question_id: 'q1', p_answer_text: MAIN_ANSWER }));
    expect(server.submitted[0]).not.toHaveProperty('p_transcript');

    await user.click(screen.getByRole('button', { name: 'Start recording' }));
    say('in the end we launched', false);
    expect(followUpBox()).toHaveValue('in the end we launched');
    say('In the end we launched on time with zero failed payments.');
    elapse(6);
    await user.click(screen.getByRole('button', { name: 'Stop recording' }));
    await screen.findByText('Spoke for 0:06. Edit the transcript below if needed.');
    // The draft (with its speaking time) survives a reload.
    await waitFor(() =>
      expect(storedFollowUpDraft()).toEqual({ text: 'In the end we launched on time with zero failed payments.', speakingSeconds: 6 }),
    );

    await user.type(followUpBox(), '{Backspace}, and we kept the retry fix.');
    await user.click(screen.getByRole('button', { name: 'Continue recording' }));
    say('I learned that data changes minds.');
    elapse(3);
    await user.click(screen.getByRole('button', { name: 'Stop recording' }));
    await screen.findByText('Spoke for 0:09. Edit the transcript below if needed.');
    const answer =
      'In the end we launched on time with zero failed payments, and we kept the retry fix. I learned that data changes minds.';
    expect(followUpBox()).toHaveValue(answer);

    await user.click(screen.getByRole('button', { name: 'Submit follow-up answer' }));
    await waitFor(() => expect(submittedFollowUp()).toBeDefined());
    expect(submittedFollowUp()).toEqual({
      p_question_id: 'fq1',
      p_answer_text: answer,
      p_transcript: answer,
      p_speaking_duration_seconds: 9,
    });
    // The database adds it to the transcript with the answer; the room writes no message of its own.
    await screen.findByText(/you answered it; it is saved with this question/);
    expect(server.messages).toEqual([]);
    expect(storedFollowUpDraft()).toBeNull();
  });

  it('submitting while still recording stops the recording first and sends what was said as speech', async () => {
    // The engine ends when the test says so, to see the submit waiting for it.
    installFakeSpeechRecognition({ end: 'manual' });
    const user = userEvent.setup();
    await reachFollowUp(user);
    await user.click(screen.getByRole('button', { name: 'Start recording' }));
    say('we shipped on time and the team adopted an error budget', false);
    elapse(5);
    // Ctrl+Enter in the (read-only while recording) transcript.
    followUpBox().focus();
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(screen.getByRole('button', { name: 'Submit follow-up answer' })).toHaveAttribute('aria-busy', 'true');
    expect(submittedFollowUp()).toBeUndefined();
    act(() => recognition().finishStopping());
    await waitFor(() => expect(submittedFollowUp()).toBeDefined());
    expect(submittedFollowUp()).toEqual({
      p_question_id: 'fq1',
      p_answer_text: 'we shipped on time and the team adopted an error budget',
      p_transcript: 'we shipped on time and the team adopted an error budget',
      p_speaking_duration_seconds: 5,
    });
    await screen.findByText(/you answered it/);
  });

  it('a typed follow-up (the microphone was blocked) is stored as typed: no transcript, no speaking time', async () => {
    const user = userEvent.setup();
    await reachFollowUp(user);
    await user.click(screen.getByRole('button', { name: 'Start recording' }));
    elapse(4);
    act(() => recognition().fail('not-allowed'));
    expect(screen.getByRole('alert')).toHaveTextContent('Microphone access was blocked.');
    await user.type(followUpBox(), 'We launched on time.');
    await user.click(screen.getByRole('button', { name: 'Submit follow-up answer' }));
    await waitFor(() => expect(submittedFollowUp()).toBeDefined());
    expect(submittedFollowUp()).toEqual({ p_question_id: 'fq1', p_answer_text: 'We launched on time.' });
  });

  it('an empty answer is refused with a hint to say or write one, and the follow-up can still be skipped', async () => {
    const user = userEvent.setup();
    await reachFollowUp(user);
    await user.click(screen.getByRole('button', { name: 'Submit follow-up answer' }));
    expect(await screen.findByText('Write (or say) an answer to the follow-up, or skip it.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Skip follow-up' }));
    await screen.findByText(/— skipped\./);
    expect(submittedFollowUp()).toBeUndefined();
  });

  /** Question 1 answered and scored, its follow-up asked but not answered: what a reload during the follow-up loads. */
  const reloadedDuringFollowUp = (followUpDraft: unknown) => {
    window.localStorage.setItem(
      `interviewai:interview:${SESSION_ID}:room`,
      JSON.stringify({ currentId: 'q1', skipped: [], feedbackMode: 'immediate', skippedFollowUps: [] }),
    );
    window.localStorage.setItem(followUpDraftKey, JSON.stringify(followUpDraft));
    return interview({
      responses: [
        {
          id: 'r-q1',
          question_id: 'q1',
          answer_text: MAIN_ANSWER,
          code_answer: null,
          transcript: null,
          speaking_duration_seconds: null,
          time_taken_seconds: 60,
          client_test_results: null,
          submitted_at: '2026-11-25T10:00:00Z',
          score: 70,
          ai_feedback: 'Fine.',
          strengths: [],
          weaknesses: [],
          missed_key_points: [],
          improved_answer: null,
          rubric: null,
          evaluated_at: '2026-11-25T10:00:05Z',
        },
      ],
      followUps: [
        {
          questionId: 'q1',
          messageId: 'm1',
          followUpQuestionId: 'fq1',
          text: 'How did it turn out?',
          reason: 'missing_result',
          answered: false,
        },
      ],
    });
  };

  it('after a reload the spoken draft comes back with its speaking time and is still sent as speech', async () => {
    const user = userEvent.setup();
    renderWithProviders(<InterviewRoom data={reloadedDuringFollowUp({ text: 'In the end we launched on time.', speakingSeconds: 4.5 })} />);
    await waitFor(() => expect(screen.getByRole('heading', { name: 'How did it turn out?' })).toHaveFocus());
    expect(followUpBox()).toHaveValue('In the end we launched on time.');
    expect(screen.getByText('Spoke for 0:04. Edit the transcript below if needed.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Continue recording' })).toBeEnabled();
    await user.click(screen.getByRole('button', { name: 'Submit follow-up answer' }));
    await waitFor(() => expect(submittedFollowUp()).toBeDefined());
    expect(submittedFollowUp()).toEqual({
      p_question_id: 'fq1',
      p_answer_text: 'In the end we launched on time.',
      p_transcript: 'In the end we launched on time.',
      p_speaking_duration_seconds: 4.5,
    });
  });

  it('a follow-up draft saved by an earlier version (plain text) comes back as a typed answer', async () => {
    const user = userEvent.setup();
    renderWithProviders(<InterviewRoom data={reloadedDuringFollowUp('Half a typed answer')} />);
    await screen.findByRole('heading', { name: 'How did it turn out?' });
    expect(followUpBox()).toHaveValue('Half a typed answer');
    expect(screen.getByText('Not recording')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Submit follow-up answer' }));
    await waitFor(() => expect(submittedFollowUp()).toBeDefined());
    expect(submittedFollowUp()).toEqual({ p_question_id: 'fq1', p_answer_text: 'Half a typed answer' });
  });

  it('a main answer submitted while recording is also sent once the recording has stopped, as speech', async () => {
    const user = userEvent.setup();
    renderWithProviders(<InterviewRoom data={interview()} />);
    await user.click(screen.getByRole('button', { name: 'Start recording' }));
    say(MAIN_ANSWER, false);
    elapse(20);
    await user.click(screen.getByRole('button', { name: 'Submit answer' }));
    await screen.findByRole('heading', { name: 'How did it turn out?' });
    expect(server.submitted[0]).toEqual(
      expect.objectContaining({
        p_question_id: 'q1',
        p_answer_text: MAIN_ANSWER,
        p_transcript: MAIN_ANSWER,
        p_speaking_duration_seconds: 20,
      }),
    );
    // The follow-up starts with an empty answer and nothing recorded.
    expect(followUpBox()).toHaveValue('');
    expect(screen.getByRole('button', { name: 'Start recording' })).toBeEnabled();
  });

  it('skipping the question while recording stops it: nothing is submitted and the next question starts empty', async () => {
    // A recognizer that has not ended yet when Skip is clicked (it ends only when the answer box unmounts and aborts it).
    installFakeSpeechRecognition({ end: 'never' });
    const user = userEvent.setup();
    renderWithProviders(<InterviewRoom data={interview()} />);
    await user.click(screen.getByRole('button', { name: 'Start recording' }));
    say(MAIN_ANSWER, false);
    elapse(20);
    await user.click(screen.getByRole('button', { name: 'Submit answer' }));
    await user.click(screen.getByRole('button', { name: 'Skip question' }));
    await screen.findByText('Question 2 of 2');
    // The aborted recognizer of question 1 ends after this; none of it lands on question 2, and nothing is submitted.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.getByLabelText('Your answer (transcript — you can edit it)')).toHaveValue('');
    expect(screen.getByText('Not recording')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Submit answer' })).not.toHaveAttribute('aria-busy');
    expect(screen.queryByText(/Write \(or say\) an answer/)).not.toBeInTheDocument();
    expect(server.submitted).toEqual([]);
  });
});
