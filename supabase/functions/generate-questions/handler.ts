// POST /functions/v1/generate-questions  { session_id }  (uuid or the text session_id)
// → { session_id, questions: [{id, order_number, question_text, question_type, difficulty, skill_category,
//      time_limit_seconds, source, starter_code, function_name}], generated: boolean, provider, keywords }
// Picks bank questions by role/type/difficulty/tech stack + resume/JD keywords; with an LLM configured, up to
// half of the non-coding slots are tailored LLM questions (validated, deduplicated). Idempotent: a session
// that already has questions gets them back unchanged (no new rows, no new usage event).
import { z } from 'npm:zod@3';
import { HttpError, json } from '../_shared/http.ts';
import { type Client, requireUser, serviceClient } from '../_shared/supabase.ts';
import { parseBody } from '../_shared/ai/request.ts';
import { hasLlm, loadAiConfig } from '../_shared/ai/config.ts';
import { extractKeywords } from '../_shared/ai/keywords.ts';
import { runAi } from '../_shared/ai/run.ts';
import { GeneratedQuestions } from '../_shared/ai/schemas.ts';
import { type BankQuestion, type Difficulty, isDuplicate, type QType, selectQuestions } from '../_shared/ai/select.ts';
import { dbRecorder, enforceRateLimit } from '../_shared/ai/usage.ts';

const Body = z.object({ session_id: z.string().trim().min(8).max(100) }).strict();

const PUBLIC_COLUMNS =
  'id, order_number, question_text, question_type, difficulty, skill_category, skills, time_limit_seconds, source, starter_code, function_name, test_cases, bank_question_id';

interface BankRow extends BankQuestion {
  time_limit_seconds: number | null;
  expected_answer: string | null;
  key_points: string[] | null;
  sample_code: string | null;
  starter_code: string | null;
  function_name: string | null;
  test_cases: unknown[] | null;
  evaluation_criteria: unknown[] | null;
}

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
  if (error) throw new HttpError(500, 'database_error', `Reading the session failed: ${error.message}`);
  if (!data) throw new HttpError(404, 'not_found', 'No interview session with this id exists in your account.');
  return data;
}

async function existingQuestions(service: Client, interviewId: string) {
  const { data, error } = await service.from('interview_questions').select(PUBLIC_COLUMNS).eq('interview_id', interviewId).eq(
    'is_follow_up',
    false,
  ).order('order_number');
  if (error) throw new HttpError(500, 'database_error', `Reading questions failed: ${error.message}`);
  return data ?? [];
}

export async function generateQuestionsHandler(request: Request): Promise<Response> {
  const caller = await requireUser(request);
  const { session_id } = await parseBody(request, Body);
  const session = await ownSession(caller.client, session_id);
  const service = serviceClient();

  const existing = await existingQuestions(service, session.id);
  if (existing.length) return json({ session_id: session.session_id, interview_id: session.id, questions: existing, generated: false });
  if (!['pending', 'in_progress'].includes(session.status)) {
    throw new HttpError(409, 'session_closed', `This interview is ${session.status}; questions can no longer be generated.`);
  }
  await enforceRateLimit(service, caller.user.id, 'generate_questions');

  // Bank + vocabulary
  const type = session.interview_type as QType | 'mixed';
  let query = service
    .from('question_bank')
    .select(
      'id, question, type, category, difficulty, roles, tech_stack, skills, times_used, time_limit_seconds, expected_answer, key_points, sample_code, starter_code, function_name, test_cases, evaluation_criteria',
    )
    .eq('is_active', true)
    .limit(1000);
  if (type !== 'mixed') query = query.eq('type', type);
  const { data: bank, error: bankError } = await query;
  if (bankError) throw new HttpError(500, 'database_error', `Reading the question bank failed: ${bankError.message}`);
  const rows = (bank ?? []) as BankRow[];
  const vocabulary = new Set<string>();
  for (const q of rows) for (const t of [...(q.skills ?? []), ...(q.tech_stack ?? [])]) vocabulary.add(t);
  const keywords = extractKeywords({ resume: session.resume_text, jobDescription: session.job_description_text }, vocabulary).slice(0, 15);

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
  let planned: NewQuestion[] = selected.map(({ question: q }) => ({
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
            `Write ${wanted} questions of these types in order: ${slots.slice(0, wanted).map(({ q }) => q.question_type).join(', ')}.`,
            `Already chosen (do not repeat): ${planned.map((q) => q.question_text).join(' | ')}`,
          ].filter(Boolean).join('\n'),
        }],
        schema: GeneratedQuestions,
        schemaName: 'questions',
        local: () => ({ questions: [] }),
        maxTokens: 3000,
        temperature: 0.7,
        context: { userId: caller.user.id, sessionId: session.id },
      }, { config, recorder: dbRecorder(service) });
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
      context: { userId: caller.user.id, sessionId: session.id },
    }, { config, recorder: dbRecorder(service) });
  }
  planned = planned.map((q, i) => ({ ...q, interview_id: session.id, order_number: i + 1 }));
  if (!planned.length) throw new HttpError(422, 'no_questions', 'The question bank has no questions for this interview yet.');

  const { error: insertError } = await service.from('interview_questions').insert(planned);
  if (insertError) {
    if (insertError.code === '23505') {
      // a concurrent call inserted first: return its questions
      return json({
        session_id: session.session_id,
        interview_id: session.id,
        questions: await existingQuestions(service, session.id),
        generated: false,
      });
    }
    throw new HttpError(500, 'database_error', `Saving the questions failed: ${insertError.message}`);
  }
  const update: Record<string, unknown> = { total_questions: planned.length };
  if (session.status === 'pending') update.status = 'in_progress';
  const { error: updateError } = await service.from('interview_sessions').update(update).eq('id', session.id);
  if (updateError) throw new HttpError(500, 'database_error', `Starting the interview failed: ${updateError.message}`);

  return json({
    session_id: session.session_id,
    interview_id: session.id,
    questions: await existingQuestions(service, session.id),
    generated: true,
    provider,
    keywords: keywords.map((k) => k.term),
  });
}
