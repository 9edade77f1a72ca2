// The service-role RPCs the functions call, over the direct connection (db.ts). Each is the same `public`
// function the service role calls through PostgREST (the API surface and its grants stay as they are), called with
// named arguments and fixed SQL: arguments travel as parameters, jsonb ones as JSON text cast to jsonb, and claim
// tokens (timestamptz) as text too: postgres.js would pass a timestamptz parameter through a JS Date, which keeps
// milliseconds only, and the token must match to the microsecond. Results are
// what PostgREST answers for the same call: jsonb as parsed JSON, a timestamptz as its JSON text (a claim token
// keeps every microsecond), a bigint as a number.
import { type Statement, valueAsServiceRole } from './db.ts';
import type { Database } from './database.types.ts';

type Rpc = Database['public']['Functions'];
type Args<F extends keyof Rpc> = Rpc[F]['Args'];

/** A jsonb argument: JSON text, cast to jsonb in the statement (left out = SQL null, as through PostgREST). */
const jsonText = (value: unknown): string | null => value === undefined || value === null ? null : JSON.stringify(value);
const orNull = <T>(value: T | undefined): T | null => value ?? null;

export function assertAccountActive(a: Args<'assert_account_active'>): Promise<void> {
  return valueAsServiceRole(
    'assert_account_active',
    'Reading the account status',
    (sql) => sql`select public.assert_account_active(p_user_id => ${a.p_user_id}::uuid) as result`,
  );
}

const beginQuestionGenerationStatement = (a: Args<'begin_question_generation'>): Statement => (sql) =>
  sql`select public.begin_question_generation(p_user_id => ${a.p_user_id}::uuid, p_session_id => ${a.p_session_id}::text,
  p_rate_max => ${orNull(a.p_rate_max)}::integer, p_rate_window_seconds => ${orNull(a.p_rate_window_seconds)}::integer) as result`;

export function beginQuestionGeneration<T>(a: Args<'begin_question_generation'>): Promise<T> {
  return valueAsServiceRole('begin_question_generation', 'Reading the session', beginQuestionGenerationStatement(a));
}

const saveGeneratedQuestionsStatement = (a: Args<'save_generated_questions'>): Statement => (sql) =>
  sql`select public.save_generated_questions(p_interview_id => ${a.p_interview_id}::uuid,
  p_questions => ${jsonText(a.p_questions)}::text::jsonb, p_usage => ${jsonText(a.p_usage ?? [])}::text::jsonb,
  p_slot_id => ${orNull(a.p_slot_id)}::bigint) as result`;

export function saveGeneratedQuestions<T>(a: Args<'save_generated_questions'>): Promise<T> {
  return valueAsServiceRole('save_generated_questions', 'Saving the questions', saveGeneratedQuestionsStatement(a));
}

/**
 * generate-questions' statements for openConnections to prepare on each connection. The arguments are
 * placeholders: a statement is known to postgres.js by its text and its arguments' JavaScript types, and these
 * (strings, and nulls where calls pass numbers or nulls) give the same as every call's.
 */
export const questionGenerationStatements: Statement[] = [
  beginQuestionGenerationStatement({ p_user_id: '', p_session_id: '' }),
  saveGeneratedQuestionsStatement({ p_interview_id: '', p_questions: [] }),
];

/** The active question bank with its revision, read in one snapshot (the service role reads the answer keys too). */
export async function activeQuestionBank<T>(): Promise<{ revision: number | null; questions: T[] }> {
  const bank = await valueAsServiceRole<{ revision: number | null; questions: T[] } | null>(
    'question_bank',
    'Reading the question bank',
    (sql) => sql`select public.active_question_bank() as result`,
  );
  return { revision: bank?.revision ?? null, questions: bank?.questions ?? [] };
}

/** The active questions' usage counts (times_used by id) with the bank's revision, in one snapshot. */
export async function activeQuestionBankUsage(): Promise<{ revision: number | null; usage: Record<string, number> }> {
  const answer = await valueAsServiceRole<{ revision: number | null; usage: Record<string, number> } | null>(
    'question_bank_usage',
    'Reading the question bank',
    (sql) => sql`select public.active_question_bank_usage() as result`,
  );
  return { revision: answer?.revision ?? null, usage: answer?.usage ?? {} };
}

const claimResponseScoringStatement = (a: Args<'claim_response_scoring'>): Statement => (sql) =>
  sql`select public.claim_response_scoring(p_user_id => ${a.p_user_id}::uuid, p_response_id => ${a.p_response_id}::uuid,
  p_rate_max => ${orNull(a.p_rate_max)}::integer, p_rate_window_seconds => ${orNull(a.p_rate_window_seconds)}::integer) as result`;

export function claimResponseScoring<T>(a: Args<'claim_response_scoring'>): Promise<T> {
  return valueAsServiceRole('claim_response_scoring', 'Claiming the response for scoring', claimResponseScoringStatement(a));
}

/** The new claim token, or null when the claim is no longer ours. */
export function renewScoringClaim(a: Args<'renew_scoring_claim'>): Promise<string | null> {
  return valueAsServiceRole(
    'renew_scoring_claim',
    'Renewing the scoring claim',
    (sql) =>
      sql`select to_json(public.renew_scoring_claim(p_response_id => ${a.p_response_id}::uuid,
      p_claimed_at => ${a.p_claimed_at}::text::timestamptz)) as result`,
  );
}

export async function releaseResponseScoring(a: Args<'release_response_scoring'>): Promise<void> {
  await valueAsServiceRole(
    'release_response_scoring',
    'Releasing the scoring claim',
    (sql) =>
      sql`select public.release_response_scoring(p_response_id => ${a.p_response_id}::uuid,
      p_claimed_at => ${a.p_claimed_at}::text::timestamptz, p_slot_id => ${orNull(a.p_slot_id)}::bigint) as result`,
  );
}

const saveResponseEvaluationStatement = (a: Args<'save_response_evaluation'>): Statement => (sql) =>
  sql`select public.save_response_evaluation(p_response_id => ${a.p_response_id}::uuid,
  p_claimed_at => ${a.p_claimed_at}::text::timestamptz, p_result => ${jsonText(a.p_result)}::text::jsonb,
  p_usage => ${jsonText(a.p_usage ?? [])}::text::jsonb) as result`;

export function saveResponseEvaluation<T>(a: Args<'save_response_evaluation'>): Promise<T> {
  return valueAsServiceRole('save_response_evaluation', 'Saving the evaluation', saveResponseEvaluationStatement(a));
}

/** score-answer's statements for openConnections to prepare (placeholder arguments, see questionGenerationStatements). */
export const responseScoringStatements: Statement[] = [
  claimResponseScoringStatement({ p_user_id: '', p_response_id: '' }),
  saveResponseEvaluationStatement({ p_response_id: '', p_claimed_at: '', p_result: {} }),
];

export function recordAiUsage(a: Args<'record_ai_usage'>): Promise<number> {
  return valueAsServiceRole(
    'record_ai_usage',
    'Recording AI usage',
    (sql) => sql`select public.record_ai_usage(p_events => ${jsonText(a.p_events)}::text::jsonb) as result`,
  );
}

const claimInterviewCompletionStatement = (a: Args<'claim_interview_completion'>): Statement => (sql) =>
  sql`select public.claim_interview_completion(p_user_id => ${a.p_user_id}::uuid, p_session_id => ${a.p_session_id}::text,
  p_rate_max => ${orNull(a.p_rate_max)}::integer, p_rate_window_seconds => ${orNull(a.p_rate_window_seconds)}::integer) as result`;

export function claimInterviewCompletion<T>(a: Args<'claim_interview_completion'>): Promise<T> {
  return valueAsServiceRole('claim_interview_completion', 'Claiming the interview completion', claimInterviewCompletionStatement(a));
}

/** The new claim token, or null when the claim is no longer ours. */
export function renewCompletionClaim(a: Args<'renew_completion_claim'>): Promise<string | null> {
  return valueAsServiceRole(
    'renew_completion_claim',
    'Renewing the completion claim',
    (sql) =>
      sql`select to_json(public.renew_completion_claim(p_interview_id => ${a.p_interview_id}::uuid,
      p_claimed_at => ${a.p_claimed_at}::text::timestamptz)) as result`,
  );
}

export async function releaseInterviewCompletion(a: Args<'release_interview_completion'>): Promise<void> {
  await valueAsServiceRole(
    'release_interview_completion',
    'Releasing the completion claim',
    (sql) =>
      sql`select public.release_interview_completion(p_interview_id => ${a.p_interview_id}::uuid,
      p_claimed_at => ${a.p_claimed_at}::text::timestamptz, p_slot_id => ${orNull(a.p_slot_id)}::bigint) as result`,
  );
}

const finishInterviewCompletionStatement = (a: Args<'finish_interview_completion'>): Statement => (sql) =>
  sql`select public.finish_interview_completion(p_interview_id => ${a.p_interview_id}::uuid, p_score => ${a.p_score}::numeric,
  p_feedback => ${jsonText(a.p_feedback)}::text::jsonb, p_report => ${jsonText(a.p_report)}::text::jsonb,
  p_statistics => ${jsonText(a.p_statistics)}::text::jsonb, p_duration_seconds => ${orNull(a.p_duration_seconds)}::integer,
  p_usage => ${jsonText(a.p_usage ?? [])}::text::jsonb, p_skill_gaps => ${jsonText(a.p_skill_gaps ?? [])}::text::jsonb) as result`;

export function finishInterviewCompletion<T>(a: Args<'finish_interview_completion'>): Promise<T> {
  return valueAsServiceRole('finish_interview_completion', 'Completing the interview', finishInterviewCompletionStatement(a));
}

/** complete-interview's statements for openConnections to prepare (placeholder arguments, see questionGenerationStatements). */
export const interviewCompletionStatements: Statement[] = [
  claimInterviewCompletionStatement({ p_user_id: '', p_session_id: '' }),
  finishInterviewCompletionStatement({ p_interview_id: '', p_score: 0 }),
];

/** The slot's id, or null when the operation has no limit; 429 rate_limited when the user's slots are taken. */
export function takeAiCallSlot(a: Args<'take_ai_call_slot'>): Promise<number | null> {
  return valueAsServiceRole(
    'take_ai_call_slot',
    'Checking the rate limit',
    (sql) =>
      sql`select to_json(public.take_ai_call_slot(p_user_id => ${a.p_user_id}::uuid, p_operation => ${a.p_operation}::text,
      p_max => ${a.p_max}::integer, p_window_seconds => ${a.p_window_seconds}::integer)) as result`,
  );
}

export async function releaseAiCallSlot(a: Args<'release_ai_call_slot'>): Promise<void> {
  await valueAsServiceRole(
    'release_ai_call_slot',
    'Releasing the rate-limit slot',
    (sql) => sql`select public.release_ai_call_slot(p_slot_id => ${a.p_slot_id}::bigint) as result`,
  );
}
