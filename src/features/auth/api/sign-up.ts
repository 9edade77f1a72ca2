import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { appUrl } from '@/lib/app-url';
import { supabase } from '@/lib/supabase';
import { fromAuthError } from '@/lib/auth-errors';
import { newPasswordSchema } from '@/lib/password-policy';
import { emailSchema, PASSWORD_MISMATCH_MESSAGE } from '../lib/validation';
import { routes } from '@/lib/routes';

export const signUpSchema = z
  .object({
    fullName: z.string().trim().min(1, 'Enter your full name.').max(100, 'Full name must be at most 100 characters.'),
    email: emailSchema,
    password: newPasswordSchema,
    confirmPassword: z.string().min(1, 'Confirm your password.'),
  })
  .superRefine((values, ctx) => {
    if (values.confirmPassword !== '' && values.password !== values.confirmPassword) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['confirmPassword'], message: PASSWORD_MISMATCH_MESSAGE });
    }
  });

export type SignUpInput = z.output<typeof signUpSchema>;

export type SignUpResult = {
  /** False when the project requires email confirmation before the first sign-in. */
  signedIn: boolean;
  email: string;
};

export async function signUp(input: SignUpInput): Promise<SignUpResult> {
  const { email, password, fullName } = signUpSchema.parse(input);
  const { data, error } = await supabase.auth.signUp({
    email,
    password,
    options: {
      data: { full_name: fullName },
      emailRedirectTo: appUrl(routes.app.dashboard),
    },
  });
  if (error) throw fromAuthError(error);
  // With confirmations on, GoTrue hides existing accounts behind a user without identities.
  if (!data.session && data.user && Array.isArray(data.user.identities) && data.user.identities.length === 0) {
    throw fromAuthError({ code: 'user_already_exists', status: 422 });
  }
  return { signedIn: Boolean(data.session), email };
}

export function useSignUp() {
  return useMutation({ mutationKey: ['auth', 'sign-up'], mutationFn: signUp });
}
