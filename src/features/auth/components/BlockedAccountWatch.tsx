import { useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useLocation, useNavigate } from 'react-router-dom';
import { forgetBlockedSignOut, onAccountBlocked, rememberBlockedSignOut } from '@/lib/account-status';
import { useAccountStatusCheck } from '../api/get-account-status';
import { signOut } from '../api/sign-out';
import { useAuth } from '../lib/auth-context';
import { routes } from '@/lib/routes';

export const BLOCKED_SIGN_IN_PATH = routes.signInBlocked;

/**
 * Signs a blocked account out on the first answer that says so (any query or mutation, or the status
 * check below) and explains why on the sign-in page, instead of leaving an empty app with scattered errors.
 */
export function BlockedAccountWatch() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { status: authStatus, user } = useAuth();
  // Counts blocked sign-outs started; the last one the redirect below has handled is remembered in a ref.
  const [blockedSignOuts, setBlockedSignOuts] = useState(0);
  const handledSignOuts = useRef(0);
  const accountStatus = useAccountStatusCheck(user?.id ?? '');
  const { pathname } = useLocation();
  const { refetch, isSuccess } = accountStatus;
  const checkedPath = useRef(pathname);
  const signingOutRef = useRef(false);

  // Pages whose data is cached make no request; a page change asks (one small RPC) so an account blocked
  // while the app is open is signed out at the next step instead of browsing an empty app.
  useEffect(() => {
    if (!isSuccess || checkedPath.current === pathname) return;
    checkedPath.current = pathname;
    void refetch();
  }, [pathname, refetch, isSuccess]);

  useEffect(
    () =>
      onAccountBlocked(() => {
        if (signingOutRef.current) return;
        signingOutRef.current = true;
        rememberBlockedSignOut();
        setBlockedSignOuts((count) => count + 1);
        void signOut().catch(() => undefined); // the session is forgotten on this device either way
      }),
    [],
  );

  // Signed in again (or still signed in): the explanation is no longer needed.
  useEffect(() => {
    if (authStatus === 'authenticated' && !signingOutRef.current) forgetBlockedSignOut();
  }, [authStatus]);

  // Only once the app knows it is signed out: earlier, the sign-in page would send a signed-in user back in.
  useEffect(() => {
    if (blockedSignOuts === handledSignOuts.current || authStatus !== 'unauthenticated') return;
    handledSignOuts.current = blockedSignOuts;
    signingOutRef.current = false;
    queryClient.clear();
    navigate(BLOCKED_SIGN_IN_PATH, { replace: true });
  }, [blockedSignOuts, authStatus, navigate, queryClient]);
  return null;
}
