import i18next from 'i18next';
import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { UserFacingError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { fromAuthError } from '@/lib/auth-errors';
import '../i18n';

export const changeEmailSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, 'settings:validation.newEmailRequired')
    .email('auth:validation.emailInvalid')
    .max(254, 'auth:validation.emailTooLong'),
});

/** Returns 'pending' when the new address must be confirmed from the email we send. */
export async function changeEmail(input: { email: string; currentEmail: string }): Promise<'pending' | 'changed'> {
  const { email } = changeEmailSchema.parse(input);
  if (email === input.currentEmail.toLowerCase()) throw new UserFacingError(i18next.t('settings:apiErrors.sameEmail'));
  const { data, error } = await supabase.auth.updateUser({ email }, { emailRedirectTo: `${window.location.origin}/app/settings` });
  if (error) throw fromAuthError(error, i18next.t('settings:apiErrors.changeEmail'));
  return data.user?.email?.toLowerCase() === email ? 'changed' : 'pending';
}

export function useChangeEmail() {
  return useMutation({ mutationKey: ['settings', 'change-email'], mutationFn: changeEmail });
}
