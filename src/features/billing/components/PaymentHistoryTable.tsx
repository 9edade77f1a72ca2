import { formatPrice } from '../api/list-plans';
import { safeExternalUrl, type Payment } from '../api/list-payment-history';

const dateFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
export const formatDate = (iso: string | null) => (iso ? dateFormat.format(new Date(iso)) : '—');

const STATUS_LABEL: Record<string, string> = {
  paid: 'Paid',
  open: 'Open',
  failed: 'Failed',
  refunded: 'Refunded',
  partially_refunded: 'Partly refunded',
  void: 'Void',
  uncollectible: 'Uncollectible',
  pending: 'Pending',
};

export function PaymentHistoryTable({ payments }: { payments: Payment[] }) {
  return (
    <div className="table-wrap" role="region" aria-label="Payment history" tabIndex={0}>
      <table className="table">
        <caption className="visually-hidden">Payment history</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Description</th>
            <th scope="col" className="num">
              Amount
            </th>
            <th scope="col">Status</th>
            <th scope="col">Invoice</th>
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
                  {payment.description ?? 'Subscription'}
                  {payment.card_last4 ? (
                    <span className="muted small">
                      {' '}
                      · {payment.card_brand ?? 'Card'} •••• {payment.card_last4}
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
                    {STATUS_LABEL[payment.status] ?? payment.status}
                  </span>
                </td>
                <td>
                  {invoice ? (
                    <a href={invoice} target="_blank" rel="noreferrer noopener">
                      View<span className="visually-hidden"> invoice {label}</span>
                      <span className="visually-hidden"> (opens in a new tab)</span>
                    </a>
                  ) : null}
                  {invoice && pdf ? ' · ' : null}
                  {pdf ? (
                    <a href={pdf} target="_blank" rel="noreferrer noopener">
                      PDF<span className="visually-hidden"> of invoice {label} (opens in a new tab)</span>
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
