// POST /functions/v1/coach-chat  { chat_session_id?, message, stream? }
// JSON → { chat_session_id, message: {id, role: 'assistant', content, provider, model, input_tokens,
//          output_tokens, cost_usd, response_time_ms}, user_message_id, provider, fallback_used }
// stream: true → text/event-stream: `meta` {chat_session_id, user_message_id}, `token` {text} (repeated),
//          `reset` {} (a provider failed mid-stream: discard the shown text), `done` {<message as above>},
//          `error` {error, message}.
// The local coach answers from the bank, the user's skill gaps and learning resources.
import { z } from 'npm:zod@3';
import { corsHeaders, HttpError, json } from '../_shared/http.ts';
import { type Caller, type Client, dbError, serviceClient } from '../_shared/supabase.ts';
import type { UserRequest } from '../_shared/handler.ts';
import { type CoachContext, coachReply } from '../_shared/ai/coach.ts';
import { extractKeywords, SKILL_ALIASES } from '../_shared/ai/keywords.ts';
import { type AiOutcome, runAi } from '../_shared/ai/run.ts';
import { dbRecorder, takeAiCallSlot } from '../_shared/ai/usage.ts';

export const Body = z.object({
  chat_session_id: z.string().uuid().optional(),
  message: z.string().trim().min(1).max(8000),
  stream: z.boolean().optional(),
}).strict();

async function retrieve(caller: Caller, service: Client, message: string): Promise<CoachContext> {
  const skills = extractKeywords({ jobDescription: message }, Object.keys(SKILL_ALIASES)).slice(0, 5).map((k) => k.term);
  const { data: gaps } = await caller.client.from('skill_gaps').select('skill_name, proficiency_level, gap_score').order('identified_at', {
    ascending: false,
  }).limit(20);
  const gapList = (gaps ?? []).filter((g, i, all) => all.findIndex((x) => x.skill_name === g.skill_name) === i).sort((a, b) =>
    b.gap_score - a.gap_score
  );
  const focus = skills.length ? skills : gapList.filter((g) => g.proficiency_level !== 'strong').slice(0, 3).map((g) => g.skill_name);
  const [resources, questions] = await Promise.all([
    focus.length
      ? caller.client.from('learning_resources').select('skill, title, url, resource_type, priority').in('skill', focus).eq(
        'is_active',
        true,
      ).order('priority').limit(6)
      : Promise.resolve({ data: [] }),
    focus.length
      ? service.from('question_bank').select('question, type, difficulty, key_points, times_used').overlaps('skills', focus).eq(
        'is_active',
        true,
      ).order('times_used').limit(3)
      : Promise.resolve({ data: [] }),
  ]);
  return { message, skills, gaps: gapList, resources: resources.data ?? [], questions: questions.data ?? [] };
}

export async function coachChatHandler({ caller, body }: UserRequest<z.infer<typeof Body>>): Promise<Response> {
  const service = serviceClient();

  const { data: plan } = await caller.client.rpc('get_plan_usage');
  const features = (plan as { features?: Record<string, unknown>; plan_name?: string } | null)?.features ?? {};
  if (features.coach_chat !== true) {
    throw new HttpError(
      403,
      'plan_required',
      `The AI coach is not included in your ${
        (plan as { plan_name?: string } | null)?.plan_name ?? 'current'
      } plan. Upgrade to Pro to chat with the coach.`,
    );
  }

  let chatSessionId = body.chat_session_id;
  if (chatSessionId) {
    const { data } = await caller.client.from('chat_sessions').select('id').eq('id', chatSessionId).maybeSingle();
    if (!data) throw new HttpError(404, 'not_found', 'No coach conversation with this id exists in your account.');
  }
  const slot = await takeAiCallSlot(caller.user.id, 'coach_chat');
  // A request that fails from here on (also mid-stream) gives its rate-limit slot back, as score-answer does.
  try {
    if (!chatSessionId) {
      const { data, error } = await caller.client.from('chat_sessions').insert({ title: body.message.slice(0, 80) }).select('id').single();
      if (error) dbError(error, 'Starting the conversation');
      chatSessionId = data.id;
    }
    const sessionId = chatSessionId;
    const { data: history } = await caller.client.from('chat_messages').select('role, content').eq('chat_session_id', sessionId).order(
      'created_at',
      { ascending: false },
    ).limit(10);
    const { data: userMessage, error: userError } = await caller.client.from('chat_messages').insert({
      chat_session_id: sessionId,
      content: body.message,
    }).select('id').single();
    if (userError) dbError(userError, 'Saving your message');

    const context = await retrieve(caller, service, body.message);
    const run = (onToken?: (t: string) => void, onReset?: () => void) =>
      runAi<string>({
        operation: 'coach_chat',
        system:
          `You are InterviewAI's interview coach. Give concrete, actionable advice and example answer outlines. Use this context when relevant: ${
            JSON.stringify({
              skill_gaps: context.gaps.slice(0, 5),
              resources: context.resources,
              practice_questions: context.questions.map((q) => q.question),
            }).slice(0, 6000)
          }`,
        messages: [
          ...(history ?? []).reverse().filter((m) => m.role === 'user' || m.role === 'assistant').map((m) => ({
            role: m.role as 'user' | 'assistant',
            content: m.content,
          })),
          { role: 'user', content: body.message },
        ],
        json: false,
        local: () => coachReply(context),
        maxTokens: 900,
        temperature: 0.5,
        stream: Boolean(onToken),
        onToken,
        onReset,
        context: { userId: caller.user.id, chatSessionId: sessionId },
      }, { recorder: dbRecorder(service) });

    const save = async (outcome: AiOutcome<string>) => {
      const row = {
        chat_session_id: sessionId,
        role: 'assistant',
        content: outcome.value.slice(0, 32000) || '…',
        provider: outcome.provider,
        model: outcome.model,
        input_tokens: outcome.usage.input_tokens,
        output_tokens: outcome.usage.output_tokens,
        cost_usd: outcome.cost_usd,
        response_time_ms: outcome.total_ms,
      };
      const { data, error } = await service.from('chat_messages').insert(row).select(
        'id, role, content, provider, model, input_tokens, output_tokens, cost_usd, response_time_ms, created_at',
      ).single();
      if (error) dbError(error, 'Saving the reply');
      await service.from('chat_sessions').update({ provider: outcome.provider, model: outcome.model }).eq('id', sessionId);
      return data;
    };

    if (!body.stream) {
      const outcome = await run();
      const message = await save(outcome);
      return json({
        chat_session_id: sessionId,
        user_message_id: userMessage.id,
        message,
        provider: outcome.provider,
        fallback_used: outcome.fallback_used,
      });
    }

    const encoder = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        const send = (event: string, data: unknown) =>
          controller.enqueue(encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`));
        send('meta', { chat_session_id: sessionId, user_message_id: userMessage.id });
        try {
          const outcome = await run((text) => send('token', { text }), () => send('reset', {}));
          const message = await save(outcome);
          send('done', { ...message, fallback_used: outcome.fallback_used });
        } catch (error) {
          await slot.release();
          const e = error instanceof HttpError
            ? error
            : new HttpError(500, 'internal_error', 'The coach could not answer. Please try again.');
          send('error', { error: e.code, message: e.message });
        } finally {
          controller.close();
        }
      },
    });
    return new Response(stream, { headers: { ...corsHeaders, 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' } });
  } catch (error) {
    await slot.release();
    throw error;
  }
}
