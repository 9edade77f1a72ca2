import { Trans } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useDocumentTitle } from '@/lib/use-document-title';
import { AuthCard } from '../components/AuthCard';
import { ForgotPasswordForm } from '../components/ForgotPasswordForm';
import { useT } from '../i18n';
import { routes } from '@/lib/routes';
import '../auth.css';

export function ForgotPasswordPage() {
  const { t } = useT();
  useDocumentTitle(t('forgot.documentTitle'));
  return (
    <AuthCard
      title={t('forgot.title')}
      subtitle={t('forgot.subtitle')}
      footer={
        <p>
          <Trans t={t} i18nKey="forgot.footer" components={{ a: <Link to={routes.signIn} /> }} />
        </p>
      }
    >
      <ForgotPasswordForm />
    </AuthCard>
  );
}
