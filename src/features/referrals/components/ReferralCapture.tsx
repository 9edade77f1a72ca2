import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router-dom';
import { useAuth } from '@/features/auth';
import { claimReferral } from '../api/claim-referral';
import { clearReferralCode, readReferralCode, saveReferralCode } from '../lib/referral-storage';

/**
 * Mounted once in the layout. Remembers `?ref=CODE` from any landing URL, and once the visitor is
 * signed in (typically right after sign-up) claims it exactly once. Renders nothing.
 */
export function ReferralCapture() {
  const { search } = useLocation();
  const { status, user } = useAuth();
  const claiming = useRef(false);

  useEffect(() => {
    const ref = new URLSearchParams(search).get('ref');
    if (ref) saveReferralCode(ref);
  }, [search]);

  useEffect(() => {
    if (status !== 'authenticated' || !user || claiming.current) return;
    const code = readReferralCode();
    if (!code) return;
    claiming.current = true;
    claimReferral(code)
      .then(() => clearReferralCode())
      .catch(() => {
        // Network trouble: keep the code and try again on the next visit.
      })
      .finally(() => {
        claiming.current = false;
      });
  }, [status, user, search]);

  return null;
}
