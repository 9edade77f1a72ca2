import { Navigate, useLocation } from 'react-router-dom';
import { routes } from '@/lib/routes';

/** `/billing` (the payment functions' default return URL) → `/app/billing`, keeping the query. */
export function BillingRedirect() {
  const { search } = useLocation();
  return <Navigate to={`${routes.app.billing}${search}`} replace />;
}
