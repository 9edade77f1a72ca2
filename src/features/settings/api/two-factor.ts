import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { UserFacingError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { twoFactorKeys } from './keys';

export type TwoFactorErrorCode = 'wrong_code' | 'too_many_attempts' | 'aal2_required' | 'failed';

export class TwoFactorError extends UserFacingError {}

function twoFactorError(error: { code?: string; status?: number; message?: string }): TwoFactorError {
  const code: TwoFactorErrorCode =
    error.code === 'mfa_verification_failed'
      ? 'wrong_code'
      : error.status === 429
        ? 'too_many_attempts'
        : error.code === 'insufficient_aal'
          ? 'aal2_required'
          : 'failed';
  return new TwoFactorError(error.message ?? code, { code, cause: error });
}

export type TotpFactor = { id: string; friendlyName: string; createdAt: string };
export type PendingEnrolment = { factorId: string; qrCode: string; secret: string };

const FRIENDLY_NAME = 'Authenticator app';

/** The user's verified TOTP factor, if any (supabase-js listFactors reads it from GET /user). */
export async function getTotpFactor(): Promise<TotpFactor | null> {
  const { data, error } = await supabase.auth.mfa.listFactors();
  if (error) throw twoFactorError(error);
  const factor = data.totp[0];
  return factor ? { id: factor.id, friendlyName: factor.friendly_name ?? '', createdAt: factor.created_at } : null;
}

/**
 * Starts an enrolment: removes an earlier, never confirmed one (a factor name must be unique), then
 * asks auth for a new secret and its QR code.
 */
export async function startEnrolment(): Promise<PendingEnrolment> {
  const listed = await supabase.auth.mfa.listFactors();
  if (listed.error) throw twoFactorError(listed.error);
  for (const stale of listed.data.all.filter((factor) => factor.status !== 'verified')) {
    const removed = await supabase.auth.mfa.unenroll({ factorId: stale.id });
    if (removed.error) throw twoFactorError(removed.error);
  }
  const { data, error } = await supabase.auth.mfa.enroll({ factorType: 'totp', friendlyName: FRIENDLY_NAME, issuer: 'InterviewAI' });
  if (error) throw twoFactorError(error);
  return { factorId: data.id, qrCode: data.totp.qr_code, secret: data.totp.secret };
}

/** Confirms an enrolment (or proves the factor before removing it) with a current code: the session becomes aal2. */
export async function verifyCode(input: { factorId: string; code: string }): Promise<void> {
  const { error } = await supabase.auth.mfa.challengeAndVerify({ factorId: input.factorId, code: input.code.trim() });
  if (error) throw twoFactorError(error);
}

/** Turns two-factor authentication off: a current code first (auth requires aal2 to remove a verified factor). */
export async function disableTwoFactor(input: { factorId: string; code: string }): Promise<void> {
  await verifyCode(input);
  const { error } = await supabase.auth.mfa.unenroll({ factorId: input.factorId });
  if (error) throw twoFactorError(error);
  // A fresh token without the removed factor's aal2.
  await supabase.auth.refreshSession();
}

export function useTotpFactor() {
  return useQuery({ queryKey: twoFactorKeys.factors(), queryFn: getTotpFactor });
}

export function useStartEnrolment() {
  return useMutation({ mutationKey: ['settings', 'two-factor', 'enrol'], mutationFn: startEnrolment });
}

export function useConfirmEnrolment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['settings', 'two-factor', 'confirm'],
    mutationFn: verifyCode,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: twoFactorKeys.all }),
  });
}

export function useDisableTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['settings', 'two-factor', 'disable'],
    mutationFn: disableTwoFactor,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: twoFactorKeys.all }),
  });
}
