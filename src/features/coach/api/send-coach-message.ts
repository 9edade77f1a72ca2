import i18next from 'i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { fromFunctionError, networkErrorMessage, UserFacingError } from '@/lib/errors';
import { getEnv } from '@/lib/env';
import { supabase } from '@/lib/supabase';
import { createSseParser } from '../lib/sse';
import { coachKeys } from './keys';
import '../i18n';

export const coachMessageSchema = z.object({
  chatSessionId: z.string().uuid().optional(),
  message: z.string().trim().min(1, 'coach:validation.messageRequired').max(8000, 'coach:validation.messageTooLong'),
});

const metaSchema = z.object({ chat_session_id: z.string(), user_message_id: z.string().optional() });
const doneSchema = z.object({ id: z.string(), content: z.string() }).passthrough();
const jsonReplySchema = z.object({ chat_session_id: z.string(), message: doneSchema });

export type StreamHandlers = {
  onMeta?: (meta: { chatSessionId: string }) => void;
  onToken?: (text: string) => void;
  onReset?: () => void;
};
export type CoachReply = { chatSessionId: string; messageId: string; content: string };

// Worded when the error happens, in the UI language of that moment.
const fallback = () => i18next.t('coach:apiErrors.noAnswer');

/**
 * coach-chat with `stream: true` (server-sent events: meta, token…, reset, done, error), read with
 * fetch + the session's access token. Falls back to the JSON reply when the response isn't a stream.
 */
export async function sendCoachMessage(
  input: z.input<typeof coachMessageSchema>,
  handlers: StreamHandlers = {},
  signal?: AbortSignal,
): Promise<CoachReply> {
  const data = coachMessageSchema.parse(input);
  const { data: auth } = await supabase.auth.getSession();
  const token = auth.session?.access_token;
  if (!token) throw new UserFacingError(i18next.t('coach:apiErrors.sessionExpired'), { code: 'session_expired' });
  const env = getEnv();

  let response: Response;
  try {
    response = await fetch(`${env.VITE_SUPABASE_URL}/functions/v1/coach-chat`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${token}`,
        apikey: env.VITE_SUPABASE_ANON_KEY,
        'Content-Type': 'application/json',
        Accept: 'text/event-stream',
      },
      body: JSON.stringify({ ...(data.chatSessionId ? { chat_session_id: data.chatSessionId } : {}), message: data.message, stream: true }),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new UserFacingError(networkErrorMessage(), { code: 'network', cause: error });
  }
  if (!response.ok) throw await fromFunctionError({ name: 'FunctionsHttpError', context: response }, fallback());

  if (!(response.headers.get('content-type') ?? '').includes('text/event-stream') || !response.body) {
    const parsed = jsonReplySchema.safeParse(await response.json().catch(() => null));
    if (!parsed.success) throw new UserFacingError(fallback());
    handlers.onMeta?.({ chatSessionId: parsed.data.chat_session_id });
    return { chatSessionId: parsed.data.chat_session_id, messageId: parsed.data.message.id, content: parsed.data.message.content };
  }

  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const parse = createSseParser();
  let chatSessionId = data.chatSessionId ?? '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    for (const event of parse(value)) {
      let payload: unknown;
      try {
        payload = JSON.parse(event.data);
      } catch {
        continue;
      }
      if (event.event === 'meta') {
        const meta = metaSchema.safeParse(payload);
        if (meta.success) {
          chatSessionId = meta.data.chat_session_id;
          handlers.onMeta?.({ chatSessionId });
        }
      } else if (event.event === 'token') {
        const text = (payload as { text?: unknown }).text;
        if (typeof text === 'string') handlers.onToken?.(text);
      } else if (event.event === 'reset') {
        handlers.onReset?.();
      } else if (event.event === 'done') {
        const message = doneSchema.safeParse(payload);
        if (message.success) return { chatSessionId, messageId: message.data.id, content: message.data.content };
      } else if (event.event === 'error') {
        const message = (payload as { message?: unknown }).message;
        throw new UserFacingError(typeof message === 'string' && message.length < 300 ? message : fallback(), { code: 'coach_error' });
      }
    }
  }
  throw new UserFacingError(i18next.t('coach:apiErrors.streamClosed'), { code: 'stream_closed' });
}

export function useSendCoachMessage(handlers: StreamHandlers) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['coach', 'send'],
    mutationFn: (input: z.input<typeof coachMessageSchema>) => sendCoachMessage(input, handlers),
    onSettled: (reply, _error, input) => {
      void queryClient.invalidateQueries({ queryKey: coachKeys.sessionsAll() });
      const id = reply?.chatSessionId ?? input.chatSessionId;
      if (id) void queryClient.invalidateQueries({ queryKey: coachKeys.messages(id) });
    },
  });
}
