import i18next from 'i18next';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMyUserId } from '@/features/auth';
import { z } from 'zod';
import { throwIfError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { coachKeys } from './keys';
import '../i18n';

export const chatSessionSchema = z.object({
  id: z.string(),
  title: z.string(),
  message_count: z.number(),
  last_message_at: z.string().nullable(),
  created_at: z.string(),
});
export type ChatSession = z.output<typeof chatSessionSchema>;

/** The user's own conversations, latest first. */
export async function listChatSessions(userId: string): Promise<ChatSession[]> {
  const result = throwIfError(
    await supabase
      .from('chat_sessions')
      .select('id,title,message_count,last_message_at,created_at')
      .eq('user_id', userId)
      .order('last_message_at', { ascending: false, nullsFirst: false })
      .order('created_at', { ascending: false })
      .limit(100),
    i18next.t('coach:apiErrors.loadSessions'),
  );
  return z.array(chatSessionSchema).parse(result.data ?? []);
}

export const chatSessionsQueryOptions = (userId: string) =>
  queryOptions({ queryKey: coachKeys.sessions(userId), queryFn: () => listChatSessions(userId), enabled: userId !== '' });

export function useChatSessions() {
  return useQuery(chatSessionsQueryOptions(useMyUserId()));
}
