// POST /functions/v1/complete-interview  { session_id }
// → { session_id, interview_id, status: 'completed', score, report: <interview_reports row>, skill_gaps: [...],
//     already_completed: boolean }
// Scores any unscored answers (follow-up answers too; each is merged into its parent question's item),
// aggregates the report (local engine; an LLM, when configured, rewrites the
// narrative), and stores skill gaps linked to learning resources, the AI usage and the completion (complete_interview:
// profile stats, daily activity/streaks and achievements follow from its triggers) in one transaction. Idempotent.
// Two database round trips: claim_interview_completion (the account check, the claim, the questions and answers)
// and finish_interview_completion (everything written, the report and skill gaps read back).
import { z } from 'npm:zod@3';
import { HttpError, json } from '../_shared/http.ts';
import { asJson, type Tables } from '../_shared/supabase.ts';
import {
  claimInterviewCompletion,
  finishInterviewCompletion,
  recordAiUsage,
  releaseInterviewCompletion,
  renewCompletionClaim,
} from '../_shared/rpc.ts';
import type { UserRequest } from '../_shared/handler.ts';
import { hasLlm, loadAiConfig } from '../_shared/ai/config.ts';
import { jobDescriptionCoverage } from '../_shared/ai/coverage.ts';
import { runAi } from '../_shared/ai/run.ts';
import { ReportNarrative } from '../_shared/ai/schemas.ts';
import { memoryRecorder, rateLimitArgs, usageRows } from '../_shared/ai/usage.ts';
import {
  aggregateReport,
  evaluateAnswer,
  type Evaluation,
  FOLLOW_UP_WEIGHT,
  mergeFollowUp,
  type ReportItem,
} from '../_shared/scoring/index.ts';
import { keepAlive, scoreStoredResponse, toScoringQuestion } from '../score-answer/handler.ts';

export const Body = z.object({ session_id: z.string().trim().min(8).max(100) }).strict();

/** The report and skill gaps of a completed interview, as claim_interview_completion and finish_interview_completion return them. */
interface Completed {
  report: Tables<'interview_reports'> | null;
  skill_gaps: unknown[];
}

function finished(session: Pick<SessionRow, 'id' | 'session_id'>, score: number | null, completed: Completed, already: boolean) {
  return json({
    session_id: session.session_id,
    interview_id: session.id,
    status: 'completed',
    score,
    report: completed.report,
    skill_gaps: completed.skill_gaps,
    already_completed: already,
  });
}

type CompletionClaim =
  | ({ state: 'completed'; session: SessionRow } & Completed)
  | { state: 'busy'; retry_after_seconds: number }
  | {
    state: 'claimed';
    claimed_at: string;
    lease_seconds: number;
    slot_id: number | null;
    session: SessionRow;
    questions: QuestionRow[];
    answers: AnswerRow[];
  };

/** The session row as claim_interview_completion returns it (to_jsonb of the row). */
type SessionRow = Tables<'interview_sessions'>;

type QuestionRow =
  & Parameters<typeof toScoringQuestion>[0]
  & Pick<Tables<'interview_questions'>, 'skills' | 'order_number' | 'is_follow_up' | 'parent_question_id'>;

type AnswerRow =
  & Pick<
    Tables<'interview_responses'>,
    'id' | 'question_id' | 'time_taken_seconds' | 'evaluated_at' | 'answer_text' | 'transcript' | 'code_answer'
  >
  & { rubric: Evaluation | null }; // jsonb written only by the scoring engine

/** How long a request waits for a concurrent completion of the same interview (COMPLETION_WAIT_MS, default 15 s). */
function waitForWinnerMs(): number {
  const configured = Number(Deno.env.get('COMPLETION_WAIT_MS'));
  return Number.isFinite(configured) && configured >= 0 ? configured : 15_000;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Claims the completion (a lease renewed while this request works; the database also takes the rate-limit
 * slot), or waits for the request that holds it: exactly one request per interview scores, calls the AI for
 * the narrative and writes the report, so one completion is billed once.
 */
async function claimCompletion(
  userId: string,
  sessionId: string,
): Promise<Exclude<CompletionClaim, { state: 'busy' }>> {
  const args = { p_user_id: userId, p_session_id: sessionId, ...rateLimitArgs('complete_interview') };
  const deadline = Date.now() + waitForWinnerMs();
  let claim = await claimInterviewCompletion<CompletionClaim>(args);
  for (let delay = 100; claim.state === 'busy'; delay = Math.min(delay * 2, 1000)) {
    if (Date.now() + delay > deadline) {
      throw new HttpError(
        409,
        'completion_in_progress',
        `This interview is being completed by another request. Try again in ${claim.retry_after_seconds} seconds.`,
        { retry_after_seconds: claim.retry_after_seconds },
      );
    }
    await sleep(delay);
    claim = await claimInterviewCompletion<CompletionClaim>(args);
  }
  return claim;
}

export async function completeInterviewHandler({ caller, body: { session_id } }: UserRequest<z.infer<typeof Body>>): Promise<Response> {
  const claim = await claimCompletion(caller.user.id, session_id);
  if (claim.state === 'completed') return finished(claim.session, claim.session.score ?? null, claim, true);
  const session = claim.session;
  const renewal = keepAlive(
    async () => Boolean(await renewCompletionClaim({ p_interview_id: session.id, p_claimed_at: claim.claimed_at })),
    claim.lease_seconds,
  );
  // The AI calls' usage rows are stored with the completion, in the same transaction; after a failure
  // they are stored on their own (the calls were made).
  const usage = memoryRecorder();
  let usageStored = false;
  try {
    const response = await complete(caller.user.id, claim, usage, () => (usageStored = true));
    await renewal.stop();
    return response;
  } catch (error) {
    await renewal.stop();
    if (!usageStored && usage.events.length) {
      await recordAiUsage({ p_events: usageRows(usage.events) }).catch((usageError) =>
        console.error('complete-interview: recording AI usage failed', usageError)
      );
    }
    await releaseInterviewCompletion({ p_interview_id: session.id, p_claimed_at: claim.claimed_at, p_slot_id: claim.slot_id ?? undefined })
      .catch((releaseError) => console.error('complete-interview: releasing the claim failed', releaseError));
    throw error;
  }
}

async function complete(
  userId: string,
  { session, questions, answers: responses }: Extract<CompletionClaim, { state: 'claimed' }>,
  usage: ReturnType<typeof memoryRecorder>,
  onUsageStored: () => void,
): Promise<Response> {
  if (!responses.length) throw new HttpError(409, 'no_answers', 'Answer at least one question before completing the interview.');

  // Score what is still unscored (sequentially: each is claimed and stored on its own).
  const evaluations = new Map<string, { evaluation: Evaluation; time: number | null }>();
  const answerTexts: string[] = [];
  for (const r of responses) {
    answerTexts.push([r.answer_text, r.transcript, r.code_answer].filter(Boolean).join('\n'));
    const evaluation = r.evaluated_at && r.rubric ? r.rubric : (await scoreStoredResponse(userId, r.id)).evaluation;
    evaluations.set(r.question_id, { evaluation, time: r.time_taken_seconds });
  }

  // Follow-ups are not questions of their own in the report: each scored follow-up answer is merged into its
  // parent question's item (mergeFollowUp: 75 % parent, 25 % follow-up; docs/scoring.md), and listed nested
  // under it in statistics.questions.
  const all = questions;
  const followUpsOf = new Map<string, Array<{ id: string; text: string; evaluation: Evaluation | null }>>();
  for (const q of all) {
    if (!q.is_follow_up || !q.parent_question_id) continue;
    const list = followUpsOf.get(q.parent_question_id) ?? [];
    list.push({ id: q.id, text: q.question_text, evaluation: evaluations.get(q.id)?.evaluation ?? null });
    followUpsOf.set(q.parent_question_id, list);
  }
  const perQuestion: Array<Record<string, unknown>> = [];
  const items: ReportItem[] = all.filter((q) => !q.is_follow_up).map((q) => {
    const question = toScoringQuestion(q);
    const scored = evaluations.get(q.id);
    let evaluation = scored?.evaluation ?? evaluateAnswer(question, { text: '', mode: 'text' }); // unanswered = skipped
    const answerScore = scored ? evaluation.score : null;
    const followUps = followUpsOf.get(q.id) ?? [];
    for (const f of followUps) if (scored && f.evaluation) evaluation = mergeFollowUp(evaluation, f.evaluation);
    perQuestion.push({
      question_id: q.id,
      order_number: q.order_number,
      score: scored ? evaluation.score : null,
      answer_score: answerScore,
      follow_ups: followUps.map((f) => ({ question_id: f.id, question_text: f.text, score: f.evaluation?.score ?? null })),
    });
    return { question, evaluation, time_taken_seconds: scored?.time ?? null };
  });
  const report = aggregateReport(items);
  const vocabulary = all.flatMap((q) => [q.skill_category, ...(q.skills ?? [])]).filter(Boolean) as string[];
  const jobDescription = jobDescriptionCoverage(session.job_description_text, answerTexts, vocabulary);

  let narrative: ReportNarrative = {
    summary:
      `${report.statistics.answered} of ${report.statistics.question_count} questions answered; overall ${report.overall_score}/100 (communication ${report.dimensions.communication}, technical ${report.dimensions.technical}, behavioral ${report.dimensions.behavioral}).`,
    strengths: report.strengths,
    weaknesses: report.weaknesses,
    recommendations: report.recommendations,
  };
  const config = loadAiConfig();
  const outcome = await runAi<ReportNarrative>({
    operation: 'complete_interview',
    system:
      'You are an interview coach writing the final report of a mock interview. Be specific, kind and actionable. Do not change any score.',
    messages: [{
      role: 'user',
      content: JSON.stringify({
        role: session.job_role,
        report,
        answers: items.map((i) => ({ q: i.question.text, score: i.evaluation.score, feedback: i.evaluation.feedback })),
      }).slice(0, 24000),
    }],
    schema: ReportNarrative,
    schemaName: 'report',
    local: () => narrative,
    localOnly: !hasLlm(config),
    maxTokens: 1500,
    temperature: 0.3,
    context: { userId, sessionId: session.id },
  }, { config, recorder: usage });
  narrative = outcome.value;

  const durationSeconds = session.started_at
    ? Math.min(86400, Math.max(session.duration_seconds ?? 0, Math.round((Date.now() - Date.parse(session.started_at)) / 1000)))
    : null;
  // One round trip: usage rows, skill gaps (+ linked learning resources, idempotent per interview and skill) and the
  // completion with its report. A concurrent completion that won the race keeps its report.
  const scoreOf = new Map(report.skill_scores.map((s) => [s.skill, s.score]));
  const saved = await finishInterviewCompletion<{ already_completed: boolean; score: number | null } & Completed>({
    p_interview_id: session.id,
    p_usage: usageRows(usage.events),
    p_skill_gaps: asJson(report.skill_gaps.map((g) => ({
      skill_name: g.skill.slice(0, 100),
      proficiency_level: g.level,
      gap_score: g.gap_score,
      skill_score: scoreOf.get(g.skill) ?? null,
      recommendation: g.recommendation,
    }))),
    p_score: report.overall_score,
    p_feedback: asJson({
      summary: narrative.summary,
      strengths: narrative.strengths,
      weaknesses: narrative.weaknesses,
      recommendations: narrative.recommendations,
      dimensions: report.dimensions,
      engine: report.engine,
      version: report.version,
      provider: outcome.provider,
    }),
    p_report: asJson({
      report_type: 'detailed',
      summary: narrative.summary,
      strengths: narrative.strengths,
      weaknesses: narrative.weaknesses,
      recommendations: narrative.recommendations,
      scores: { overall: report.overall_score, ...report.dimensions },
      skill_scores: Object.fromEntries(report.skill_scores.map((s) => [s.skill, { score: s.score, question_count: s.question_count }])),
      statistics: {
        ...report.statistics,
        skill_gaps: report.skill_gaps.length,
        engine: report.engine,
        version: report.version,
        follow_ups_answered: perQuestion.reduce(
          (n, q) => n + (q.follow_ups as Array<{ score: number | null }>).filter((f) => f.score !== null).length,
          0,
        ),
        follow_up_weight: FOLLOW_UP_WEIGHT,
        questions: perQuestion,
        ...(jobDescription ? { job_description_coverage: jobDescription } : {}),
      },
      average_response_time_seconds: report.statistics.average_response_time_seconds,
      consistency: report.consistency,
      confidence: report.confidence,
    }),
    p_statistics: asJson({ ...report.statistics, consistency: report.consistency, confidence: report.confidence }),
    p_duration_seconds: durationSeconds ?? undefined, // left out = null
  });
  onUsageStored();
  return finished(session, saved.score, saved, saved.already_completed);
}
