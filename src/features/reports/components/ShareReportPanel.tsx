import { useId, useState, type FormEvent } from 'react';
import { Button } from '@/components/Button';
import { FormError } from '@/components/FormError';
import { SelectField } from '@/components/SelectField';
import { toUserMessage } from '@/lib/errors';
import { useCreateReportShare } from '../api/create-report-share';
import { isLive, shareUrl, useReportShares, type ReportShare } from '../api/list-report-shares';
import { formatDate } from '@/lib/i18n/format';
import { useTurnOffReportShare } from '../api/turn-off-report-share';
import { useT } from '../i18n';

const EXPIRY_DAYS = ['7', '30', '90'] as const;

const day = (iso: string) => formatDate(iso);

function LinkRow({ share, interviewId }: { share: ReportShare; interviewId: string }) {
  const { t } = useT();
  const turnOff = useTurnOffReportShare(interviewId);
  const [copied, setCopied] = useState(false);
  const url = shareUrl(share.token);
  const inputId = useId();

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      // No clipboard permission: select the text so Ctrl+C works.
      const input = document.getElementById(inputId) as HTMLInputElement | null;
      input?.select();
    }
  };

  return (
    <li className="share__link">
      <label className="visually-hidden" htmlFor={inputId}>
        {t('share.linkCreated', { date: day(share.created_at) })}
      </label>
      <input id={inputId} className="field__input share__url" readOnly value={url} onFocus={(event) => event.currentTarget.select()} />
      <p className="muted share__meta">
        {share.include_answers ? t('share.withAnswers') : t('share.withoutAnswers')} ·{' '}
        {share.expires_at ? t('share.expires', { date: day(share.expires_at) }) : t('share.noExpiry')} ·{' '}
        {t('share.views', { count: share.view_count })}
      </p>
      <div className="share__actions">
        <Button size="sm" variant="secondary" onClick={() => void copy()}>
          {t('share.copy')}
        </Button>
        <Button size="sm" variant="ghost" isLoading={turnOff.isPending} onClick={() => turnOff.mutate(share)}>
          {t('share.turnOff')}
        </Button>
        <span className="share__status" aria-live="polite">
          {copied ? t('share.copied') : ''}
        </span>
      </div>
      <FormError message={turnOff.isError ? toUserMessage(turnOff.error) : null} />
    </li>
  );
}

/** Owner-only: create read-only links to this report, see their views, turn them off. */
export function ShareReportPanel({ interviewId }: { interviewId: string }) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const [includeAnswers, setIncludeAnswers] = useState(false);
  const [expiry, setExpiry] = useState<string>('30');
  const shares = useReportShares(interviewId);
  const create = useCreateReportShare();
  const panelId = useId();
  const live = (shares.data ?? []).filter((share) => isLive(share));
  const ended = (shares.data ?? []).length - live.length;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ interviewId, includeAnswers, expiresInDays: expiry === 'never' ? null : Number(expiry) });
  };

  return (
    <section className="card share no-print" aria-labelledby={`${panelId}-heading`}>
      <div className="share__head">
        <h2 id={`${panelId}-heading`}>{t('share.title')}</h2>
        <Button size="sm" variant="secondary" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((value) => !value)}>
          {open ? t('share.close') : live.length ? t('share.manage', { count: live.length }) : t('share.open')}
        </Button>
      </div>
      {open ? (
        <div id={panelId} className="share__body">
          <p className="muted">{t('share.explanation')}</p>
          <form className="share__form" onSubmit={onSubmit}>
            <label className="checkbox">
              <input type="checkbox" checked={includeAnswers} onChange={(event) => setIncludeAnswers(event.target.checked)} />
              {t('share.includeAnswers')}
            </label>
            <SelectField
              label={t('share.expiry')}
              name="expiry"
              value={expiry}
              onChange={(event) => setExpiry(event.target.value)}
              options={[
                ...EXPIRY_DAYS.map((days) => ({ value: days, label: t('share.inDays', { count: Number(days) }) })),
                { value: 'never', label: t('share.never') },
              ]}
            />
            <Button type="submit" isLoading={create.isPending}>
              {t('share.create')}
            </Button>
          </form>
          <FormError message={create.isError ? toUserMessage(create.error) : null} />
          {shares.isError ? <FormError message={toUserMessage(shares.error)} /> : null}
          {live.length ? (
            <ul className="share__links" aria-label={t('share.activeLinks')}>
              {live.map((share) => (
                <LinkRow key={share.id} share={share} interviewId={interviewId} />
              ))}
            </ul>
          ) : shares.isSuccess ? (
            <p className="muted">{t('share.noActive')}</p>
          ) : null}
          {ended > 0 ? <p className="muted">{t('share.ended', { count: ended })}</p> : null}
        </div>
      ) : null}
    </section>
  );
}
