import { useState } from 'react';
import { Button } from '@/components/Button';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { TextField } from '@/components/TextField';
import { toUserMessage } from '@/lib/errors';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useReferralSummary } from '../api/get-referral-summary';
import '../referrals.css';

export function referralLink(code: string, origin = window.location.origin) {
  return `${origin}/sign-up?ref=${encodeURIComponent(code)}`;
}

/** `/app/referrals` — the user's link, sign-ups, conversions and rewards. */
export function ReferralsPage() {
  useDocumentTitle('Referrals');
  const summary = useReferralSummary();
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');

  const copy = async (link: string) => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <div className="page page--narrow">
      <header className="page__header">
        <h1 tabIndex={-1}>Refer a friend</h1>
        <p className="muted">
          Share your link. When someone signs up with it and becomes a paying member, you get 3 bonus interviews — once per friend.
        </p>
      </header>
      {summary.isPending ? (
        <LoadingState label="Loading your referrals…" />
      ) : summary.isError ? (
        <ErrorState message={toUserMessage(summary.error)} onRetry={() => void summary.refetch()} isRetrying={summary.isFetching} />
      ) : (
        <div className="stack">
          <section className="card" aria-labelledby="link-title">
            <h2 id="link-title">Your referral link</h2>
            <div className="referral-link">
              <TextField
                label="Referral link"
                name="referral-link"
                readOnly
                value={referralLink(summary.data.referral_code)}
                onFocus={(e) => e.currentTarget.select()}
              />
              <Button onClick={() => void copy(referralLink(summary.data.referral_code))}>Copy link</Button>
            </div>
            <p className="small muted" role="status" aria-live="polite">
              {copied === 'copied'
                ? 'Link copied to your clipboard.'
                : copied === 'failed'
                  ? 'Copying failed — select the link and copy it manually.'
                  : `Your code: ${summary.data.referral_code}`}
            </p>
          </section>
          <section aria-labelledby="stats-title">
            <h2 id="stats-title">Your results</h2>
            <dl className="stat-grid">
              <div className="stat">
                <dt>Sign-ups</dt>
                <dd>{summary.data.signups}</dd>
              </div>
              <div className="stat">
                <dt>Conversions</dt>
                <dd>{summary.data.conversions}</dd>
              </div>
              <div className="stat">
                <dt>Rewards</dt>
                <dd>{summary.data.rewards}</dd>
              </div>
              <div className="stat">
                <dt>Bonus interviews earned</dt>
                <dd>{summary.data.bonus_interviews_earned}</dd>
              </div>
              <div className="stat">
                <dt>Bonus interviews available</dt>
                <dd>{summary.data.bonus_interviews_available}</dd>
              </div>
            </dl>
            {summary.data.signups === 0 ? <p className="muted section-gap">No sign-ups yet — share your link to get started.</p> : null}
          </section>
        </div>
      )}
    </div>
  );
}
