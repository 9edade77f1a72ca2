import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { appUrl } from '@/lib/app-url';
import { supabase } from '@/lib/supabase';
import { fromAuthError } from '@/lib/auth-errors';
import { emailSchema } from '../lib/validation';
import { routes } from '@/lib/routes';

export const requestPasswordResetSchema = z.object({ email: emailSchema });

export type RequestPasswordResetInput = z.output<typeof requestPasswordResetSchema>;

export async function requestPasswordReset(input: RequestPasswordResetInput): Promise<{ email: string }> {
  const { email } = requestPasswordResetSchema.parse(input);
  const { error } = await supabase.auth.resetPasswordForEmail(email, { redirectTo: appUrl(routes.resetPassword) });
  if (error) throw fromAuthError(error);
  return { email };
}

export function useRequestPasswordReset() {
  return useMutation({ mutationKey: ['auth', 'request-password-reset'], mutationFn: requestPasswordReset });
}
