import { useTranslation } from 'react-i18next';
import { Spinner } from './Spinner';

type LoadingStateProps = { label?: string; fullPage?: boolean };

export function LoadingState({ label, fullPage = false }: LoadingStateProps) {
  const { t } = useTranslation();
  return (
    <div className={fullPage ? 'state state--full' : 'state'} role="status" aria-live="polite">
      <Spinner size="lg" />
      <p className="state__text">{label ?? t('states.loading')}</p>
    </div>
  );
}
