import { useId, useState, type FormEvent } from 'react';
import { Button } from '@/components/Button';
import { FormError } from '@/components/FormError';
import { SelectField } from '@/components/SelectField';
import { toUserMessage } from '@/lib/errors';
import { useCreateReportShare } from '../api/create-report-share';
import { isLive, shareUrl, useReportShares, type ReportShare } from '../api/list-report-shares';
import { useTurnOffReportShare } from '../api/turn-off-report-share';

const EXPIRY_OPTIONS = [
  { value: '7', label: 'In 7 days' },
  { value: '30', label: 'In 30 days' },
  { value: '90', label: 'In 90 days' },
  { value: 'never', label: 'Never (until I turn it off)' },
] as const;

const day = (iso: string) => new Date(iso).toLocaleDateString(undefined, { dateStyle: 'medium' });

function LinkRow({ share, interviewId }: { share: ReportShare; interviewId: string }) {
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
        Link created {day(share.created_at)}
      </label>
      <input id={inputId} className="field__input share__url" readOnly value={url} onFocus={(event) => event.currentTarget.select()} />
      <p className="muted share__meta">
        {share.include_answers ? 'Includes your answers' : 'Scores and feedback only'} ·{' '}
        {share.expires_at ? `expires ${day(share.expires_at)}` : 'no expiry'} · {share.view_count}{' '}
        {share.view_count === 1 ? 'view' : 'views'}
      </p>
      <div className="share__actions">
        <Button size="sm" variant="secondary" onClick={() => void copy()}>
          Copy link
        </Button>
        <Button size="sm" variant="ghost" isLoading={turnOff.isPending} onClick={() => turnOff.mutate(share)}>
          Turn off
        </Button>
        <span className="share__status" aria-live="polite">
          {copied ? 'Copied to the clipboard.' : ''}
        </span>
      </div>
      <FormError message={turnOff.isError ? toUserMessage(turnOff.error) : null} />
    </li>
  );
}

/** Owner-only: create read-only links to this report, see their views, turn them off. */
export function ShareReportPanel({ interviewId }: { interviewId: string }) {
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
        <h2 id={`${panelId}-heading`}>Share this report</h2>
        <Button size="sm" variant="secondary" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((value) => !value)}>
          {open ? 'Close' : live.length ? `Manage links (${live.length})` : 'Create a link'}
        </Button>
      </div>
      {open ? (
        <div id={panelId} className="share__body">
          <p className="muted">
            Anyone with a link can read this report without an account: a mentor, a friend, a recruiter. Your name, e-mail, resume and other
            interviews are never shown.
          </p>
          <form className="share__form" onSubmit={onSubmit}>
            <label className="checkbox">
              <input type="checkbox" checked={includeAnswers} onChange={(event) => setIncludeAnswers(event.target.checked)} />
              Include my answers
            </label>
            <SelectField
              label="Link expires"
              name="expiry"
              value={expiry}
              onChange={(event) => setExpiry(event.target.value)}
              options={EXPIRY_OPTIONS}
            />
            <Button type="submit" isLoading={create.isPending}>
              Create link
            </Button>
          </form>
          <FormError message={create.isError ? toUserMessage(create.error) : null} />
          {shares.isError ? <FormError message={toUserMessage(shares.error)} /> : null}
          {live.length ? (
            <ul className="share__links" aria-label="Active links">
              {live.map((share) => (
                <LinkRow key={share.id} share={share} interviewId={interviewId} />
              ))}
            </ul>
          ) : shares.isSuccess ? (
            <p className="muted">No active links.</p>
          ) : null}
          {ended > 0 ? (
            <p className="muted">{ended === 1 ? '1 older link is' : `${ended} older links are`} turned off or expired.</p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
