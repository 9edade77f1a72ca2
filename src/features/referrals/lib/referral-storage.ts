/**
 * The `?ref=CODE` of a referral link, kept in localStorage from landing until the visitor has an
 * account, then claimed once (see ReferralCapture). The auth feature exposes no sign-up hook, so the
 * claim happens after sign-up through the claim_referral RPC instead of sign-up metadata.
 */
import { REFERRAL_CODE_PATTERN } from '../api/claim-referral';

export const REFERRAL_STORAGE_KEY = 'interviewai.referral';
const MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

type Stored = { code: string; savedAt: number };

export function saveReferralCode(code: string, now = Date.now()) {
  const clean = code.trim().toUpperCase();
  if (!REFERRAL_CODE_PATTERN.test(clean)) return;
  try {
    localStorage.setItem(REFERRAL_STORAGE_KEY, JSON.stringify({ code: clean, savedAt: now } satisfies Stored));
  } catch {
    // storage unavailable: the referral is simply not recorded
  }
}

export function readReferralCode(now = Date.now()): string | null {
  try {
    const raw = localStorage.getItem(REFERRAL_STORAGE_KEY);
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<Stored>;
    if (typeof value.code !== 'string' || typeof value.savedAt !== 'number' || now - value.savedAt > MAX_AGE_MS) {
      localStorage.removeItem(REFERRAL_STORAGE_KEY);
      return null;
    }
    return value.code;
  } catch {
    return null;
  }
}

export function clearReferralCode() {
  try {
    localStorage.removeItem(REFERRAL_STORAGE_KEY);
  } catch {
    // ignore
  }
}
