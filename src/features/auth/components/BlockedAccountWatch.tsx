import { useEffect, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useLocation, useNavigate } from 'react-router-dom';
import { onAccountBlocked } from '@/lib/account-status';
import { useAccountStatusCheck } from '../api/get-account-status';
import { signOut } from '../api/sign-out';
import { useMyUserId } from '../lib/auth-context';

export const BLOCKED_SIGN_IN_PATH = '/sign-in?reason=blocked';

/**
 * Signs a blocked account out on the first answer that says so (any query or mutation, or the status
 * check below) and explains why on the sign-in page, instead of leaving an empty app with scattered errors.
 */
export function BlockedAccountWatch() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const signingOut = useRef(false);
  const status = useAccountStatusCheck(useMyUserId());
  const { pathname } = useLocation();
  const { refetch, isSuccess } = status;
  const checkedPath = useRef(pathname);

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
        if (signingOut.current) return;
        signingOut.current = true;
        void signOut()
          .catch(() => undefined) // the session is forgotten on this device either way
          .finally(() => {
            queryClient.clear();
            signingOut.current = false;
            navigate(BLOCKED_SIGN_IN_PATH, { replace: true });
          });
      }),
    [navigate, queryClient],
  );
  return null;
}
