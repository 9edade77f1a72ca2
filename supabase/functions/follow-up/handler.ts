// POST /functions/v1/follow-up  { session_id, question_id }
// → { follow_up: string | null, reason, message_id: uuid | null, provider }
// Reads the transcript for the question (interview_messages + the stored response), decides whether a
// follow-up is warranted (missing STAR component, vague claim without metrics, missed key point, too short)
// and appends it to interview_messages as the interviewer. At most one follow-up per question (idempotent).
import { z } from 'npm:zod@3';
import { HttpError, json } from '../_shared/http.ts';
import { requireUser, serviceClient } from '../_shared/supabase.ts';
import { parseBody } from '../_shared/ai/request.ts';
import { decideFollowUp } from '../_shared/ai/followup.ts';
import { runAi } from '../_shared/ai/run.ts';
import { FollowUpDecision } from '../_shared/ai/schemas.ts';
import { dbRecorder, enforceRateLimit } from '../_shared/ai/usage.ts';
import { evaluateAnswer } from '../_shared/scoring/index.ts';
import { ownSession } from '../generate-questions/handler.ts';
import { QUESTION_COLUMNS, toScoringQuestion } from '../score-answer/handler.ts';

const Body = z.object({ session_id: z.string().trim().min(8).max(100), question_id: z.string().uuid() }).strict();

export async function followUpHandler(request: Request): Promise<Response> {
  const caller = await requireUser(request);
  const body = await parseBody(request, Body);
  const session = await ownSession(caller.client, body.session_id);
  if (!['pending', 'in_progress'].includes(session.status)) {
    throw new HttpError(409, 'session_closed', `This interview is ${session.status}; no more follow-ups.`);
  }
  const service = serviceClient();
  const { data: question } = await service.from('interview_questions').select(QUESTION_COLUMNS).eq('id', body.question_id).eq('interview_id', session.id).maybeSingle();
  if (!question) throw new HttpError(404, 'not_found', 'No question with this id in this interview.');

  const { data: messages, error } = await caller.client.from('interview_messages').select('id, role, content, is_follow_up, question_id, message_index').eq('interview_id', session.id).order('message_index');
  if (error) throw new HttpError(500, 'database_error', `Reading the transcript failed: ${error.message}`);
  const forQuestion = (messages ?? []).filter((m) => m.question_id === body.question_id);
  const asked = forQuestion.find((m) => m.is_follow_up && m.role === 'assistant');
  if (asked) return json({ follow_up: asked.content, reason: 'already_asked', message_id: asked.id, provider: null });

  const { data: response } = await caller.client.from('interview_responses').select('answer_text, transcript, speaking_duration_seconds').eq('question_id', body.question_id).maybeSingle();
  const answer = [response?.answer_text ?? response?.transcript ?? '', ...forQuestion.filter((m) => m.role === 'user').map((m) => m.content)]
    .filter(Boolean).join('\n').trim();
  if (!answer) throw new HttpError(409, 'no_answer', 'Answer the question before asking for a follow-up.');

  await enforceRateLimit(service, caller.user.id, 'follow_up');
  const scoringQuestion = toScoringQuestion(question);
  const evaluation = evaluateAnswer(scoringQuestion, { text: answer, mode: 'text' });
  const outcome = await runAi<FollowUpDecision>({
    operation: 'follow_up',
    system: 'You are a sharp but friendly interviewer. Decide whether ONE follow-up question is needed: a missing STAR component (situation, task, action, result) in a behavioral answer, a vague claim without numbers, or a missed key point. If the answer is complete, return follow_up null with reason "complete".',
    messages: [{ role: 'user', content: `Question: ${scoringQuestion.text}\nKey points: ${(scoringQuestion.key_points ?? []).join('; ')}\nTranscript so far:\n${(messages ?? []).slice(-12).map((m) => `${m.role}: ${m.content}`).join('\n')}\nCandidate answer:\n${answer}` }],
    schema: FollowUpDecision,
    schemaName: 'follow_up',
    local: () => decideFollowUp(scoringQuestion.type, answer, evaluation),
    maxTokens: 300,
    temperature: 0.2,
    context: { userId: caller.user.id, sessionId: session.id },
  }, { recorder: dbRecorder(service) });

  const decision = outcome.value;
  let messageId: string | null = null;
  if (decision.follow_up) {
    const { data: inserted, error: insertError } = await service.from('interview_messages').insert({
      interview_id: session.id,
      question_id: body.question_id,
      role: 'assistant',
      content: decision.follow_up,
      is_question: true,
      is_follow_up: true,
      metadata: { reason: decision.reason, provider: outcome.provider, model: outcome.model },
    }).select('id').single();
    if (insertError) throw new HttpError(500, 'database_error', `Saving the follow-up failed: ${insertError.message}`);
    messageId = inserted.id;
  }
  return json({ follow_up: decision.follow_up, reason: decision.reason, message_id: messageId, provider: outcome.provider });
}
