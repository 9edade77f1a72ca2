/**
 * Test fixtures for the interview room answered by voice: a two-question behavioural interview, and a fake
 * of the network boundary (`@/lib/supabase`) that records what the room sends. Use in a test file:
 *
 *   vi.mock('@/lib/supabase', async () => (await import('./voice-room-fixtures')).voiceRoomSupabaseModule());
 */
import type { InterviewData } from '../api/get-interview';
import type { InterviewQuestion, InterviewSession } from '../lib/schemas';

export const VOICE_SESSION_ID = '5b0c1e2a-8d4f-4c1a-9e2b-3f4a5b6c7d8e';

/** What the fake server received: submit_response calls, Storage uploads and transcript inserts. */
export const voiceRoomServer = {
  submitted: [] as Record<string, unknown>[],
  uploads: [] as { bucket: string; path: string; body: Blob; options: Record<string, unknown> }[],
  messages: [] as Record<string, unknown>[],
  uploadFails: false,
  reset() {
    this.submitted.length = 0;
    this.uploads.length = 0;
    this.messages.length = 0;
    this.uploadFails = false;
  },
};

/** `.select().single()` after an rpc or insert, answering `result()`. */
function single(result: () => unknown) {
  const chain = { select: () => chain, single: async () => result() };
  return chain;
}

/** The response row submit_response stores (not scored yet). */
function storedResponse(args: Record<string, unknown>) {
  return {
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
}

/** The interviewer asks one follow-up, on the first question; every answer is scored 72. */
function invokeFunction(name: string, body: Record<string, unknown>) {
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
}

export function voiceRoomSupabaseModule() {
  const server = voiceRoomServer;
  const supabase = {
    rpc: (name: string, args: Record<string, unknown>) =>
      single(() => {
        if (name !== 'submit_response') return { data: null, error: { message: `unexpected rpc ${name}` }, status: 400 };
        server.submitted.push(args);
        return { data: storedResponse(args), error: null, status: 200 };
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
      invoke: async (name: string, { body }: { body: Record<string, unknown> }) => invokeFunction(name, body),
    },
    from: (table: string) => ({
      insert: (row: Record<string, unknown>) =>
        single(() => {
          server.messages.push({ table, ...row });
          return { data: { id: `m${server.messages.length + 1}` }, error: null, status: 201 };
        }),
    }),
  };
  return { supabase, initialAuthRedirect: null };
}

/** A voice interview of two behavioural questions, nothing answered yet. */
export function voiceInterview(sessionCode: string, overrides: Partial<InterviewData> = {}): InterviewData {
  const session = {
    id: VOICE_SESSION_ID,
    session_id: sessionCode,
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
    ...overrides,
  };
}
