import { useMutation, useQueryClient } from '@tanstack/react-query';
import { throwIfError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { chatSessionsQueryKey } from './list-chat-sessions';

export async function deleteChatSession(chatSessionId: string): Promise<void> {
  throwIfError(
    await supabase.from('chat_sessions').delete().eq('id', chatSessionId),
    "We couldn't delete this conversation. Please try again.",
  );
}

export function useDeleteChatSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['coach', 'delete-session'],
    mutationFn: deleteChatSession,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: chatSessionsQueryKey }),
  });
}
