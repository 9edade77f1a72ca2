import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installFakeMediaRecorder, speakIntoMicrophone, uninstallFakeMediaRecorder } from '@/test/fake-media-recorder';
import { installFakeSpeechRecognition, say, uninstallFakeSpeechRecognition } from '@/test/fake-speech-recognition';
import { makeAuth, renderWithProviders } from '@/test/render';
import { InterviewRoom } from './InterviewRoom';
import { VOICE_SESSION_ID, voiceInterview, voiceRoomServer } from './voice-room-fixtures';

// The network boundary: Storage (the recording's upload), submit_response and the interviewer's follow-up decision.
vi.mock('@/lib/supabase', async () => (await import('./voice-room-fixtures')).voiceRoomSupabaseModule());

const server = voiceRoomServer;

let offset = 0;
const elapse = (seconds: number) => {
  offset += seconds * 1000;
};
/** Lets the microphone request and the recorder's events settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

const SESSION_ID = VOICE_SESSION_ID;
const interview = () => voiceInterview('voice-audio-1');

const auth = makeAuth('authenticated');
const userId = auth.user!.id;

/** Answers question 1 by voice (two recordings) and submits it. */
async function speakAndSubmit(user: ReturnType<typeof userEvent.setup>) {
  renderWithProviders(<InterviewRoom data={interview()} />, { auth });
  await user.click(screen.getByRole('button', { name: 'Start recording' }));
  await settle();
  speakIntoMicrophone('[I persuaded the team] ');
  say('I persuaded the team to delay the launch.');
  elapse(5);
  await user.click(screen.getByRole('button', { name: 'Stop recording' }));
  await screen.findByRole('button', { name: 'Continue recording' });
  await user.click(screen.getByRole('button', { name: 'Continue recording' }));
  await settle();
  speakIntoMicrophone('[with the error numbers]');
  say('I showed them the error numbers.');
  elapse(4);
  await user.click(screen.getByRole('button', { name: 'Stop recording' }));
  await screen.findByRole('button', { name: 'Continue recording' });
  await user.click(screen.getByRole('button', { name: 'Submit answer' }));
}

let microphone: ReturnType<typeof installFakeMediaRecorder>;
beforeEach(() => {
  server.reset();
  offset = 0;
  window.localStorage.clear();
  const start = Date.now();
  vi.spyOn(Date, 'now').mockImplementation(() => start + offset);
  installFakeSpeechRecognition({ end: 20 });
  microphone = installFakeMediaRecorder();
});

afterEach(() => {
  uninstallFakeSpeechRecognition();
  uninstallFakeMediaRecorder();
  vi.restoreAllMocks();
});

describe('a spoken answer’s recording', () => {
  it('is uploaded to the owner’s folder of the interview and submitted with the answer', async () => {
    const user = userEvent.setup();
    await speakAndSubmit(user);
    await waitFor(() => expect(server.submitted).toHaveLength(1));
    const path = `${userId}/${SESSION_ID}/q1.webm`;
    expect(server.uploads).toHaveLength(1);
    expect(server.uploads[0]).toMatchObject({ bucket: 'voice-answers', path, options: { contentType: 'audio/webm', upsert: true } });
    expect(await server.uploads[0]!.body.text()).toBe('[I persuaded the team] [with the error numbers]');
    expect(server.submitted[0]).toEqual(
      expect.objectContaining({
        p_question_id: 'q1',
        p_transcript: 'I persuaded the team to delay the launch. I showed them the error numbers.',
        p_audio_path: path,
      }),
    );
    // The microphone is released once the answer is sent.
    expect(microphone.streams.every((stream) => stream.tracks.every((track) => track.readyState === 'ended'))).toBe(true);
  });

  it('of a follow-up is stored under the follow-up question and submitted with its answer', async () => {
    const user = userEvent.setup();
    await speakAndSubmit(user);
    await screen.findByRole('heading', { name: 'How did it turn out?' });
    await user.click(screen.getByRole('button', { name: 'Start recording' }));
    await settle();
    speakIntoMicrophone('[we launched on time]');
    say('We launched on time.');
    elapse(3);
    await user.click(screen.getByRole('button', { name: 'Stop recording' }));
    await screen.findByRole('button', { name: 'Continue recording' });
    await user.click(screen.getByRole('button', { name: 'Submit follow-up answer' }));
    await waitFor(() => expect(server.submitted).toHaveLength(2));
    expect(server.uploads[1]).toMatchObject({ bucket: 'voice-answers', path: `${userId}/${SESSION_ID}/fq1.webm` });
    expect(await server.uploads[1]!.body.text()).toBe('[we launched on time]');
    expect(server.submitted[1]).toEqual(
      expect.objectContaining({ p_question_id: 'fq1', p_audio_path: `${userId}/${SESSION_ID}/fq1.webm` }),
    );
    expect(screen.queryByText(/recording couldn't be stored/)).toBeNull();
  });

  it('that cannot be stored does not hold the answer back: it is sent without audio, with a quiet note', async () => {
    server.uploadFails = true;
    const user = userEvent.setup();
    await speakAndSubmit(user);
    await waitFor(() => expect(server.submitted).toHaveLength(1));
    expect(server.submitted[0]).toEqual(
      expect.objectContaining({
        p_question_id: 'q1',
        p_transcript: 'I persuaded the team to delay the launch. I showed them the error numbers.',
      }),
    );
    expect(server.submitted[0]).not.toHaveProperty('p_audio_path');
    expect(
      await screen.findByText("Your answer was saved, but its recording couldn't be stored, so the report won't play it back."),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('a typed answer in a voice interview is sent without audio and never asks for the microphone', async () => {
    const user = userEvent.setup();
    renderWithProviders(<InterviewRoom data={interview()} />, { auth });
    await user.type(screen.getByLabelText('Your answer (transcript — you can edit it)'), 'Typed: I persuaded the team with data.');
    await user.click(screen.getByRole('button', { name: 'Submit answer' }));
    await waitFor(() => expect(server.submitted).toHaveLength(1));
    expect(server.submitted[0]).not.toHaveProperty('p_audio_path');
    expect(server.uploads).toEqual([]);
    expect(microphone.requests).toBe(0);
  });
});
