// POST /functions/v1/score-answer
//   { response_id }  → scores one stored response of the caller (idempotent; never scored or billed twice)
//   { question: {text, type, ...} | {bank_question_id}, answer: {text, code?, speaking_duration_seconds?} }
//                    → practice mode: returns the evaluation, stores nothing but the usage event.
import { z } from 'npm:zod@3';
import { HttpError, json } from '../_shared/http.ts';
import { requireUser, serviceClient, type Client } from '../_shared/supabase.ts';
import { parseBody } from '../_shared/ai/request.ts';
import { bufferedRecorder, scoreAnswer, type CodingSpec } from '../_shared/ai/scoring.ts';
import { dbRecorder, enforceRateLimit } from '../_shared/ai/usage.ts';
import type { Evaluation, ScoringAnswer, ScoringQuestion, TestResults } from '../_shared/scoring/index.ts';

const TestResultsSchema = z.object({
  passed: z.number().int().min(0),
  total: z.number().int().min(0),
  details: z.array(z.object({ passed: z.boolean() }).passthrough()).max(200).optional(),
});

const Stored = z.object({ response_id: z.string().uuid() }).strict();
const Practice = z.object({
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
const Body = z.union([Stored, Practice]);

type QuestionRow = {
  id: string;
  interview_id: string;
  question_text: string;
  question_type: ScoringQuestion['type'];
  difficulty: ScoringQuestion['difficulty'];
  skill_category: string | null;
  expected_answer: string | null;
  key_points: string[] | null;
  evaluation_criteria: ScoringQuestion['evaluation_criteria'];
  time_limit_seconds: number | null;
  function_name: string | null;
  test_cases: CodingSpec['test_cases'];
};

export const QUESTION_COLUMNS =
  'id, interview_id, question_text, question_type, difficulty, skill_category, expected_answer, key_points, evaluation_criteria, time_limit_seconds, function_name, test_cases';

export function toScoringQuestion(q: QuestionRow): ScoringQuestion & CodingSpec {
  return {
    text: q.question_text,
    type: q.question_type,
    difficulty: q.difficulty,
    skill_category: q.skill_category,
    expected_answer: q.expected_answer,
    key_points: q.key_points,
    evaluation_criteria: q.evaluation_criteria?.length ? q.evaluation_criteria : null,
    time_limit_seconds: q.time_limit_seconds,
    function_name: q.function_name,
    test_cases: q.test_cases,
  };
}

export interface ScoreResult {
  response_id: string;
  evaluation: Evaluation;
  provider: string;
  model: string | null;
  fallback_used: boolean;
  already_scored: boolean;
}

type ResponseRow = {
  id: string;
  question_id: string;
  interview_id: string;
  user_id: string;
  answer_text: string | null;
  code_answer: string | null;
  transcript: string | null;
  speaking_duration_seconds: number | null;
  time_taken_seconds: number | null;
  client_test_results: TestResults | null;
  evaluated_at: string | null;
  rubric: Evaluation | null;
  ai_provider: string | null;
  ai_model: string | null;
};
const RESPONSE_COLUMNS =
  'id, question_id, interview_id, user_id, answer_text, code_answer, transcript, speaking_duration_seconds, time_taken_seconds, client_test_results, evaluated_at, rubric, ai_provider, ai_model';

const stored = (row: ResponseRow): ScoreResult => ({
  response_id: row.id,
  evaluation: row.rubric as Evaluation,
  provider: row.ai_provider ?? 'local',
  model: row.ai_model,
  fallback_used: false,
  already_scored: true,
});

/**
 * Scores one stored response. `row` must have been read through the CALLER's client (RLS = ownership).
 * Idempotent: the write is `update … where evaluated_at is null`; the loser of a race returns the winner's
 * evaluation and its usage events are dropped (or kept, flagged, when they cost money).
 */
export async function scoreStoredResponse(service: Client, row: ResponseRow, interactionMode: 'text' | 'speech'): Promise<ScoreResult> {
  if (row.evaluated_at) return stored(row);
  const { data: question, error: qError } = await service.from('interview_questions').select(QUESTION_COLUMNS).eq('id', row.question_id).single();
  if (qError || !question) throw new HttpError(404, 'not_found', 'The question of this response no longer exists.');
  const answer: ScoringAnswer = {
    text: row.answer_text ?? row.transcript ?? '',
    code: row.code_answer,
    transcript: row.transcript,
    mode: row.transcript || row.speaking_duration_seconds ? 'speech' : interactionMode,
    speaking_duration_seconds: row.speaking_duration_seconds,
    time_taken_seconds: row.time_taken_seconds,
    test_results: row.client_test_results,
  };
  const buffer = bufferedRecorder();
  const { evaluation, outcome, verification } = await scoreAnswer(toScoringQuestion(question as QuestionRow), answer, {
    operation: 'score_answer',
    context: { userId: row.user_id, sessionId: row.interview_id, responseId: row.id },
    recorder: buffer,
  });
  const { data: written, error } = await service
    .from('interview_responses')
    .update({
      score: evaluation.score,
      ai_feedback: evaluation.feedback,
      strengths: evaluation.strengths,
      weaknesses: evaluation.weaknesses,
      missed_key_points: evaluation.missed_key_points,
      improved_answer: evaluation.suggested_outline.join('\n'),
      rubric: evaluation,
      dimension_scores: evaluation.dimensions,
      delivery_metrics: evaluation.delivery ?? null,
      test_results: verification
        ? { ...(verification.server ? { passed: verification.server.passed, total: verification.server.total, details: verification.server.details, isolation: verification.server.isolation, timed_out: verification.server.timed_out } : {}), verified: Boolean(verification.server), client: verification.client, mismatch: verification.mismatch }
        : null,
      ai_provider: outcome.provider,
      ai_model: outcome.model,
      evaluated_at: new Date().toISOString(),
    })
    .eq('id', row.id)
    .is('evaluated_at', null)
    .select(RESPONSE_COLUMNS)
    .maybeSingle();
  if (error) throw new HttpError(500, 'database_error', `Saving the evaluation failed: ${error.message}`);
  if (!written) {
    // Lost a race with a concurrent request: return what the winner stored.
    if (outcome.cost_usd > 0) {
      for (const e of buffer.events) e.error_message = e.error_message ?? 'result discarded: response scored concurrently';
      await buffer.flush(dbRecorder(service));
    }
    const { data: again } = await service.from('interview_responses').select(RESPONSE_COLUMNS).eq('id', row.id).single();
    return stored(again as ResponseRow);
  }
  await buffer.flush(dbRecorder(service));
  return {
    response_id: row.id,
    evaluation,
    provider: outcome.provider,
    model: outcome.model,
    fallback_used: outcome.fallback_used,
    already_scored: false,
  };
}

/** Reads the caller's response (RLS) or 404 — another user's id is indistinguishable from a missing one. */
export async function ownResponse(client: Client, responseId: string): Promise<ResponseRow> {
  const { data, error } = await client.from('interview_responses').select(RESPONSE_COLUMNS).eq('id', responseId).maybeSingle();
  if (error) throw new HttpError(500, 'database_error', `Reading the response failed: ${error.message}`);
  if (!data) throw new HttpError(404, 'not_found', 'No response with this id exists in your interviews.');
  return data as ResponseRow;
}

export async function scoreAnswerHandler(request: Request): Promise<Response> {
  const caller = await requireUser(request);
  const body = await parseBody(request, Body);
  const service = serviceClient();

  if ('response_id' in body) {
    const row = await ownResponse(caller.client, body.response_id);
    if (row.evaluated_at) return json(stored(row));
    await enforceRateLimit(service, caller.user.id, 'score_answer');
    const { data: session } = await caller.client.from('interview_sessions').select('interaction_mode').eq('id', row.interview_id).maybeSingle();
    return json(await scoreStoredResponse(service, row, (session?.interaction_mode as 'text' | 'speech') ?? 'text'));
  }

  // Practice mode
  await enforceRateLimit(service, caller.user.id, 'practice_score');
  let question: ScoringQuestion & CodingSpec;
  if ('bank_question_id' in body.question) {
    const { data, error } = await service
      .from('question_bank')
      .select('id, question, type, difficulty, skills, category, expected_answer, key_points, evaluation_criteria, time_limit_seconds, function_name, test_cases')
      .eq('id', body.question.bank_question_id)
      .eq('is_active', true)
      .maybeSingle();
    if (error) throw new HttpError(500, 'database_error', `Reading the question failed: ${error.message}`);
    if (!data) throw new HttpError(404, 'not_found', 'No active bank question with this id.');
    question = {
      text: data.question,
      type: data.type,
      difficulty: data.difficulty,
      skill_category: data.skills?.[0] ?? data.category,
      expected_answer: data.expected_answer,
      key_points: data.key_points,
      evaluation_criteria: data.evaluation_criteria?.length ? data.evaluation_criteria : null,
      time_limit_seconds: data.time_limit_seconds,
      function_name: data.function_name,
      test_cases: data.test_cases,
    };
  } else {
    question = { ...body.question, difficulty: body.question.difficulty ?? 'medium' };
  }
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
    test_verification: verification ? { verified: Boolean(verification.server), mismatch: verification.mismatch, server: verification.server && { passed: verification.server.passed, total: verification.server.total } } : null,
    stored: false,
  });
}
