import i18next from 'i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { throwIfError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { adminKeys } from './keys';
import '../i18n';

const schema = z.object({ questionId: z.string().uuid(), isActive: z.boolean() });

export async function setQuestionActive(input: z.input<typeof schema>) {
  const { questionId, isActive } = schema.parse(input);
  throwIfError(
    await supabase.rpc('admin_set_question_active', { p_question_id: questionId, p_is_active: isActive }),
    i18next.t('admin:errors.setQuestionActive'),
  );
}

export function useSetQuestionActive() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['admin', 'question-active'],
    mutationFn: setQuestionActive,
    onSettled: () => void queryClient.invalidateQueries({ queryKey: adminKeys.questionsAll() }),
  });
}
