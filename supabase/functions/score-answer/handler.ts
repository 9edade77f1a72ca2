// POST /functions/v1/score-answer
//   { response_id }  → scores one stored response of the caller (idempotent; never scored or billed twice)
//   { attempt_id } | { question, answer } → practice mode, see practice.ts.
import { z } from 'npm:zod@3';
import { HttpError, json } from '../_shared/http.ts';
import { asJson, assertAccountActive, serviceClient, type Tables } from '../_shared/supabase.ts';
import { claimResponseScoring, recordAiUsage, releaseResponseScoring, renewScoringClaim, saveResponseEvaluation } from '../_shared/rpc.ts';
import type { UserRequest } from '../_shared/handler.ts';
import { type CodingSpec, scoreAnswer } from '../_shared/ai/scoring.ts';
import { memoryRecorder, rateLimitArgs, slotHandle, usageRows } from '../_shared/ai/usage.ts';
import type { Evaluation, ScoringAnswer, ScoringQuestion, TestResults } from '../_shared/scoring/index.ts';
import { AdHoc, scoreAdHoc, scorePracticeAttempt, StoredAttempt } from './practice.ts';

const Stored = z.object({ response_id: z.string().uuid() }).strict();
export const Body = z.union([Stored, StoredAttempt, AdHoc]);

type QuestionRow = Pick<
  Tables<'interview_questions'>,
  | 'id'
  | 'interview_id'
  | 'question_text'
  | 'question_type'
  | 'difficulty'
  | 'skill_category'
  | 'expected_answer'
  | 'key_points'
  | 'evaluation_criteria'
  | 'time_limit_seconds'
  | 'function_name'
  | 'test_cases'
>;

export const QUESTION_COLUMNS =
  'id, interview_id, question_text, question_type, difficulty, skill_category, expected_answer, key_points, evaluation_criteria, time_limit_seconds, function_name, test_cases';

/**
 * A question row (interview_questions or question_bank) as the scoring engine reads it. The type and
 * difficulty columns are text with a check constraint, and the jsonb columns hold what the engine wrote or
 * the bank seeded, so they are narrowed here, in one place.
 */
export function toScoringQuestion(q: QuestionRow): ScoringQuestion & CodingSpec {
  const criteria = q.evaluation_criteria as unknown as ScoringQuestion['evaluation_criteria'];
  return {
    text: q.question_text,
    type: q.question_type as ScoringQuestion['type'],
    difficulty: q.difficulty as ScoringQuestion['difficulty'],
    skill_category: q.skill_category,
    expected_answer: q.expected_answer,
    key_points: q.key_points,
    evaluation_criteria: criteria?.length ? criteria : null,
    time_limit_seconds: q.time_limit_seconds,
    function_name: q.function_name,
    test_cases: q.test_cases as CodingSpec['test_cases'],
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

/** A response row as the scoring RPCs return it; its jsonb columns are written only by the app's own code. */
type ResponseRow =
  & Pick<
    Tables<'interview_responses'>,
    | 'id'
    | 'question_id'
    | 'interview_id'
    | 'user_id'
    | 'answer_text'
    | 'code_answer'
    | 'transcript'
    | 'speaking_duration_seconds'
    | 'time_taken_seconds'
    | 'evaluated_at'
    | 'ai_provider'
    | 'ai_model'
  >
  & { client_test_results: TestResults | null; rubric: Evaluation | null };
const stored = (row: ResponseRow): ScoreResult => ({
  response_id: row.id,
  evaluation: row.rubric as Evaluation,
  provider: row.ai_provider ?? 'local',
  model: row.ai_model,
  fallback_used: false,
  already_scored: true,
});

/** How long a request that lost the claim waits for the winner's result (SCORING_WAIT_MS, default 15 s). */
function waitForWinnerMs(): number {
  const configured = Number(Deno.env.get('SCORING_WAIT_MS'));
  return Number.isFinite(configured) && configured >= 0 ? configured : 15_000;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Claim =
  | { state: 'scored'; response: ResponseRow }
  | { state: 'busy'; retry_after_seconds: number }
  | {
    state: 'claimed';
    claimed_at: string;
    lease_seconds: number;
    slot_id: number | null;
    response: ResponseRow;
    question: QuestionRow;
  };

/**
 * Renews a claim every third of its lease until stopped (`renew` resolves false once the claim is gone).
 * stop() waits for a renewal in flight, so that the claim token is final when the result is saved.
 */
export function keepAlive(renew: () => Promise<boolean>, leaseSeconds: number): { stop(): Promise<void> } {
  let inFlight: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    inFlight = renew().then((held) => {
      if (!held) clearInterval(timer);
    }, (error) => console.error('renewing a claim failed', error));
  }, Math.max(500, (leaseSeconds * 1000) / 3));
  return {
    async stop() {
      clearInterval(timer);
      await inFlight;
    },
  };
}

function busy(retryAfterSeconds: number): HttpError {
  return new HttpError(
    409,
    'scoring_in_progress',
    `This answer is being scored by another request. Try again in ${retryAfterSeconds} seconds.`,
    { retry_after_seconds: retryAfterSeconds },
  );
}

/**
 * Scores one stored response of `userId` (the database checks ownership: 404 otherwise). Idempotent and
 * billed once: claim_response_scoring claims the response (a renewed lease) before any AI provider is called,
 * and takes the rate-limit slot only when it claims; a request that loses the claim never calls a provider nor
 * writes a usage row — it waits for the winner's result and returns it with already_scored: true, or 409
 * scoring_in_progress (with retry_after_seconds) when the winner takes longer than the wait. The evaluation
 * and its usage rows are stored in one transaction, only while the claim is still ours; a failure gives the
 * claim and the slot back so a retry proceeds immediately.
 */
export async function scoreStoredResponse(
  userId: string,
  responseId: string,
  options: { waitMs?: number; rateLimited?: boolean } = {},
): Promise<ScoreResult> {
  const deadline = Date.now() + (options.waitMs ?? waitForWinnerMs());
  const claimArgs = {
    p_user_id: userId,
    p_response_id: responseId,
    ...(options.rateLimited ? rateLimitArgs('score_answer') : {}),
  };
  let claim = await claimResponseScoring<Claim>(claimArgs);
  for (let delay = 100; claim.state !== 'claimed'; delay = Math.min(delay * 2, 1000)) {
    if (claim.state === 'scored') return stored(claim.response);
    if (Date.now() + delay > deadline) throw busy(claim.retry_after_seconds);
    await sleep(delay);
    claim = await claimResponseScoring<Claim>(claimArgs);
  }
  const { response: answerRow, question } = claim;
  let claimedAt = claim.claimed_at; // the claim token: the heartbeat we last wrote
  const slot = slotHandle(claim.slot_id);
  const renewal = keepAlive(async () => {
    const next = await renewScoringClaim({ p_response_id: answerRow.id, p_claimed_at: claimedAt });
    if (next) claimedAt = next;
    return Boolean(next);
  }, claim.lease_seconds);
  try {
    if (!question) throw new HttpError(404, 'not_found', 'The question of this response no longer exists.');
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
    const buffer = memoryRecorder();
    const { evaluation, outcome, verification } = await scoreAnswer(toScoringQuestion(question), answer, {
      operation: 'score_answer',
      context: { userId: answerRow.user_id, sessionId: answerRow.interview_id, responseId: answerRow.id },
      recorder: buffer,
    });
    const result = {
      score: evaluation.score,
      ai_feedback: evaluation.feedback,
      strengths: evaluation.strengths,
      weaknesses: evaluation.weaknesses,
      missed_key_points: evaluation.missed_key_points,
      improved_answer: evaluation.improved_answer ?? evaluation.suggested_outline.join('\n'),
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
    };
    await renewal.stop();
    const saved = await saveResponseEvaluation<{ state: 'saved' } | { state: 'lost'; response: ResponseRow | null }>({
      p_response_id: answerRow.id,
      p_claimed_at: claimedAt,
      p_result: asJson(result),
      p_usage: usageRows(buffer.events),
    });
    if (saved.state === 'lost') {
      // Our lease expired and another request took over (or the answer was resubmitted meanwhile): keep our
      // usage rows (flagged) only when they cost money.
      if (outcome.cost_usd > 0) {
        for (const e of buffer.events) e.error_message = e.error_message ?? 'result discarded: claim lost before saving';
        await recordAiUsage({ p_events: usageRows(buffer.events) });
      }
      if (saved.response?.evaluated_at) return stored(saved.response);
      throw new HttpError(409, 'answer_changed', 'The answer changed while it was being scored. Score it again.', {
        retry_after_seconds: 1,
      });
    }
    return {
      response_id: answerRow.id,
      evaluation,
      provider: outcome.provider,
      model: outcome.model,
      fallback_used: outcome.fallback_used,
      already_scored: false,
    };
  } catch (error) {
    await renewal.stop();
    try {
      await releaseResponseScoring({ p_response_id: answerRow.id, p_claimed_at: claimedAt, p_slot_id: slot.id ?? undefined });
    } catch (releaseError) {
      console.error('score-answer: releasing the scoring claim failed', releaseError);
    }
    throw error;
  }
}

// index.ts leaves the account check to the first RPC: claim_response_scoring makes it for a stored response;
// the practice modes make it here.
export async function scoreAnswerHandler({ caller, body }: UserRequest<z.infer<typeof Body>>): Promise<Response> {
  if ('response_id' in body) {
    return json(await scoreStoredResponse(caller.user.id, body.response_id, { rateLimited: true }));
  }

  await assertAccountActive(caller.user.id);
  const service = serviceClient();
  if ('attempt_id' in body) return scorePracticeAttempt(service, caller, body.attempt_id);
  return scoreAdHoc(service, caller, body);
}
