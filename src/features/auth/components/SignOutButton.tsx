import { useNavigate } from 'react-router-dom';
import { Button, type ButtonProps } from '@/components/Button';
import { useSignOut } from '../api/sign-out';
import { useT } from '../i18n';

type SignOutButtonProps = Omit<ButtonProps, 'onClick' | 'children'> & { redirectTo?: string };

export function SignOutButton({ redirectTo = '/', variant = 'secondary', size = 'sm', ...rest }: SignOutButtonProps) {
  const { t } = useT();
  const navigate = useNavigate();
  const mutation = useSignOut();
  return (
    <Button
      variant={variant}
      size={size}
      isLoading={mutation.isPending}
      onClick={() => mutation.mutate(undefined, { onSettled: () => navigate(redirectTo, { replace: true }) })}
      {...rest}
    >
      {t('signOut')}
    </Button>
  );
}
