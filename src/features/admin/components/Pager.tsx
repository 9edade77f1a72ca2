import { Button } from '@/components/Button';

/** Previous / next paging for an admin table; nothing when everything fits on one page. */
export function Pager({
  label,
  page,
  total,
  pageSize,
  onPage,
}: {
  label: string;
  page: number;
  total: number;
  pageSize: number;
  onPage: (update: (page: number) => number) => void;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label={label}>
      <Button size="sm" variant="secondary" disabled={page === 0} onClick={() => onPage((p) => p - 1)}>
        Previous
      </Button>
      <span className="muted">
        Page {page + 1} of {pages}
      </span>
      <Button size="sm" variant="secondary" disabled={page + 1 >= pages} onClick={() => onPage((p) => p + 1)}>
        Next
      </Button>
    </nav>
  );
}
