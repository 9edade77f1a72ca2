import { useState } from 'react';
import { Button } from '@/components/Button';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { TextField } from '@/components/TextField';
import { toUserMessage } from '@/lib/errors';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useReferralSummary } from '../api/get-referral-summary';
import { formatNumber } from '@/lib/i18n/format';
import { useT } from '../i18n';
import '../referrals.css';

export function referralLink(code: string, origin = window.location.origin) {
  return `${origin}/sign-up?ref=${encodeURIComponent(code)}`;
}

/** `/app/referrals` — the user's link, sign-ups, conversions and rewards. */
export function ReferralsPage() {
  const { t } = useT();
  useDocumentTitle(t('page.title'));
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
        <h1 tabIndex={-1}>{t('page.heading')}</h1>
        <p className="muted">{t('page.lead', { count: 3 })}</p>
      </header>
      {summary.isPending ? (
        <LoadingState label={t('page.loading')} />
      ) : summary.isError ? (
        <ErrorState message={toUserMessage(summary.error)} onRetry={() => void summary.refetch()} isRetrying={summary.isFetching} />
      ) : (
        <div className="stack">
          <section className="card" aria-labelledby="link-title">
            <h2 id="link-title">{t('link.title')}</h2>
            <div className="referral-link">
              <TextField
                label={t('link.label')}
                name="referral-link"
                readOnly
                value={referralLink(summary.data.referral_code)}
                onFocus={(e) => e.currentTarget.select()}
              />
              <Button onClick={() => void copy(referralLink(summary.data.referral_code))}>{t('link.copy')}</Button>
            </div>
            <p className="small muted" role="status" aria-live="polite">
              {copied === 'copied'
                ? t('link.copied')
                : copied === 'failed'
                  ? t('link.copyFailed')
                  : t('link.code', { code: summary.data.referral_code })}
            </p>
          </section>
          <section aria-labelledby="stats-title">
            <h2 id="stats-title">{t('stats.title')}</h2>
            <dl className="stat-grid">
              <div className="stat">
                <dt>{t('stats.signups')}</dt>
                <dd>{formatNumber(summary.data.signups)}</dd>
              </div>
              <div className="stat">
                <dt>{t('stats.conversions')}</dt>
                <dd>{formatNumber(summary.data.conversions)}</dd>
              </div>
              <div className="stat">
                <dt>{t('stats.rewards')}</dt>
                <dd>{formatNumber(summary.data.rewards)}</dd>
              </div>
              <div className="stat">
                <dt>{t('stats.bonusEarned')}</dt>
                <dd>{formatNumber(summary.data.bonus_interviews_earned)}</dd>
              </div>
              <div className="stat">
                <dt>{t('stats.bonusAvailable')}</dt>
                <dd>{formatNumber(summary.data.bonus_interviews_available)}</dd>
              </div>
            </dl>
            {summary.data.signups === 0 ? <p className="muted section-gap">{t('stats.empty')}</p> : null}
          </section>
        </div>
      )}
    </div>
  );
}
