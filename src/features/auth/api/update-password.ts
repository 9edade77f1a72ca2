import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '@/lib/supabase';
import { fromAuthError } from '@/lib/auth-errors';
import { newPasswordSchema } from '@/lib/password-policy';

export const updatePasswordSchema = z.object({ password: newPasswordSchema });

export type UpdatePasswordInput = z.output<typeof updatePasswordSchema>;

/** Requires a session: the recovery session from the email link, or a signed-in user. */
export async function updatePassword(input: UpdatePasswordInput): Promise<void> {
  const { password } = updatePasswordSchema.parse(input);
  const { error } = await supabase.auth.updateUser({ password });
  if (error) throw fromAuthError(error);
}

export function useUpdatePassword() {
  return useMutation({ mutationKey: ['auth', 'update-password'], mutationFn: updatePassword });
}
