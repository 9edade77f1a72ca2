import i18next from 'i18next';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMyUserId } from '@/features/auth';
import { z } from 'zod';
import { throwIfError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { coachKeys } from './keys';
import '../i18n';

export const chatMessageSchema = z.object({
  id: z.string(),
  role: z.enum(['user', 'assistant', 'system']),
  content: z.string(),
  rating: z.number().nullable(),
  helpful: z.boolean().nullable(),
  feedback_comment: z.string().nullable(),
  created_at: z.string(),
});
export type ChatMessage = z.output<typeof chatMessageSchema>;

/** Messages of one of the user's own conversations (another user's id returns nothing, for admins too). */
export async function getChatMessages(userId: string, chatSessionId: string): Promise<ChatMessage[]> {
  const result = throwIfError(
    await supabase
      .from('chat_messages')
      .select('id,role,content,rating,helpful,feedback_comment,created_at')
      .eq('chat_session_id', chatSessionId)
      .eq('user_id', userId)
      .order('created_at')
      .limit(500),
    i18next.t('coach:apiErrors.loadMessages'),
  );
  return z.array(chatMessageSchema).parse(result.data ?? []);
}

export const chatMessagesQueryOptions = (userId: string, chatSessionId: string) =>
  queryOptions({
    queryKey: coachKeys.messages(chatSessionId),
    queryFn: () => getChatMessages(userId, chatSessionId),
    enabled: chatSessionId !== '' && userId !== '',
  });

export function useChatMessages(chatSessionId: string) {
  return useQuery(chatMessagesQueryOptions(useMyUserId(), chatSessionId));
}
