import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '@/lib/supabase';
import { fromAuthError } from '@/lib/auth-errors';
import { emailSchema } from '../lib/validation';

export const signInSchema = z.object({
  email: emailSchema,
  // No policy check here: accounts created under an older policy must still sign in.
  password: z.string().min(1, 'Enter your password.'),
});

export type SignInInput = z.output<typeof signInSchema>;

export async function signIn(input: SignInInput) {
  const { email, password } = signInSchema.parse(input);
  const { data, error } = await supabase.auth.signInWithPassword({ email, password });
  if (error) throw fromAuthError(error);
  return data.session;
}

export function useSignIn() {
  return useMutation({ mutationKey: ['auth', 'sign-in'], mutationFn: signIn });
}
