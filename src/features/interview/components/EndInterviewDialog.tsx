import { Button } from '@/components/Button';
import { FormError } from '@/components/FormError';
import { useT } from '../i18n';

type Props = {
  idBase: string;
  answered: number;
  total: number;
  onConfirm: () => void;
  onKeepGoing: () => void;
  isPending: boolean;
  error: string | null;
};

/** "End the interview now?": with nothing answered, ending cancels it without a report. */
export function EndInterviewDialog({ idBase, answered, total, onConfirm, onKeepGoing, isPending, error }: Props) {
  const { t } = useT();
  return (
    <section className="card room__confirm" role="alertdialog" aria-labelledby={`${idBase}-end`} aria-describedby={`${idBase}-end-desc`}>
      <h2 id={`${idBase}-end`}>{t('room.confirmEnd.title')}</h2>
      <p id={`${idBase}-end-desc`}>
        {answered === 0 ? t('room.confirmEnd.nothingAnswered') : t('room.confirmEnd.someAnswered', { answered, total })}
      </p>
      <div className="state__actions">
        <Button variant="danger" onClick={onConfirm} isLoading={isPending} autoFocus>
          {answered === 0 ? t('room.cancelInterview') : t('room.confirmEnd.endAndSeeReport')}
        </Button>
        <Button variant="secondary" onClick={onKeepGoing}>
          {t('room.confirmEnd.keepGoing')}
        </Button>
      </div>
      <FormError message={error} />
    </section>
  );
}
