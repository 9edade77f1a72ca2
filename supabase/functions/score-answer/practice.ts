// Practice mode of score-answer: bank questions (or an ad-hoc question) answered outside an interview.
//   { attempt_id }              → scores the caller's stored practice attempt and keeps the score on it, so the
//                                 practice page can show progress across attempts (scored once; a repeat call
//                                 returns the stored result)
//   { question, answer }        → scores the text sent, stores nothing but the usage event
import { z } from 'npm:zod@3';
import { HttpError, json } from '../_shared/http.ts';
import { asJson, type Client, dbError } from '../_shared/supabase.ts';
import { type CodingSpec, scoreAnswer } from '../_shared/ai/scoring.ts';
import { dbRecorder, takeAiCallSlot, withAiCallSlot } from '../_shared/ai/usage.ts';
import type { Evaluation, ScoringAnswer, ScoringQuestion, TestResults } from '../_shared/scoring/index.ts';

const TestResultsSchema = z.object({
  passed: z.number().int().min(0),
  total: z.number().int().min(0),
  details: z.array(z.object({ passed: z.boolean() }).passthrough()).max(200).optional(),
});

export const StoredAttempt = z.object({ attempt_id: z.string().uuid() }).strict();

export const AdHoc = z.object({
  question: z.union([
    z.object({ bank_question_id: z.string().uuid() }).strict(),
    z.object({
      text: z.string().trim().min(5).max(4000),
      type: z.enum(['technical', 'behavioral', 'coding', 'system_design']),
      difficulty: z.enum(['easy', 'medium', 'hard']).default('medium'),
      expected_answer: z.string().max(8000).optional(),
      key_points: z.array(z.string().min(1).max(500)).max(20).optional(),
      skill_category: z.string().max(100).optional(),
      time_limit_seconds: z.number().int().min(15).max(7200).optional(),
    }).strict(),
  ]),
  answer: z.object({
    text: z.string().max(20000).default(''),
    code: z.string().max(50000).optional(),
    transcript: z.string().max(50000).optional(),
    speaking_duration_seconds: z.number().min(0).max(7200).optional(),
    time_taken_seconds: z.number().int().min(0).max(86400).optional(),
    mode: z.enum(['text', 'speech']).optional(),
    test_results: TestResultsSchema.optional(),
  }).strict(),
}).strict();

type Caller = { client: Client; user: { id: string } };

/** A bank question as the scorer needs it (answer keys included: read with the service role). */
async function bankQuestion(service: Client, id: string, options: { activeOnly: boolean }): Promise<ScoringQuestion & CodingSpec> {
  let query = service
    .from('question_bank')
    .select(
      'id, question, type, difficulty, skills, category, expected_answer, key_points, evaluation_criteria, time_limit_seconds, function_name, test_cases',
    )
    .eq('id', id);
  if (options.activeOnly) query = query.eq('is_active', true);
  const { data, error } = await query.maybeSingle();
  if (error) dbError(error, 'Reading the question');
  if (!data) throw new HttpError(404, 'not_found', 'No active bank question with this id.');
  // type and difficulty are text with a check constraint; the jsonb columns hold the seeded answer keys
  const criteria = data.evaluation_criteria as ScoringQuestion['evaluation_criteria'];
  return {
    text: data.question,
    type: data.type as ScoringQuestion['type'],
    difficulty: data.difficulty as ScoringQuestion['difficulty'],
    skill_category: data.skills?.[0] ?? data.category,
    expected_answer: data.expected_answer,
    key_points: data.key_points,
    evaluation_criteria: criteria?.length ? criteria : null,
    time_limit_seconds: data.time_limit_seconds,
    function_name: data.function_name,
    test_cases: data.test_cases as CodingSpec['test_cases'],
  };
}

const verificationSummary = (verification: Awaited<ReturnType<typeof scoreAnswer>>['verification']) =>
  verification
    ? {
      verified: Boolean(verification.server),
      mismatch: verification.mismatch,
      server: verification.server && { passed: verification.server.passed, total: verification.server.total },
    }
    : null;

type AttemptRow = {
  id: string;
  bank_question_id: string;
  answer_text: string | null;
  code_answer: string | null;
  time_taken_seconds: number | null;
  score: number | null;
  evaluation: Evaluation | null;
  ai_provider: string | null;
  evaluated_at: string | null;
};

/** Scores the caller's own practice attempt (read through the caller's client: RLS = ownership) and stores the result. */
export async function scorePracticeAttempt(service: Client, caller: Caller, attemptId: string): Promise<Response> {
  const { data, error } = await caller.client
    .from('practice_attempts')
    .select('id, bank_question_id, answer_text, code_answer, time_taken_seconds, score, evaluation, ai_provider, evaluated_at')
    .eq('id', attemptId)
    .maybeSingle();
  if (error) dbError(error, 'Reading the attempt');
  if (!data) throw new HttpError(404, 'not_found', 'No practice attempt with this id exists in your account.');
  const attempt = data as AttemptRow;
  if (attempt.evaluated_at && attempt.evaluation) {
    return json({
      attempt_id: attempt.id,
      evaluation: attempt.evaluation,
      provider: attempt.ai_provider ?? 'local',
      fallback_used: false,
      stored: true,
      already_scored: true,
    });
  }
  const slot = await takeAiCallSlot(caller.user.id, 'practice_score');
  try {
    return await scoreAttempt(service, caller, attempt);
  } catch (error) {
    await slot.release();
    throw error;
  }
}

async function scoreAttempt(service: Client, caller: Caller, attempt: AttemptRow): Promise<Response> {
  const question = await bankQuestion(service, attempt.bank_question_id, { activeOnly: false });
  const answer: ScoringAnswer = {
    text: attempt.answer_text ?? '',
    code: attempt.code_answer,
    transcript: null,
    mode: 'text',
    speaking_duration_seconds: null,
    time_taken_seconds: attempt.time_taken_seconds,
    test_results: null,
  };
  const { evaluation, outcome, verification } = await scoreAnswer(question, answer, {
    operation: 'practice_score',
    context: { userId: caller.user.id },
    recorder: dbRecorder(service),
  });
  // Only an unscored attempt is written: a concurrent request that finished first keeps its result.
  const { data: written, error: writeError } = await service
    .from('practice_attempts')
    .update({
      score: evaluation.score,
      evaluation: asJson(evaluation),
      ai_provider: outcome.provider,
      evaluated_at: new Date().toISOString(),
    })
    .eq('id', attempt.id)
    .is('evaluated_at', null)
    .select('id')
    .maybeSingle();
  if (writeError) dbError(writeError, 'Saving the score');
  return json({
    attempt_id: attempt.id,
    evaluation,
    provider: outcome.provider,
    model: outcome.model,
    fallback_used: outcome.fallback_used,
    test_verification: verificationSummary(verification),
    stored: true,
    already_scored: !written,
  });
}

/** Scores the text sent with the request; nothing but usage is stored. */
export function scoreAdHoc(service: Client, caller: Caller, body: z.input<typeof AdHoc>): Promise<Response> {
  return withAiCallSlot(caller.user.id, 'practice_score', () => scoreSent(service, caller, body));
}

async function scoreSent(service: Client, caller: Caller, body: z.input<typeof AdHoc>): Promise<Response> {
  const question = 'bank_question_id' in body.question
    ? await bankQuestion(service, body.question.bank_question_id, { activeOnly: true })
    : { ...body.question, difficulty: body.question.difficulty ?? 'medium' };
  const a = body.answer;
  const answer: ScoringAnswer = {
    text: a.text || a.transcript || '',
    code: a.code ?? null,
    transcript: a.transcript ?? null,
    mode: a.mode ?? (a.speaking_duration_seconds ? 'speech' : 'text'),
    speaking_duration_seconds: a.speaking_duration_seconds ?? null,
    time_taken_seconds: a.time_taken_seconds ?? null,
    test_results: (a.test_results as TestResults | undefined) ?? null,
  };
  const { evaluation, outcome, verification } = await scoreAnswer(question, answer, {
    operation: 'practice_score',
    context: { userId: caller.user.id },
    recorder: dbRecorder(service),
  });
  return json({
    evaluation,
    provider: outcome.provider,
    model: outcome.model,
    fallback_used: outcome.fallback_used,
    test_verification: verificationSummary(verification),
    stored: false,
  });
}
