// POST /functions/v1/score-answer
//   { response_id }  → scores one stored response of the caller (idempotent; never scored or billed twice)
//   { attempt_id } | { question, answer } → practice mode, see practice.ts.
import { z } from 'npm:zod@3';
import { HttpError, json } from '../_shared/http.ts';
import { type Client, requireUser, serviceClient } from '../_shared/supabase.ts';
import { parseBody } from '../_shared/ai/request.ts';
import { bufferedRecorder, type CodingSpec, scoreAnswer } from '../_shared/ai/scoring.ts';
import { dbRecorder, enforceRateLimit } from '../_shared/ai/usage.ts';
import type { Evaluation, ScoringAnswer, ScoringQuestion, TestResults } from '../_shared/scoring/index.ts';
import { AdHoc, scoreAdHoc, scorePracticeAttempt, StoredAttempt } from './practice.ts';

const Stored = z.object({ response_id: z.string().uuid() }).strict();
const Body = z.union([Stored, StoredAttempt, AdHoc]);

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

/** A claim older than this is considered abandoned (the function died mid-scoring) and may be taken over. */
export const CLAIM_STALE_MS = 2 * 60_000;

/** How long a request that lost the claim waits for the winner's result (SCORING_WAIT_MS, default 15 s). */
function waitForWinnerMs(): number {
  const configured = Number(Deno.env.get('SCORING_WAIT_MS'));
  return Number.isFinite(configured) && configured >= 0 ? configured : 15_000;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Claims the response for scoring — `update … set scoring_started_at = now() where id = $1 and evaluated_at is null
 * and (scoring_started_at is null or scoring_started_at < now() - 2 minutes) returning …` — so that exactly one of
 * any number of concurrent requests wins (the row lock serialises the conditional updates). Returns the claimed row
 * (the answer as of the claim) and the claim's timestamp, or null when the answer is scored or being scored.
 *
 * Two conditional updates (free, then stale) instead of one `or=(…)` filter: PostgREST re-applies an `or` tree to
 * the RETURNING rows, where it would see the NEW claim (and need the column in `select`) and drop the winner's row.
 */
async function claimScoring(service: Client, id: string): Promise<{ row: ResponseRow; claimedAt: string } | null> {
  const claimedAt = new Date().toISOString();
  const attempt = async (condition: 'free' | 'stale') => {
    let query = service
      .from('interview_responses')
      .update({ scoring_started_at: claimedAt })
      .eq('id', id)
      .is('evaluated_at', null);
    query = condition === 'free'
      ? query.is('scoring_started_at', null)
      : query.lt('scoring_started_at', new Date(Date.now() - CLAIM_STALE_MS).toISOString());
    const { data, error } = await query.select(RESPONSE_COLUMNS).maybeSingle();
    if (error) throw new HttpError(500, 'database_error', `Claiming the response for scoring failed: ${error.message}`);
    return data as ResponseRow | null;
  };
  const row = (await attempt('free')) ?? (await attempt('stale'));
  return row ? { row, claimedAt } : null;
}

/** Gives the claim back (provider/database failure) so that a retry can score the answer at once. */
async function releaseClaim(service: Client, id: string, claimedAt: string): Promise<void> {
  const { error } = await service
    .from('interview_responses')
    .update({ scoring_started_at: null })
    .eq('id', id)
    .eq('scoring_started_at', claimedAt) // only our own claim, never one that took over a stale one
    .is('evaluated_at', null);
  if (error) console.error('score-answer: releasing the scoring claim failed', error.message);
}

/**
 * Scores one stored response. `row` must have been read through the CALLER's client (RLS = ownership).
 * Idempotent and billed once: the response is CLAIMED (scoring_started_at) before any AI provider is called;
 * a request that loses the claim never calls a provider nor writes a usage row — it waits for the winner's
 * result (polling evaluated_at) and returns it with already_scored: true, or 409 scoring_in_progress when the
 * winner takes longer than the wait. A failed attempt releases its claim so a retry proceeds immediately.
 */
export async function scoreStoredResponse(
  service: Client,
  row: ResponseRow,
  options: { waitMs?: number } = {},
): Promise<ScoreResult> {
  if (row.evaluated_at) return stored(row);
  const deadline = Date.now() + (options.waitMs ?? waitForWinnerMs());
  let claim = await claimScoring(service, row.id);
  for (let delay = 100; !claim; delay = Math.min(delay * 2, 1000)) {
    const { data: current, error } = await service.from('interview_responses').select(RESPONSE_COLUMNS).eq('id', row.id).maybeSingle();
    if (error) throw new HttpError(500, 'database_error', `Reading the response failed: ${error.message}`);
    if (!current) throw new HttpError(404, 'not_found', 'No response with this id exists in your interviews.');
    if ((current as ResponseRow).evaluated_at) return stored(current as ResponseRow);
    if (Date.now() + delay > deadline) {
      throw new HttpError(409, 'scoring_in_progress', 'This answer is being scored by another request. Try again in a few seconds.', {
        retry_after_seconds: 3,
      });
    }
    await sleep(delay);
    // succeeds only if the other request gave its claim back (it failed) or abandoned it
    claim = await claimScoring(service, row.id);
  }
  const { claimedAt } = claim;
  const answerRow = claim.row; // the answer as of the claim
  try {
    const { data: question, error: qError } = await service.from('interview_questions').select(QUESTION_COLUMNS).eq(
      'id',
      answerRow.question_id,
    ).single();
    if (qError || !question) throw new HttpError(404, 'not_found', 'The question of this response no longer exists.');
    const answer: ScoringAnswer = {
      text: answerRow.answer_text ?? answerRow.transcript ?? '',
      code: answerRow.code_answer,
      transcript: answerRow.transcript,
      // Spoken only if this answer was: in a voice interview a typed answer (no microphone, no speech
      // recognition) has no speaking time, and its delivery must not be measured as speech.
      mode: answerRow.transcript || answerRow.speaking_duration_seconds ? 'speech' : 'text',
      speaking_duration_seconds: answerRow.speaking_duration_seconds,
      time_taken_seconds: answerRow.time_taken_seconds,
      test_results: answerRow.client_test_results,
    };
    const buffer = bufferedRecorder();
    const { evaluation, outcome, verification } = await scoreAnswer(toScoringQuestion(question as QuestionRow), answer, {
      operation: 'score_answer',
      context: { userId: answerRow.user_id, sessionId: answerRow.interview_id, responseId: answerRow.id },
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
          ? {
            ...(verification.server
              ? {
                passed: verification.server.passed,
                total: verification.server.total,
                details: verification.server.details,
                isolation: verification.server.isolation,
                timed_out: verification.server.timed_out,
              }
              : {}),
            verified: Boolean(verification.server),
            client: verification.client,
            mismatch: verification.mismatch,
          }
          : null,
        ai_provider: outcome.provider,
        ai_model: outcome.model,
        evaluated_at: new Date().toISOString(),
      })
      .eq('id', answerRow.id)
      .is('evaluated_at', null)
      .select(RESPONSE_COLUMNS)
      .maybeSingle();
    if (error) throw new HttpError(500, 'database_error', `Saving the evaluation failed: ${error.message}`);
    if (!written) {
      // Only possible when our claim went stale (> 2 min) and another request took over and finished first:
      // return what it stored; keep our usage events (flagged) only when they cost money.
      if (outcome.cost_usd > 0) {
        for (const e of buffer.events) e.error_message = e.error_message ?? 'result discarded: response scored concurrently';
        await buffer.flush(dbRecorder(service));
      }
      const { data: again } = await service.from('interview_responses').select(RESPONSE_COLUMNS).eq('id', answerRow.id).single();
      return stored(again as ResponseRow);
    }
    await buffer.flush(dbRecorder(service));
    return {
      response_id: answerRow.id,
      evaluation,
      provider: outcome.provider,
      model: outcome.model,
      fallback_used: outcome.fallback_used,
      already_scored: false,
    };
  } catch (error) {
    await releaseClaim(service, answerRow.id, claimedAt);
    throw error;
  }
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
    return json(await scoreStoredResponse(service, row));
  }

  if ('attempt_id' in body) return scorePracticeAttempt(service, caller, body.attempt_id);
  return scoreAdHoc(service, caller, body);
}
