import { ButtonLink } from '@/components/Button';
import { useDocumentTitle } from '@/lib/use-document-title';

/** Shown for a missing interview — and for someone else's (RLS returns nothing, so it looks the same). */
export function InterviewNotFound({ what = 'interview' }: { what?: string }) {
  useDocumentTitle('Page not found');
  return (
    <div className="page page--narrow not-found">
      <p className="not-found__code" aria-hidden="true">
        404
      </p>
      <h1 tabIndex={-1}>Page not found</h1>
      <p className="muted">We couldn&apos;t find this {what}. It may have been deleted, or the link may be wrong.</p>
      <div className="state__actions">
        <ButtonLink to="/app/history">Your interviews</ButtonLink>
        <ButtonLink to="/app" variant="ghost">
          Dashboard
        </ButtonLink>
      </div>
    </div>
  );
}
