import type { ReactNode } from 'react'

/** A polite live region for success / progress messages. Always mounted so updates are announced. */
export function FormStatus({ children }: { children?: ReactNode }) {
  return (
    <div role="status" aria-live="polite" aria-atomic="true">
      {children ? <div className="form-status">{children}</div> : null}
    </div>
  )
}
