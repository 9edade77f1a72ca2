import { formatDate as formatInLanguage } from '@/lib/i18n/format';
import { formatPrice } from '../api/list-plans';
import { safeExternalUrl, type Payment } from '../api/list-payment-history';
import { useT } from '../i18n';

export const formatDate = (iso: string | null) => (iso ? formatInLanguage(iso) : '—');

const PAYMENT_STATUSES = new Set(['paid', 'open', 'failed', 'refunded', 'partially_refunded', 'void', 'uncollectible', 'pending']);

export function PaymentHistoryTable({ payments }: { payments: Payment[] }) {
  const { t } = useT();
  return (
    <div className="table-wrap" role="region" aria-label={t('history.title')} tabIndex={0}>
      <table className="table">
        <caption className="visually-hidden">{t('history.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('history.date')}</th>
            <th scope="col">{t('history.description')}</th>
            <th scope="col" className="num">
              {t('history.amount')}
            </th>
            <th scope="col">{t('history.status')}</th>
            <th scope="col">{t('history.invoice')}</th>
          </tr>
        </thead>
        <tbody>
          {payments.map((payment) => {
            const invoice = safeExternalUrl(payment.invoice_url) ?? safeExternalUrl(payment.receipt_url);
            const pdf = safeExternalUrl(payment.invoice_pdf_url);
            const label = payment.invoice_number ?? formatDate(payment.paid_at ?? payment.created_at);
            return (
              <tr key={payment.id}>
                <td>{formatDate(payment.paid_at ?? payment.created_at)}</td>
                <td>
                  {payment.description ?? t('history.subscription')}
                  {payment.card_last4 ? (
                    <span className="muted small">
                      {' '}
                      · {payment.card_brand ?? t('card')} •••• {payment.card_last4}
                    </span>
                  ) : null}
                  {payment.status === 'failed' && payment.failure_message ? (
                    <div className="small field__error">{payment.failure_message}</div>
                  ) : null}
                </td>
                <td className="num">{formatPrice(payment.amount_cents, payment.currency)}</td>
                <td>
                  <span
                    className={`status-pill ${payment.status === 'paid' ? 'status-pill--good' : payment.status === 'failed' ? 'status-pill--bad' : ''}`}
                  >
                    {PAYMENT_STATUSES.has(payment.status) ? t(`paymentStatus.${payment.status}`) : payment.status}
                  </span>
                </td>
                <td>
                  {invoice ? (
                    <a href={invoice} target="_blank" rel="noreferrer noopener">
                      {t('history.view')}
                      <span className="visually-hidden"> {t('history.viewInvoice', { label })}</span>
                    </a>
                  ) : null}
                  {invoice && pdf ? ' · ' : null}
                  {pdf ? (
                    <a href={pdf} target="_blank" rel="noreferrer noopener">
                      PDF<span className="visually-hidden"> {t('history.pdfOfInvoice', { label })}</span>
                    </a>
                  ) : null}
                  {!invoice && !pdf ? <span className="muted">—</span> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
