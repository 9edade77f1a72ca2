import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installFakeMediaRecorder, speakIntoMicrophone, uninstallFakeMediaRecorder } from '@/test/fake-media-recorder';
import { installFakeSpeechRecognition, say, uninstallFakeSpeechRecognition } from '@/test/fake-speech-recognition';
import { makeAuth, renderWithProviders } from '@/test/render';
import type { InterviewData } from '../api/get-interview';
import type { InterviewQuestion, InterviewSession } from '../lib/schemas';
import { InterviewRoom } from './InterviewRoom';

// The network boundary: Storage (the recording's upload), submit_response and the interviewer's follow-up decision.
const server = vi.hoisted(() => ({
  submitted: [] as Record<string, unknown>[],
  uploads: [] as { bucket: string; path: string; body: Blob; options: Record<string, unknown> }[],
  uploadFails: false,
}));

vi.mock('@/lib/supabase', () => {
  const single = (result: () => unknown) => {
    const chain = { select: () => chain, single: async () => result() };
    return chain;
  };
  const supabase = {
    rpc: (name: string, args: Record<string, unknown>) =>
      single(() => {
        if (name !== 'submit_response') return { data: null, error: { message: `unexpected rpc ${name}` }, status: 400 };
        server.submitted.push(args);
        const row = {
          id: `r-${String(args.p_question_id)}`,
          question_id: args.p_question_id,
          answer_text: args.p_answer_text ?? null,
          code_answer: null,
          transcript: args.p_transcript ?? null,
          audio_path: args.p_audio_path ?? null,
          speaking_duration_seconds: args.p_speaking_duration_seconds ?? null,
          time_taken_seconds: args.p_time_taken_seconds ?? null,
          client_test_results: null,
          submitted_at: '2026-11-25T10:00:00Z',
          score: null,
          ai_feedback: null,
          strengths: [],
          weaknesses: [],
          missed_key_points: [],
          improved_answer: null,
          rubric: null,
          evaluated_at: null,
        };
        return { data: row, error: null, status: 200 };
      }),
    storage: {
      from: (bucket: string) => ({
        upload: async (path: string, body: Blob, options: Record<string, unknown>) => {
          if (server.uploadFails) return { data: null, error: { message: 'The storage service is unavailable', statusCode: '503' } };
          server.uploads.push({ bucket, path, body, options });
          return { data: { path }, error: null };
        },
      }),
    },
    functions: {
      invoke: async (name: string, { body }: { body: Record<string, unknown> }) => {
        if (name === 'follow-up') {
          const asked = body.question_id === 'q1';
          return {
            data: {
              follow_up: asked ? 'How did it turn out?' : null,
              reason: asked ? 'missing_result' : 'complete',
              message_id: asked ? 'm1' : null,
              follow_up_question_id: asked ? 'fq1' : null,
              already_asked: false,
              provider: 'local',
            },
            error: null,
          };
        }
        return { data: { evaluation: { score: 72, feedback: 'A solid answer.' } }, error: null };
      },
    },
  };
  return { supabase, initialAuthRedirect: null };
});

let offset = 0;
const elapse = (seconds: number) => {
  offset += seconds * 1000;
};
/** Lets the microphone request and the recorder's events settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

const SESSION_ID = '5b0c1e2a-8d4f-4c1a-9e2b-3f4a5b6c7d8e';

function interview(): InterviewData {
  const session = {
    id: SESSION_ID,
    session_id: 'voice-audio-1',
    title: 'Software Engineer interview',
    job_role: 'Software Engineer',
    custom_role: null,
    company: null,
    interview_type: 'behavioral',
    difficulty: 'medium',
    tech_stack: [],
    interaction_mode: 'speech',
    status: 'in_progress',
    total_questions: 2,
    questions_answered: 0,
    resume_filename: null,
    job_description_filename: null,
    duration_seconds: null,
    score: null,
    started_at: null,
    completed_at: null,
    created_at: '2026-11-25T10:00:00Z',
  } satisfies InterviewSession;
  const question = (id: string, order: number, text: string): InterviewQuestion => ({
    id,
    order_number: order,
    question_text: text,
    question_type: 'behavioral',
    difficulty: 'medium',
    skill_category: null,
    skills: [],
    time_limit_seconds: null,
    is_follow_up: false,
    parent_question_id: null,
    starter_code: null,
    function_name: null,
    test_cases: [],
    bank_question_id: null,
  });
  return {
    session,
    questions: [
      question('q1', 1, 'Tell me about a time you changed your team’s mind.'),
      question('q2', 2, 'Tell me about a time you failed.'),
    ],
    responses: [],
    followUps: [],
  };
}

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
  server.submitted.length = 0;
  server.uploads.length = 0;
  server.uploadFails = false;
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
