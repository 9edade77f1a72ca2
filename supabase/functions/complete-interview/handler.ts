// POST /functions/v1/complete-interview  { session_id }
// → { session_id, interview_id, status: 'completed', score, report: <interview_reports row>, skill_gaps: [...],
//     already_completed: boolean }
// Scores any unscored answers (follow-up answers too; each is merged into its parent question's item),
// aggregates the report (local engine; an LLM, when configured, rewrites the
// narrative), writes skill gaps linked to learning resources, and calls complete_interview as the service
// role (profile stats, daily activity/streaks and achievements follow from its triggers). Idempotent.
import { z } from 'npm:zod@3';
import { HttpError, json } from '../_shared/http.ts';
import { asJson, callRpc, type Client, dbError, serviceClient, type Tables } from '../_shared/supabase.ts';
import type { UserRequest } from '../_shared/handler.ts';
import { hasLlm, loadAiConfig } from '../_shared/ai/config.ts';
import { jobDescriptionCoverage } from '../_shared/ai/coverage.ts';
import { runAi } from '../_shared/ai/run.ts';
import { ReportNarrative } from '../_shared/ai/schemas.ts';
import { dbRecorder, rateLimitArgs } from '../_shared/ai/usage.ts';
import {
  aggregateReport,
  evaluateAnswer,
  type Evaluation,
  FOLLOW_UP_WEIGHT,
  mergeFollowUp,
  type ReportItem,
} from '../_shared/scoring/index.ts';
import { keepAlive, QUESTION_COLUMNS, scoreStoredResponse, toScoringQuestion } from '../score-answer/handler.ts';

export const Body = z.object({ session_id: z.string().trim().min(8).max(100) }).strict();

async function finished(service: Client, interviewId: string, sessionId: string, score: number | null, already: boolean) {
  const [{ data: report }, { data: gaps }] = await Promise.all([
    service.from('interview_reports').select('*').eq('interview_id', interviewId).eq('report_type', 'detailed').maybeSingle(),
    service.from('skill_gaps').select(
      'id, skill_name, proficiency_level, gap_score, skill_score, recommendation, skill_gap_resources(resource_id, priority, learning_resources(title, url, resource_type))',
    ).eq('interview_id', interviewId).order('gap_score', { ascending: false }),
  ]);
  return json({
    session_id: sessionId,
    interview_id: interviewId,
    status: 'completed',
    score,
    report,
    skill_gaps: gaps ?? [],
    already_completed: already,
  });
}

type CompletionClaim =
  | { state: 'completed'; session: SessionRow }
  | { state: 'busy'; retry_after_seconds: number }
  | { state: 'claimed'; claimed_at: string; lease_seconds: number; slot_id: number | null; session: SessionRow };

/** The session row as claim_interview_completion returns it (to_jsonb of the row). */
type SessionRow = Tables<'interview_sessions'>;

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
  service: Client,
  userId: string,
  sessionId: string,
): Promise<Exclude<CompletionClaim, { state: 'busy' }>> {
  const args = { p_user_id: userId, p_session_id: sessionId, ...rateLimitArgs('complete_interview') };
  const deadline = Date.now() + waitForWinnerMs();
  let claim = await callRpc<CompletionClaim>(service, 'claim_interview_completion', args, 'Claiming the interview completion');
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
    claim = await callRpc<CompletionClaim>(service, 'claim_interview_completion', args, 'Claiming the interview completion');
  }
  return claim;
}

export async function completeInterviewHandler({ caller, body: { session_id } }: UserRequest<z.infer<typeof Body>>): Promise<Response> {
  const service = serviceClient();
  const claim = await claimCompletion(service, caller.user.id, session_id);
  if (claim.state === 'completed') {
    return finished(service, claim.session.id, claim.session.session_id, claim.session.score ?? null, true);
  }
  const session = claim.session;
  const renewal = keepAlive(
    async () =>
      Boolean(
        await callRpc<string | null>(
          service,
          'renew_completion_claim',
          { p_interview_id: session.id, p_claimed_at: claim.claimed_at },
          'Renewing the completion claim',
        ),
      ),
    claim.lease_seconds,
  );
  try {
    return await complete(service, caller.user.id, session);
  } catch (error) {
    const { error: releaseError } = await service.rpc('release_interview_completion', {
      p_interview_id: session.id,
      p_claimed_at: claim.claimed_at,
      p_slot_id: claim.slot_id ?? undefined, // left out = null
    });
    if (releaseError) console.error('complete-interview: releasing the claim failed', releaseError.message);
    throw error;
  } finally {
    await renewal.stop();
  }
}

async function complete(service: Client, userId: string, session: SessionRow): Promise<Response> {
  const [{ data: questions, error: qError }, { data: responses, error: rError }] = await Promise.all([
    service.from('interview_questions').select(
      `${QUESTION_COLUMNS}, skills, order_number, is_follow_up, parent_question_id`,
    ).eq('interview_id', session.id).order('order_number'),
    service.from('interview_responses').select(
      'id, question_id, time_taken_seconds, evaluated_at, rubric, answer_text, transcript, code_answer',
    ).eq('interview_id', session.id),
  ]);
  if (qError) dbError(qError, 'Reading questions');
  if (rError) dbError(rError, 'Reading answers');
  if (!responses?.length) throw new HttpError(409, 'no_answers', 'Answer at least one question before completing the interview.');

  // Score what is still unscored (sequentially: each is claimed and stored on its own).
  const evaluations = new Map<string, { evaluation: Evaluation; time: number | null }>();
  const answerTexts: string[] = [];
  for (const r of responses as AnswerRow[]) {
    answerTexts.push([r.answer_text, r.transcript, r.code_answer].filter(Boolean).join('\n'));
    const evaluation = r.evaluated_at && r.rubric ? r.rubric : (await scoreStoredResponse(service, userId, r.id)).evaluation;
    evaluations.set(r.question_id, { evaluation, time: r.time_taken_seconds });
  }

  // Follow-ups are not questions of their own in the report: each scored follow-up answer is merged into its
  // parent question's item (mergeFollowUp: 75 % parent, 25 % follow-up; docs/scoring.md), and listed nested
  // under it in statistics.questions.
  const all = questions ?? [];
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
  }, { config, recorder: dbRecorder(service) });
  narrative = outcome.value;

  // Skill gaps (+ linked learning resources), idempotent per (interview, skill).
  if (report.skill_gaps.length) {
    const scoreOf = new Map(report.skill_scores.map((s) => [s.skill, s.score]));
    const { data: gaps, error: gapError } = await service.from('skill_gaps').upsert(
      report.skill_gaps.map((g) => ({
        user_id: session.user_id,
        interview_id: session.id,
        skill_name: g.skill.slice(0, 100),
        proficiency_level: g.level,
        gap_score: g.gap_score,
        skill_score: scoreOf.get(g.skill) ?? null,
        recommendation: g.recommendation,
      })),
      { onConflict: 'interview_id,skill_name' },
    ).select('id');
    if (gapError) dbError(gapError, 'Saving skill gaps');
    // one round trip for all gaps (they are independent rows)
    await Promise.all((gaps ?? []).map(async (gap) => {
      const { error } = await service.rpc('link_skill_gap_resources', { p_skill_gap_id: gap.id, p_limit: 3 });
      if (error) console.error('link_skill_gap_resources failed', error.message);
    }));
  }

  const durationSeconds = session.started_at
    ? Math.min(86400, Math.max(session.duration_seconds ?? 0, Math.round((Date.now() - Date.parse(session.started_at)) / 1000)))
    : null;
  const { error: completeError } = await service.rpc('complete_interview', {
    p_session_id: session.session_id,
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
  if (completeError) {
    // A concurrent completion won the race: its report stands.
    const { data: now } = await service.from('interview_sessions').select('status, score').eq('id', session.id).single();
    if (now?.status === 'completed') return finished(service, session.id, session.session_id, now.score, true);
    dbError(completeError, 'Completing the interview');
  }
  return finished(service, session.id, session.session_id, report.overall_score, false);
}
