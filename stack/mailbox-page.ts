import type { Mailbox, MailMessage } from './lib/mailbox.ts';

export interface Page {
  status: number;
  contentType: string;
  body: string;
}

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

const layout = (title: string, content: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · InterviewAI local mailbox</title>
<style>
body{font-family:system-ui,sans-serif;margin:0;background:#f6f7fb;color:#1b1f2a}
header{background:#1b1f2a;color:#fff;padding:12px 24px}main{max-width:960px;margin:24px auto;padding:0 16px}
table{width:100%;border-collapse:collapse;background:#fff}td,th{padding:10px;border-bottom:1px solid #e3e6ef;text-align:left}
a{color:#3b5bdb}iframe{width:100%;height:60vh;border:1px solid #e3e6ef;background:#fff}form{margin-bottom:16px}
</style></head><body><header><strong>Local mailbox</strong> — every email the local auth service sends lands here</header>
<main>${content}</main></body></html>`;

function listPage(messages: MailMessage[], to: string | null): string {
  const rows = messages
    .map(
      (m) =>
        `<tr><td>${escapeHtml(m.sentAt.replace('T', ' ').slice(0, 19))}</td><td>${escapeHtml(m.to)}</td><td><a href="/mail/${encodeURIComponent(m.id)}">${escapeHtml(m.subject)}</a></td></tr>`,
    )
    .join('');
  return layout(
    'Inbox',
    `<form method="get" action="/mail"><label>Recipient <input name="to" type="email" value="${escapeHtml(to ?? '')}"></label> <button>Filter</button></form>
<table><thead><tr><th>Sent (UTC)</th><th>To</th><th>Subject</th></tr></thead><tbody>${rows || '<tr><td colspan="3">No messages yet.</td></tr>'}</tbody></table>`,
  );
}

/**
 * Links in an email must leave the mailbox: followed inside the sandboxed frame, the app would run with an
 * opaque origin (no storage, CORS refused) after the click had already used up a one-time link. A <base>
 * makes every link open in the top window (the sandbox allows that on a user's click).
 */
export function withLinksToTopWindow(html: string): string {
  const base = '<base target="_top">';
  if (/<head[^>]*>/i.test(html)) return html.replace(/<head[^>]*>/i, (head) => `${head}${base}`);
  return `${base}${html}`;
}

/** The Inbucket-like mailbox: /mail (list), /mail/<id> (message), /mail/api/messages?to= (JSON). */
export async function renderMailbox(mailbox: Mailbox, url: URL): Promise<Page> {
  const to = url.searchParams.get('to');
  if (url.pathname === '/mail/api/messages') {
    return { status: 200, contentType: 'application/json', body: JSON.stringify(await mailbox.list(to ?? undefined)) };
  }
  if (url.pathname === '/mail' || url.pathname === '/mail/') {
    return { status: 200, contentType: 'text/html; charset=utf-8', body: listPage(await mailbox.list(to ?? undefined), to) };
  }
  const id = decodeURIComponent(url.pathname.slice('/mail/'.length));
  const message = await mailbox.get(id);
  if (!message)
    return {
      status: 404,
      contentType: 'text/html; charset=utf-8',
      body: layout('Not found', '<p>No such message. <a href="/mail">Back to the inbox</a></p>'),
    };
  return {
    status: 200,
    contentType: 'text/html; charset=utf-8',
    body: layout(
      message.subject,
      `<p><a href="/mail">← Inbox</a></p><h1>${escapeHtml(message.subject)}</h1><p>To: ${escapeHtml(message.to)} · ${escapeHtml(message.sentAt)}</p>
<iframe sandbox="allow-top-navigation-by-user-activation allow-popups allow-popups-to-escape-sandbox" srcdoc="${escapeHtml(withLinksToTopWindow(message.html))}" title="Message body"></iframe>
<details><summary>Plain text</summary><pre>${escapeHtml(message.text)}</pre></details>`,
    ),
  };
}
