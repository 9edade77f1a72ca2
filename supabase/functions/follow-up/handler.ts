// POST /functions/v1/follow-up  { session_id, question_id }
// → { follow_up: string | null, reason, message_id: uuid | null, follow_up_question_id: uuid | null, already_asked, provider }
// Reads the transcript for the question (interview_messages + the stored response), decides whether a
// follow-up is warranted (missing STAR component, vague claim without metrics, missed key point, too short)
// and, when it is, creates it as a first-class question (service role): an interview_questions row with
// is_follow_up, parent_question_id, source 'follow_up', the parent's type/difficulty/skill and answer keys derived
// from the reason — so its answer goes through submit_response and score-answer like any other — and appends it
// to interview_messages as the interviewer (metadata: reason, follow_up_question_id).
// At most one follow-up per question (idempotent; a unique index backs it): asking again returns the same
// follow-up with already_asked: true and the ORIGINAL reason.
import { z } from 'npm:zod@3';
import { HttpError, json } from '../_shared/http.ts';
import { type Client, dbError, type InsertFilledByTrigger, serviceClient, type TablesInsert } from '../_shared/supabase.ts';
import type { UserRequest } from '../_shared/handler.ts';
import { decideFollowUp, followUpKeys } from '../_shared/ai/followup.ts';
import { runAi } from '../_shared/ai/run.ts';
import { FollowUpDecision } from '../_shared/ai/schemas.ts';
import { dbRecorder, takeAiCallSlot } from '../_shared/ai/usage.ts';
import { evaluateAnswer } from '../_shared/scoring/index.ts';
import { ownSession } from '../generate-questions/handler.ts';
import { QUESTION_COLUMNS, toScoringQuestion } from '../score-answer/handler.ts';

export const Body = z.object({ session_id: z.string().trim().min(8).max(100), question_id: z.string().uuid() }).strict();

export async function followUpHandler({ caller, body }: UserRequest<z.infer<typeof Body>>): Promise<Response> {
  const session = await ownSession(caller.client, body.session_id);
  if (!['pending', 'in_progress'].includes(session.status)) {
    throw new HttpError(409, 'session_closed', `This interview is ${session.status}; no more follow-ups.`);
  }
  const service = serviceClient();
  const { data: question } = await service.from('interview_questions').select(`${QUESTION_COLUMNS}, skills, is_follow_up`).eq(
    'id',
    body.question_id,
  ).eq('interview_id', session.id).maybeSingle();
  if (!question) throw new HttpError(404, 'not_found', 'No question with this id in this interview.');
  if (question.is_follow_up) {
    throw new HttpError(409, 'is_follow_up', 'This is already a follow-up question; follow-ups are not followed up again.');
  }

  const { data: messages, error } = await caller.client.from('interview_messages').select(
    'id, role, content, is_follow_up, question_id, message_index, metadata',
  ).eq('interview_id', session.id).order('message_index');
  if (error) dbError(error, 'Reading the transcript');
  const forQuestion = (messages ?? []).filter((m) => m.question_id === body.question_id);
  const asked = forQuestion.find((m) => m.is_follow_up && m.role === 'assistant');
  if (asked) return json(await alreadyAsked(service, body.question_id, asked));
  const existing = await existingFollowUp(service, body.question_id);
  if (existing) {
    // a racing request created the question row and has not appended its message yet
    return json({
      follow_up: existing.question_text,
      reason: 'already_asked',
      already_asked: true,
      message_id: null,
      follow_up_question_id: existing.id,
      provider: null,
    });
  }

  const { data: response } = await caller.client.from('interview_responses').select(
    'answer_text, transcript, code_answer, speaking_duration_seconds',
  )
    .eq('question_id', body.question_id).maybeSingle();
  const answer = [
    response?.answer_text || response?.transcript || response?.code_answer || '', // code alone is an answer
    // replies stored only as transcript messages (no question row); answers the database recorded from a stored
    // response carry a transcript_key and are already in `response`
    ...forQuestion.filter((m) => m.role === 'user' && !(m.metadata as Record<string, unknown> | null)?.transcript_key).map((m) =>
      m.content
    ),
  ]
    .filter(Boolean).join('\n').trim();
  if (!answer) throw new HttpError(409, 'no_answer', 'Answer the question before asking for a follow-up.');

  const slot = await takeAiCallSlot(caller.user.id, 'follow_up');
  // A request that fails from here on gives its rate-limit slot back, as score-answer does.
  try {
    const scoringQuestion = toScoringQuestion(question);
    const evaluation = evaluateAnswer(scoringQuestion, { text: answer, mode: 'text' });
    const outcome = await runAi<FollowUpDecision>({
      operation: 'follow_up',
      system:
        'You are a sharp but friendly interviewer. Decide whether ONE follow-up question is needed: a missing STAR component (situation, task, action, result) in a behavioral answer, a vague claim without numbers, or a missed key point. If the answer is complete, return follow_up null with reason "complete".',
      messages: [{
        role: 'user',
        content: `Question: ${scoringQuestion.text}\nKey points: ${(scoringQuestion.key_points ?? []).join('; ')}\nTranscript so far:\n${
          (messages ?? []).slice(-12).map((m) => `${m.role}: ${m.content}`).join('\n')
        }\nCandidate answer:\n${answer}`,
      }],
      schema: FollowUpDecision,
      schemaName: 'follow_up',
      local: () => decideFollowUp(scoringQuestion.type, answer, evaluation),
      maxTokens: 300,
      temperature: 0.2,
      context: { userId: caller.user.id, sessionId: session.id },
    }, { recorder: dbRecorder(service) });

    const decision = outcome.value;
    if (!decision.follow_up) {
      return json({
        follow_up: null,
        reason: decision.reason,
        message_id: null,
        follow_up_question_id: null,
        already_asked: false,
        provider: outcome.provider,
      });
    }
    const keys = followUpKeys(decision.reason, { missedKeyPoint: evaluation.missed_key_points[0] });
    const followUpRow: InsertFilledByTrigger<'interview_questions', 'order_number' | 'user_id'> = {
      interview_id: session.id,
      parent_question_id: body.question_id,
      is_follow_up: true,
      source: 'follow_up',
      question_text: decision.follow_up,
      question_type: question.question_type,
      difficulty: question.difficulty,
      skill_category: question.skill_category ?? 'general',
      skills: question.skills ?? [],
      expected_answer: keys.expected_answer,
      key_points: keys.key_points,
      asked_at: new Date().toISOString(),
    };
    const { data: created, error: questionError } = await service.from('interview_questions').insert(
      followUpRow as TablesInsert<'interview_questions'>,
    ).select('id').single();
    if (questionError) {
      if (questionError.code === '23505') {
        // Another request asked the follow-up first (one per question): return that one.
        const { data: again } = await caller.client.from('interview_messages').select(
          'id, role, content, is_follow_up, question_id, message_index, metadata',
        )
          .eq('interview_id', session.id).eq('question_id', body.question_id).eq('is_follow_up', true).eq('role', 'assistant').limit(1)
          .maybeSingle();
        if (again) return json(await alreadyAsked(service, body.question_id, again));
        const other = await existingFollowUp(service, body.question_id);
        if (other) {
          return json({
            follow_up: other.question_text,
            reason: 'already_asked',
            already_asked: true,
            message_id: null,
            follow_up_question_id: other.id,
            provider: null,
          });
        }
      }
      dbError(questionError, 'Saving the follow-up question');
    }
    const messageRow: InsertFilledByTrigger<'interview_messages', 'message_index'> = {
      interview_id: session.id,
      question_id: body.question_id,
      role: 'assistant',
      content: decision.follow_up,
      is_question: true,
      is_follow_up: true,
      metadata: { reason: decision.reason, provider: outcome.provider, model: outcome.model, follow_up_question_id: created.id },
    };
    const { data: inserted, error: insertError } = await service.from('interview_messages').insert(
      messageRow as TablesInsert<'interview_messages'>,
    ).select('id').single();
    if (insertError) {
      await service.from('interview_questions').delete().eq('id', created.id); // keep question and transcript in step
      dbError(insertError, 'Saving the follow-up');
    }
    return json({
      follow_up: decision.follow_up,
      reason: decision.reason,
      message_id: inserted.id,
      follow_up_question_id: created.id,
      already_asked: false,
      provider: outcome.provider,
    });
  } catch (error) {
    await slot.release();
    throw error;
  }
}

type AskedMessage = { id: string; content: string; metadata: unknown };

/** The follow-up question row of a parent question, if one was created. */
async function existingFollowUp(service: Client, parentId: string): Promise<{ id: string; question_text: string } | null> {
  const { data, error } = await service.from('interview_questions').select('id, question_text').eq('parent_question_id', parentId).eq(
    'is_follow_up',
    true,
  ).order('order_number').limit(1).maybeSingle();
  if (error) dbError(error, 'Reading the follow-up');
  return data;
}

/** The answer for a follow-up asked before: the same text, its ORIGINAL reason (message metadata) and question id. */
async function alreadyAsked(service: Client, parentId: string, asked: AskedMessage) {
  const metadata = (asked.metadata && typeof asked.metadata === 'object' ? asked.metadata : {}) as Record<string, unknown>;
  const storedId = typeof metadata.follow_up_question_id === 'string' ? metadata.follow_up_question_id : null;
  // Follow-ups asked before questions were created for them have no row: null (the room falls back to the transcript).
  const questionId = storedId ?? (await existingFollowUp(service, parentId))?.id ?? null;
  return {
    follow_up: asked.content,
    reason: typeof metadata.reason === 'string' ? metadata.reason : 'already_asked',
    already_asked: true,
    message_id: asked.id,
    follow_up_question_id: questionId,
    provider: null,
  };
}
