import i18next from 'i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { throwIfError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { coachKeys } from './keys';
import '../i18n';

export async function deleteChatSession(chatSessionId: string): Promise<void> {
  throwIfError(await supabase.from('chat_sessions').delete().eq('id', chatSessionId), i18next.t('coach:apiErrors.deleteSession'));
}

export function useDeleteChatSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['coach', 'delete-session'],
    mutationFn: deleteChatSession,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: coachKeys.sessionsAll() }),
  });
}
