// POST /functions/v1/generate-questions  { session_id }  (uuid or the text session_id)
// → { session_id, questions: [{id, order_number, question_text, question_type, difficulty, skill_category,
//      time_limit_seconds, source, starter_code, function_name}], generated: boolean, provider, keywords }
// Picks bank questions by role/type/difficulty/tech stack + resume/JD keywords; with an LLM configured, up to
// half of the non-coding slots are tailored LLM questions (validated, deduplicated); with a resume or job description
// at least half of the questions name the candidate's employers, projects or skills or the posting's required skills
// (_shared/tailoring). Idempotent: a session that already has questions gets them back unchanged (no new rows,
// no new usage event).
import { z } from 'npm:zod@3';
import { HttpError, json } from '../_shared/http.ts';
import { asJson, type Client, dbError, type Tables } from '../_shared/supabase.ts';
import { beginQuestionGeneration, saveGeneratedQuestions } from '../_shared/rpc.ts';
import { activeBank } from './bank.ts';
import type { UserRequest } from '../_shared/handler.ts';
import { hasLlm, loadAiConfig } from '../_shared/ai/config.ts';
import { extractKeywords } from '../_shared/ai/keywords.ts';
import { runAi } from '../_shared/ai/run.ts';
import { GeneratedQuestions } from '../_shared/ai/schemas.ts';
import { type Difficulty, isDuplicate, type QType, selectQuestions } from '../_shared/ai/select.ts';
import { memoryRecorder, rateLimitArgs, slotHandle, usageRows } from '../_shared/ai/usage.ts';
import { extractProfile, profilePromptLines, tailorQuestions } from '../_shared/tailoring/index.ts';

export const Body = z.object({ session_id: z.string().trim().min(8).max(100) }).strict();

const DEFAULT_TIME: Record<QType, number> = { technical: 300, behavioral: 300, coding: 1200, system_design: 1800 };

export async function ownSession(client: Client, sessionId: string) {
  const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(sessionId);
  const { data, error } = await client
    .from('interview_sessions')
    .select(
      'id, session_id, user_id, job_role, custom_role, company, interview_type, difficulty, tech_stack, interaction_mode, resume_text, job_description_text, status, total_questions, started_at, duration_seconds',
    )
    .eq(isUuid ? 'id' : 'session_id', sessionId)
    .maybeSingle();
  if (error) dbError(error, 'Reading the session');
  if (!data) throw new HttpError(404, 'not_found', 'No interview session with this id exists in your account.');
  return data;
}

/** begin_question_generation's answer; `session` is to_jsonb of the session row. */
type Begin =
  | { state: 'existing'; session: SessionRow; questions: unknown[] }
  | { state: 'generate'; session: SessionRow; slot_id: number | null; bank_revision: number | null };

type SessionRow = Tables<'interview_sessions'>;

export async function generateQuestionsHandler({ caller, body: { session_id } }: UserRequest<z.infer<typeof Body>>): Promise<Response> {
  // One round trip: ownership, existing questions (idempotent), open session, rate-limit slot.
  const begin = await beginQuestionGeneration<Begin>({
    p_user_id: caller.user.id,
    p_session_id: session_id,
    ...rateLimitArgs('generate_questions'),
  });
  const session = begin.session;
  if (begin.state === 'existing') {
    return json({ session_id: session.session_id, interview_id: session.id, questions: begin.questions, generated: false });
  }
  const slot = slotHandle(begin.slot_id);
  try {
    return await generate(caller.user.id, session, begin.slot_id, begin.bank_revision);
  } catch (error) {
    await slot.release();
    throw error;
  }
}

async function generate(
  userId: string,
  session: SessionRow,
  slotId: number | null,
  bankRevision: number | null,
): Promise<Response> {
  const type = session.interview_type as QType | 'mixed';
  const { rows, vocabulary } = await activeBank(type, bankRevision);
  const keywords = extractKeywords({ resume: session.resume_text, jobDescription: session.job_description_text }, vocabulary).slice(0, 15);
  // The candidate's employers, projects and skills and the posting's required skills: questions name them.
  const profile = extractProfile({ resume: session.resume_text, jobDescription: session.job_description_text }, vocabulary);

  const count = session.total_questions as number;
  const selected = selectQuestions(rows, {
    seed: session.id,
    jobRole: session.custom_role || session.job_role,
    interviewType: type,
    difficulty: session.difficulty as Difficulty,
    techStack: session.tech_stack ?? [],
    count,
    keywords,
  });

  type NewQuestion = Record<string, unknown> & { question_text: string; question_type: QType };
  const planned: NewQuestion[] = selected.map(({ question: q }) => ({
    bank_question_id: q.id,
    question_text: q.question,
    question_type: q.type,
    difficulty: q.difficulty,
    skill_category: q.skills?.[0] ?? q.category,
    skills: q.skills ?? [],
    time_limit_seconds: q.time_limit_seconds ?? DEFAULT_TIME[q.type],
    starter_code: q.starter_code,
    function_name: q.function_name,
    test_cases: q.test_cases ?? [],
    expected_answer: q.expected_answer,
    key_points: q.key_points ?? [],
    sample_code: q.sample_code,
    evaluation_criteria: q.evaluation_criteria ?? [],
    source: 'bank',
  }));

  // LLM tailoring: replace up to half of the non-coding slots with generated questions.
  const config = loadAiConfig();
  const usage = memoryRecorder(); // stored with the questions, in the same transaction
  let provider = 'local';
  if (hasLlm(config) && count > 0) {
    const slots = planned.map((q, i) => ({ q, i })).filter(({ q }) => q.question_type !== 'coding');
    const wanted = Math.min(Math.ceil(slots.length / 2), 10);
    if (wanted > 0) {
      const outcome = await runAi({
        operation: 'generate_questions',
        system:
          'You write realistic, specific interview questions with a model answer and 3-6 key points each. Never repeat the questions you are shown.',
        messages: [{
          role: 'user',
          content: [
            `Role: ${session.custom_role || session.job_role}${
              session.company ? ` at ${session.company}` : ''
            }; difficulty: ${session.difficulty}; tech stack: ${(session.tech_stack ?? []).join(', ') || 'n/a'}.`,
            `Skills from the resume and job description: ${keywords.map((k) => k.term).join(', ') || 'n/a'}.`,
            session.job_description_text ? `Job description (excerpt): ${String(session.job_description_text).slice(0, 1500)}` : '',
            ...profilePromptLines(profile),
            `Write ${wanted} questions of these types in order: ${slots.slice(0, wanted).map(({ q }) => q.question_type).join(', ')}.`,
            `Already chosen (do not repeat): ${planned.map((q) => q.question_text).join(' | ')}`,
          ].filter(Boolean).join('\n'),
        }],
        schema: GeneratedQuestions,
        schemaName: 'questions',
        local: () => ({ questions: [] }),
        maxTokens: 3000,
        temperature: 0.7,
        context: { userId, sessionId: session.id },
      }, { config, recorder: usage });
      provider = outcome.provider;
      const texts = planned.map((q) => q.question_text);
      let slot = 0;
      for (const g of outcome.value.questions) {
        if (slot >= wanted) break;
        if (isDuplicate(g.question, texts)) continue;
        const target = slots[slot++]!;
        texts.push(g.question);
        planned[target.i] = {
          bank_question_id: null,
          question_text: g.question,
          question_type: g.type,
          difficulty: g.difficulty,
          skill_category: g.skill,
          skills: [g.skill],
          time_limit_seconds: g.time_limit_seconds ?? DEFAULT_TIME[g.type],
          starter_code: null,
          function_name: null,
          test_cases: [],
          expected_answer: g.expected_answer,
          key_points: g.key_points,
          sample_code: null,
          evaluation_criteria: [],
          source: 'llm',
        };
      }
    }
  }
  if (provider === 'local' && !hasLlm(config)) {
    // bank selection is the local engine's generation: record it like any AI call (usage, rate limit)
    await runAi({
      operation: 'generate_questions',
      system: 'bank selection',
      messages: [{ role: 'user', content: JSON.stringify({ count, keywords }) }],
      schema: GeneratedQuestions,
      local: () => ({ questions: [] }),
      localOnly: true,
      context: { userId, sessionId: session.id },
    }, { config, recorder: usage });
  }
  if (!planned.length) throw new HttpError(422, 'no_questions', 'The question bank has no questions for this interview yet.');

  // One round trip: the questions, the usage rows and the session's start, in one transaction (a concurrent
  // call that inserted first wins: its questions come back and this call's usage and slot are dropped).
  const saved = await saveGeneratedQuestions<{ generated: boolean; questions: unknown[] }>({
    p_interview_id: session.id,
    p_questions: asJson(tailorQuestions(planned, profile)),
    p_usage: usageRows(usage.events),
    p_slot_id: slotId ?? undefined, // left out = null
  });
  return json({
    session_id: session.session_id,
    interview_id: session.id,
    questions: saved.questions,
    generated: saved.generated,
    ...(saved.generated ? { provider, keywords: keywords.map((k) => k.term) } : {}),
  });
}
