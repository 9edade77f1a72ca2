import { NavLink, Route, Routes } from 'react-router-dom';
import { LoadingState } from '@/components/LoadingState';
import { NotFound } from '@/components/NotFound';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useIsAdmin } from '../api/get-my-role';
import { DashboardPanel } from '../components/DashboardPanel';
import { HealthPanel } from '../components/HealthPanel';
import { JobsPanel } from '../components/JobsPanel';
import { useT } from '../i18n';
import { QuestionEditPage } from '../components/QuestionEditPage';
import { QuestionsPanel } from '../components/QuestionsPanel';
import { UsersPanel } from '../components/UsersPanel';
import '../admin.css';
import { adminSections, routes } from '@/lib/routes';

function AdminConsole() {
  const { t } = useT();
  useDocumentTitle(t('console.documentTitle'));
  return (
    <div className="page admin">
      <header className="page__header">
        <h1 tabIndex={-1}>{t('console.title')}</h1>
      </header>
      <nav className="tabs" aria-label={t('console.sections')}>
        <NavLink end to={routes.app.admin.dashboard} className="tabs__link">
          {t('console.dashboard')}
        </NavLink>
        <NavLink to={routes.app.admin.users} className="tabs__link">
          {t('console.users')}
        </NavLink>
        <NavLink to={routes.app.admin.questions} className="tabs__link">
          {t('console.questions')}
        </NavLink>
        <NavLink to={routes.app.admin.health} className="tabs__link">
          {t('console.health')}
        </NavLink>
        <NavLink to={routes.app.admin.jobs} className="tabs__link">
          {t('jobs.tab')}
        </NavLink>
      </nav>
      <Routes>
        <Route index element={<DashboardPanel />} />
        <Route path={adminSections.users} element={<UsersPanel />} />
        <Route path={adminSections.questions} element={<QuestionsPanel />} />
        <Route path={adminSections.question} element={<QuestionEditPage />} />
        <Route path={adminSections.health} element={<HealthPanel />} />
        <Route path={adminSections.jobs} element={<JobsPanel />} />
        <Route path="*" element={<p className="muted">{t('console.unknownSection')}</p>} />
      </Routes>
    </div>
  );
}

/** `/app/admin/*` — admins only. Everyone else gets the ordinary not-found page (SQL refuses them anyway). */
export function AdminPage() {
  const { t } = useT();
  const isAdmin = useIsAdmin();
  if (isAdmin.isPending) return <LoadingState label={t('common:states.loading')} fullPage />;
  if (isAdmin.data !== true) return <NotFound />; // the same page as any 404: non-admins can't tell the admin console exists
  return <AdminConsole />;
}
