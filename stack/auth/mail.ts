import type { Mailbox } from '../lib/mailbox.ts';

export type EmailActionType = 'signup' | 'invite' | 'magiclink' | 'recovery' | 'email_change';

/** GoTrue's GetEmailActionLink: `${externalUrl}/verify?token=<hash>&type=<type>&redirect_to=<url>`. */
export function emailActionLink(externalUrl: string, type: EmailActionType, hash: string, redirectTo: string): string {
  const query = new URLSearchParams({ token: hash, type, redirect_to: redirectTo });
  return `${externalUrl.replace(/\/+$/, '')}/verify?${query.toString()}`;
}

/** GoTrue's default subjects and templates. */
const TEMPLATES: Record<EmailActionType, { subject: string; heading: string; intro: string; action: string }> = {
  signup: {
    subject: 'Confirm Your Signup',
    heading: 'Confirm your signup',
    intro: 'Follow this link to confirm your user:',
    action: 'Confirm your mail',
  },
  invite: {
    subject: 'You have been invited',
    heading: 'You have been invited',
    intro: 'You have been invited to create a user. Follow this link to accept the invite:',
    action: 'Accept the invite',
  },
  magiclink: { subject: 'Your Magic Link', heading: 'Magic Link', intro: 'Follow this link to login:', action: 'Log In' },
  recovery: {
    subject: 'Reset Your Password',
    heading: 'Reset Password',
    intro: 'Follow this link to reset the password for your user:',
    action: 'Reset Password',
  },
  email_change: {
    subject: 'Confirm Email Change',
    heading: 'Confirm Change of Email',
    intro: 'Follow this link to confirm the update of your email:',
    action: 'Change Email',
  },
};

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

export async function sendActionEmail(mailbox: Mailbox, to: string, type: EmailActionType, link: string, otp: string): Promise<void> {
  const t = TEMPLATES[type];
  const html =
    `<h2>${t.heading}</h2>\n\n<p>${t.intro}</p>\n<p><a href="${escapeHtml(link)}">${t.action}</a></p>\n` +
    `<p>Alternatively, enter the code: ${otp}</p>`;
  const text = `${t.heading}\n\n${t.intro}\n${link}\n\nAlternatively, enter the code: ${otp}\n`;
  await mailbox.send({ to, subject: t.subject, html, text });
}
