import i18next from 'i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { throwIfError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { adminKeys } from './keys';
import '../i18n';

export const setUserRoleSchema = z.object({ userId: z.string().uuid(), role: z.enum(['user', 'admin']) });

export async function setUserRole(input: z.input<typeof setUserRoleSchema>) {
  const { userId, role } = setUserRoleSchema.parse(input);
  throwIfError(await supabase.rpc('admin_set_user_role', { p_user_id: userId, p_role: role }), i18next.t('admin:errors.setUserRole'));
}

export function useSetUserRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['admin', 'set-role'],
    mutationFn: setUserRole,
    onSettled: () => void queryClient.invalidateQueries({ queryKey: adminKeys.usersAll() }),
  });
}
