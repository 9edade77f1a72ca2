import { Button } from '@/components/Button';
import { FormError } from '@/components/FormError';
import { toUserMessage } from '@/lib/errors';
import { useExportMyData } from '../api/export-my-data';
import { formatNumber } from '@/lib/i18n/format';
import { downloadJson } from '../lib/download';
import { useT } from '../i18n';

export function ExportData() {
  const { t } = useT();
  const mutation = useExportMyData();
  const run = () =>
    mutation.mutate(undefined, {
      onSuccess: (data) => downloadJson(data, `interviewai-export-${data.exported_at.slice(0, 10)}.json`),
    });
  const rows = mutation.data ? Object.values(mutation.data.tables).reduce((sum, list) => sum + list.length, 0) : 0;
  return (
    <section className="card stack" aria-labelledby="export-title">
      <h2 id="export-title">{t('export.title')}</h2>
      <p className="muted">{t('export.body')}</p>
      <FormError message={mutation.error ? toUserMessage(mutation.error) : null} />
      <div className="form__actions">
        <Button variant="secondary" onClick={run} isLoading={mutation.isPending}>
          {mutation.isPending ? t('export.preparing') : t('export.download')}
        </Button>
        <span role="status" aria-live="polite" className="muted small">
          {mutation.isSuccess
            ? t('export.ready', { count: rows, records: formatNumber(rows), tables: Object.keys(mutation.data.tables).length })
            : ''}
        </span>
      </div>
    </section>
  );
}
