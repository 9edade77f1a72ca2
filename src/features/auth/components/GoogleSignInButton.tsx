import { useLocation, useSearchParams } from 'react-router-dom';
import { Button } from '@/components/Button';
import { FormError } from '@/components/FormError';
import { toUserMessage } from '@/lib/errors';
import { useSignInWithGoogle } from '../api/sign-in-with-google';
import { useT } from '../i18n';
import { oauthRedirectError } from '../lib/oauth-errors';

/** "Continue with Google", with the reason when Google or Auth sent the browser back with an error. */
export function GoogleSignInButton() {
  const { t } = useT();
  const location = useLocation();
  const [params] = useSearchParams();
  const mutation = useSignInWithGoogle();
  const redirectError = oauthRedirectError(location);
  const message = mutation.error ? toUserMessage(mutation.error) : redirectError ? t(`oauth.errors.${redirectError}`) : null;

  return (
    <div className="oauth">
      <FormError {...(redirectError && !mutation.error ? { title: t('oauth.errorTitle') } : {})} message={message} />
      <Button variant="secondary" block size="lg" isLoading={mutation.isPending} onClick={() => mutation.mutate(params.get('next'))}>
        <svg className="oauth__logo" aria-hidden="true" focusable="false" viewBox="0 0 48 48" width="18" height="18">
          <path
            fill="#EA4335"
            d="M24 9.5c3.5 0 6.6 1.2 9 3.6l6.7-6.7C35.6 2.4 30.2 0 24 0 14.6 0 6.6 5.4 2.7 13.2l7.8 6.1C12.4 13.6 17.7 9.5 24 9.5z"
          />
          <path fill="#4285F4" d="M46.5 24.5c0-1.6-.1-3.1-.4-4.5H24v9h12.7c-.6 3-2.3 5.5-4.8 7.2l7.6 5.9c4.4-4.1 7-10.1 7-17.6z" />
          <path fill="#FBBC05" d="M10.5 28.7c-.5-1.4-.8-3-.8-4.7s.3-3.2.8-4.7l-7.8-6.1C1 16.6 0 20.2 0 24s1 7.4 2.7 10.8l7.8-6.1z" />
          <path
            fill="#34A853"
            d="M24 48c6.5 0 11.9-2.1 15.9-5.8l-7.6-5.9c-2.1 1.4-4.9 2.3-8.3 2.3-6.3 0-11.6-4.1-13.5-9.8l-7.8 6.1C6.6 42.6 14.6 48 24 48z"
          />
        </svg>
        {t('oauth.continueWithGoogle')}
      </Button>
      <p className="oauth__divider">
        <span>{t('oauth.or')}</span>
      </p>
    </div>
  );
}
