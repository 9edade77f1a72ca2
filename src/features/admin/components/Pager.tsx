import { Button } from '@/components/Button';
import { formatNumber } from '@/lib/i18n/format';
import { useT } from '../i18n';

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
  const { t } = useT();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label={label}>
      <Button size="sm" variant="secondary" disabled={page === 0} onClick={() => onPage((p) => p - 1)}>
        {t('pager.previous')}
      </Button>
      <span className="muted">{t('pager.pageOf', { page: formatNumber(page + 1), pages: formatNumber(pages) })}</span>
      <Button size="sm" variant="secondary" disabled={page + 1 >= pages} onClick={() => onPage((p) => p + 1)}>
        {t('pager.next')}
      </Button>
    </nav>
  );
}
