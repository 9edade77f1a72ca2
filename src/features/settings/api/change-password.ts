import i18next from 'i18next';
import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { newPasswordSchema } from '@/lib/password-policy';
import { UserFacingError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { fromAuthError } from '@/lib/auth-errors';
import '../i18n';

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, 'settings:validation.currentPasswordRequired'),
    newPassword: newPasswordSchema,
    confirmPassword: z.string().min(1, 'settings:validation.confirmPasswordRequired'),
  })
  .superRefine((v, ctx) => {
    if (v.confirmPassword && v.newPassword !== v.confirmPassword) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['confirmPassword'], message: 'auth:validation.passwordMismatch' });
    }
    if (v.newPassword && v.newPassword === v.currentPassword) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['newPassword'], message: 'settings:validation.passwordUnchanged' });
    }
  });
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

/** Re-checks the current password, then sets the new one. */
export async function changePassword(input: ChangePasswordInput & { email: string }): Promise<void> {
  const data = changePasswordSchema.parse(input);
  const check = await supabase.auth.signInWithPassword({ email: input.email, password: data.currentPassword });
  if (check.error) {
    if (check.error.code === 'invalid_credentials') {
      throw new UserFacingError(i18next.t('settings:apiErrors.currentPasswordWrong'), { code: 'invalid_credentials' });
    }
    throw fromAuthError(check.error, i18next.t('settings:apiErrors.verifyPassword'));
  }
  const { error } = await supabase.auth.updateUser({ password: data.newPassword });
  if (error) throw fromAuthError(error, i18next.t('settings:apiErrors.changePassword'));
}

export function useChangePassword() {
  return useMutation({ mutationKey: ['settings', 'change-password'], mutationFn: changePassword });
}
