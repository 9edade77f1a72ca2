import { Button } from '@/components/Button';
import { FormError } from '@/components/FormError';
import { toUserMessage } from '@/lib/errors';
import { useExportMyData } from '../api/export-my-data';
import { downloadJson } from '../lib/download';

export function ExportData() {
  const mutation = useExportMyData();
  const run = () =>
    mutation.mutate(undefined, {
      onSuccess: (data) => downloadJson(data, `interviewai-export-${data.exported_at.slice(0, 10)}.json`),
    });
  const rows = mutation.data ? Object.values(mutation.data.tables).reduce((sum, list) => sum + list.length, 0) : 0;
  return (
    <section className="card stack" aria-labelledby="export-title">
      <h2 id="export-title">Export your data</h2>
      <p className="muted">
        Download everything we store about you — profile, interviews, answers, reports, chats, billing records — as one JSON file.
      </p>
      <FormError message={mutation.error ? toUserMessage(mutation.error) : null} />
      <div className="form__actions">
        <Button variant="secondary" onClick={run} isLoading={mutation.isPending}>
          {mutation.isPending ? 'Preparing your export…' : 'Download my data (JSON)'}
        </Button>
        <span role="status" aria-live="polite" className="muted small">
          {mutation.isSuccess
            ? `Export ready: ${rows.toLocaleString()} records in ${Object.keys(mutation.data.tables).length} tables.`
            : ''}
        </span>
      </div>
    </section>
  );
}
