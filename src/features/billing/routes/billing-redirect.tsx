import { Navigate, useLocation } from 'react-router-dom';

/** `/billing` (the payment functions' default return URL) → `/app/billing`, keeping the query. */
export function BillingRedirect() {
  const { search } = useLocation();
  return <Navigate to={`/app/billing${search}`} replace />;
}
