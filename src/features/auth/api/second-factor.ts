import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '@/lib/supabase';
import { UserFacingError } from '@/lib/errors';

export const totpCodeSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'code'),
});

/** Codes of the two-factor errors the forms explain in their own words. */
export type SecondFactorErrorCode = 'wrong_code' | 'too_many_attempts' | 'no_factor' | 'failed';

export class SecondFactorError extends UserFacingError {}

function secondFactorError(error: { code?: string; status?: number; message?: string }): SecondFactorError {
  const code: SecondFactorErrorCode =
    error.code === 'mfa_verification_failed'
      ? 'wrong_code'
      : error.status === 429
        ? 'too_many_attempts'
        : error.code === 'mfa_factor_not_found'
          ? 'no_factor'
          : 'failed';
  return new SecondFactorError(error.message ?? code, { code, cause: error });
}

/**
 * The code step after a password sign-in: verifies a code of the user's TOTP factor, which lifts the
 * session to aal2 (supabase-js then emits MFA_CHALLENGE_VERIFIED with the new session).
 */
export async function verifySecondFactor(code: string): Promise<void> {
  const factors = await supabase.auth.mfa.listFactors();
  if (factors.error) throw secondFactorError(factors.error);
  const factor = factors.data.totp[0];
  if (!factor) throw secondFactorError({ code: 'mfa_factor_not_found' });
  const { error } = await supabase.auth.mfa.challengeAndVerify({ factorId: factor.id, code });
  if (error) throw secondFactorError(error);
}

export function useVerifySecondFactor() {
  return useMutation({ mutationKey: ['auth', 'second-factor'], mutationFn: verifySecondFactor });
}
