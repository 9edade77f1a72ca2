import i18next from 'i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { throwIfError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { adminKeys } from './keys';
import '../i18n';

export const setUserStatusSchema = z.object({ userId: z.string().uuid(), status: z.enum(['active', 'blocked']) });

/** Block (signs the user out everywhere; sign-in refused) or unblock. */
export async function setUserStatus(input: z.input<typeof setUserStatusSchema>) {
  const { userId, status } = setUserStatusSchema.parse(input);
  throwIfError(
    await supabase.rpc('admin_set_user_status', { p_user_id: userId, p_status: status }),
    i18next.t('admin:errors.setUserStatus'),
  );
}

export function useSetUserStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['admin', 'set-status'],
    mutationFn: setUserStatus,
    onSettled: () => void queryClient.invalidateQueries({ queryKey: adminKeys.usersAll() }),
  });
}
