import { useLocation } from 'react-router-dom'
import { ButtonLink } from '@/components/Button'
import { useDocumentTitle } from '@/lib/use-document-title'

/** Same page as the app's 404: non-admins can't tell the admin console exists. */
export function AdminNotFound() {
  useDocumentTitle('Page not found')
  const { pathname } = useLocation()
  return (
    <div className="page page--narrow not-found">
      <p className="not-found__code" aria-hidden="true">
        404
      </p>
      <h1 tabIndex={-1}>Page not found</h1>
      <p className="muted">
        We couldn&apos;t find <code>{pathname}</code>. It may have moved, or the link may be wrong.
      </p>
      <div className="state__actions">
        <ButtonLink to="/">Go to home page</ButtonLink>
      </div>
    </div>
  )
}
