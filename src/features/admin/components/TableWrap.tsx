import type { ReactNode } from 'react';

/** A horizontally (or vertically) scrollable table container that keyboard users can focus and scroll. */
export function TableWrap({ label, scroll, children }: { label: string; scroll?: boolean; children: ReactNode }) {
  return (
    <div className={`table-wrap ${scroll ? 'table-wrap--scroll' : ''}`} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
