// The simulator's hosted pages: Checkout, Customer Portal, hosted invoice. Plain server-rendered HTML
// forms, so they work in any browser (and in tests with fetch) without JavaScript.
import type { Doc } from './objects.ts';

const escape = (value: unknown) =>
  String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const money = (cents: number, currency: string) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase() }).format(cents / 100);

const date = (unix: number | null | undefined) => (unix ? new Date(unix * 1000).toISOString().slice(0, 10) : '—');

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} · Stripe simulator</title>
<style>
  :root { color-scheme: light dark; font-family: system-ui, sans-serif; }
  body { margin: 0; background: Canvas; color: CanvasText; }
  main { max-width: 34rem; margin: 2rem auto; padding: 1.5rem; border: 1px solid #8884; border-radius: 12px; }
  .banner { background: #635bff; color: white; padding: .5rem 1rem; font-size: .9rem; text-align: center; }
  h1 { font-size: 1.4rem; margin-top: 0; }
  .amount { font-size: 2rem; font-weight: 700; margin: .5rem 0 1rem; }
  .card { font-family: ui-monospace, monospace; padding: .75rem; border: 1px dashed #8888; border-radius: 8px; margin: 1rem 0; }
  .row { display: flex; gap: .75rem; flex-wrap: wrap; margin: 1rem 0; }
  button { font: inherit; padding: .6rem 1.2rem; border-radius: 8px; border: 1px solid #8886; cursor: pointer; background: Canvas; color: CanvasText; }
  button.primary { background: #635bff; color: white; border-color: #635bff; }
  button.danger { color: #c0123c; border-color: #c0123c; }
  .error { color: #c0123c; border: 1px solid #c0123c; border-radius: 8px; padding: .75rem; }
  table { width: 100%; border-collapse: collapse; } td, th { text-align: left; padding: .3rem; border-bottom: 1px solid #8883; }
  a { color: #635bff; }
</style>
</head>
<body>
<div class="banner" role="note">Local Stripe simulator — test mode, no real money moves.</div>
<main>${body}</main>
</body>
</html>`;
}

export function checkoutPage(session: Doc, customer: Doc | undefined, error?: string): string {
  const item = session._line_items?.[0];
  const price = item?.price;
  if (session.status !== 'open') {
    return layout(
      'Checkout',
      `<h1>Checkout</h1><p>This Checkout Session is <strong>${escape(session.status)}</strong>.</p>
      ${session.success_url && session.status === 'complete' ? `<p><a href="${escape(String(session.success_url).replace('{CHECKOUT_SESSION_ID}', session.id))}">Return to the app</a></p>` : ''}`,
    );
  }
  return layout(
    'Checkout',
    `
    <h1>Subscribe to ${escape(price?.nickname ?? 'the plan')}</h1>
    <p class="amount">${price ? `${money(price.unit_amount, price.currency)} <small>per ${escape(price.recurring?.interval)}</small>` : ''}</p>
    <p>Billed to <strong>${escape(customer?.email ?? session.customer_email ?? 'new customer')}</strong></p>
    ${error ? `<p class="error" role="alert">${escape(error)}</p>` : ''}
    <div class="card" aria-label="Test card">Card 4242 4242 4242 4242 · 12/${String(new Date().getUTCFullYear() + 3).slice(2)} · CVC 123</div>
    <div class="row">
      <form method="post" action="/checkout/${escape(session.id)}/pay"><button class="primary" type="submit">Pay</button></form>
      <form method="post" action="/checkout/${escape(session.id)}/decline"><button class="danger" type="submit">Decline</button></form>
    </div>
    <p><small>"Decline" uses the test card 4000 0000 0000 0002: the payment fails on this page and nothing is created, like hosted Checkout.
    Failed renewals (past_due) are simulated from the customer portal.</small></p>
    ${session.cancel_url ? `<p><a href="${escape(session.cancel_url)}">← Cancel and return</a></p>` : ''}`,
  );
}

export function portalPage(
  session: Doc,
  customer: Doc,
  subscriptions: Doc[],
  invoices: Doc[],
  paymentMethod: Doc | undefined,
  prices: Doc[],
  notice?: string,
): string {
  const action = (name: string, label: string, extra = '', cls = '') =>
    `<form method="post" action="/portal/${escape(session.id)}/action"><input type="hidden" name="action" value="${name}">${extra}<button type="submit" class="${cls}">${escape(label)}</button></form>`;
  const subs =
    subscriptions
      .map((sub) => {
        const item = sub.items.data[0];
        const price = item.price;
        const other = prices.filter((p) => p.id !== price.id);
        const subField = `<input type="hidden" name="subscription" value="${escape(sub.id)}">`;
        const live = sub.status !== 'canceled';
        return `<section aria-label="Subscription">
      <h2>${escape(price.nickname)} — ${money(price.unit_amount, price.currency)} / ${escape(price.recurring.interval)}</h2>
      <p>Status: <strong>${escape(sub.status)}</strong>${sub.cancel_at_period_end ? ` · cancels on ${date(sub.cancel_at)}` : live ? ` · renews on ${date(item.current_period_end)}` : ''}</p>
      ${
        live
          ? `<div class="row">
        ${other.map((p) => action('switch', `Switch to ${p.nickname}`, `${subField}<input type="hidden" name="price" value="${escape(p.id)}">`)).join('')}
        ${sub.cancel_at_period_end ? action('resume', 'Renew plan', subField, 'primary') : action('cancel_at_period_end', 'Cancel plan', subField, 'danger')}
        ${action('cancel_now', 'Cancel immediately', subField, 'danger')}
      </div>
      <details><summary>Simulate the next billing cycle</summary><div class="row">
        ${action('renew_paid', 'Renewal payment succeeds', subField)}
        ${action('renew_failed', 'Renewal payment fails (past_due)', subField, 'danger')}
      </div></details>`
          : ''
      }
    </section>`;
      })
      .join('') || '<p>No subscriptions.</p>';
  const card = paymentMethod?.card;
  return layout(
    'Billing portal',
    `
    <h1>Billing for ${escape(customer.email ?? customer.id)}</h1>
    ${notice ? `<p role="status"><strong>${escape(notice)}</strong></p>` : ''}
    ${subs}
    <h2>Payment method</h2>
    <p>${card ? `${escape(card.brand)} •••• ${escape(card.last4)} · expires ${escape(card.exp_month)}/${escape(card.exp_year)}` : 'No card on file.'}</p>
    ${action('update_card', 'Update card (Mastercard 5555 5555 5555 4444)')}
    <h2>Invoices</h2>
    ${
      invoices.length
        ? `<table><thead><tr><th>Date</th><th>Amount</th><th>Status</th><th></th></tr></thead><tbody>
      ${invoices.map((i) => `<tr><td>${date(i.created)}</td><td>${money(i.amount_due, i.currency)}</td><td>${escape(i.status)}</td><td><a href="${escape(i.hosted_invoice_url)}">View</a></td></tr>`).join('')}
    </tbody></table>`
        : '<p>No invoices yet.</p>'
    }
    ${session.return_url ? `<p><a href="${escape(session.return_url)}">← Return to InterviewAI</a></p>` : ''}`,
  );
}

export function invoicePage(invoice: Doc): string {
  const line = invoice.lines.data[0];
  return layout(
    `Invoice ${invoice.number}`,
    `
    <h1>Invoice ${escape(invoice.number)}</h1>
    <p class="amount">${money(invoice.amount_due, invoice.currency)}</p>
    <p>Status: <strong>${escape(invoice.status)}</strong> · issued ${date(invoice.created)}${invoice.status_transitions.paid_at ? ` · paid ${date(invoice.status_transitions.paid_at)}` : ''}</p>
    <p>${escape(line?.description)}<br>Period ${date(line?.period?.start)} – ${date(line?.period?.end)}</p>
    <p>Billed to ${escape(invoice.customer_email)}</p>
    <p><a href="${escape(invoice.invoice_pdf)}">Download (text receipt)</a></p>`,
  );
}

export function indexPage(state: { customers: Doc[]; subscriptions: Doc[]; events: Doc[] }): string {
  return layout(
    'Dashboard',
    `
    <h1>Stripe simulator</h1>
    <h2>Subscriptions</h2>
    <table><tbody>${state.subscriptions.map((s) => `<tr><td>${escape(s.id)}</td><td>${escape(s.customer)}</td><td>${escape(s.items.data[0]?.price?.id)}</td><td>${escape(s.status)}</td></tr>`).join('') || '<tr><td>None</td></tr>'}</tbody></table>
    <h2>Customers</h2>
    <table><tbody>${state.customers.map((c) => `<tr><td>${escape(c.id)}</td><td>${escape(c.email)}</td><td>${escape(c.metadata?.user_id)}</td></tr>`).join('') || '<tr><td>None</td></tr>'}</tbody></table>
    <h2>Latest events</h2>
    <table><tbody>${state.events.map((e) => `<tr><td>${date(e.created)}</td><td>${escape(e.type)}</td><td>${escape(e.id)}</td></tr>`).join('') || '<tr><td>None</td></tr>'}</tbody></table>`,
  );
}
