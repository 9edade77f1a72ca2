import i18next from 'i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { throwIfError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { type ChatMessage } from './get-chat-messages';
import { coachKeys } from './keys';
import '../i18n';

export const ratingSchema = z.object({
  messageId: z.string().uuid(),
  chatSessionId: z.string().uuid(),
  rating: z.number().int().min(1).max(5).nullable().optional(),
  helpful: z.boolean().nullable().optional(),
  comment: z.string().trim().max(2000, 'coach:validation.commentTooLong').optional(),
});
export type RatingInput = z.input<typeof ratingSchema>;

export async function rateChatMessage(input: RatingInput): Promise<void> {
  const data = ratingSchema.parse(input);
  const patch: { rating?: number | null; helpful?: boolean | null; feedback_comment?: string | null } = {};
  if (data.rating !== undefined) patch.rating = data.rating;
  if (data.helpful !== undefined) patch.helpful = data.helpful;
  if (data.comment !== undefined) patch.feedback_comment = data.comment === '' ? null : data.comment;
  throwIfError(
    await supabase.from('chat_messages').update(patch).eq('id', data.messageId).select('id').single(),
    i18next.t('coach:apiErrors.saveFeedback'),
  );
}

/** Optimistic: the rating shows immediately and rolls back if the server refuses it. */
export function useRateChatMessage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['coach', 'rate'],
    mutationFn: rateChatMessage,
    onMutate: async (input) => {
      const key = coachKeys.messages(input.chatSessionId);
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<ChatMessage[]>(key);
      queryClient.setQueryData<ChatMessage[]>(key, (messages) =>
        messages?.map((m) =>
          m.id === input.messageId
            ? {
                ...m,
                ...(input.rating !== undefined ? { rating: input.rating } : {}),
                ...(input.helpful !== undefined ? { helpful: input.helpful } : {}),
                ...(input.comment !== undefined ? { feedback_comment: input.comment.trim() || null } : {}),
              }
            : m,
        ),
      );
      return { previous, key };
    },
    onError: (_error, _input, context) => {
      if (context?.previous) queryClient.setQueryData(context.key, context.previous);
    },
  });
}
