// Notification e-mails in the recipient's language (en/de). Every mail links to the settings
// page where the notification can be switched off.

export type NotificationKind = 'report_ready' | 'weekly_progress';
export type EmailLanguage = 'en' | 'de';

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

export interface ReportReadyPayload {
  interview_id: string;
  title: string;
  job_role?: string | null;
  score?: number | null;
}

export interface WeeklyProgressPayload {
  week: string;
  interviews: number;
  average_score: number | null;
  previous_average_score: number | null;
  trend: 'up' | 'down' | 'flat' | null;
  skill_to_work_on: string | null;
  streak_days: number;
}

const STRINGS = {
  en: {
    reportSubject: (title: string) => `Your report is ready: ${title}`,
    reportIntro: (title: string) => `Your interview "${title}" is scored and its report is ready.`,
    reportScore: (score: string) => `Overall score: ${score}/100.`,
    reportAction: 'Open the report',
    weeklySubject: 'Your week in interview practice',
    weeklyHeading: 'Your week in interview practice',
    weeklyInterviews: (n: number) => (n === 1 ? 'You completed 1 interview this week.' : `You completed ${n} interviews this week.`),
    weeklyAverage: (score: string) => `Average score: ${score}/100.`,
    trend: { up: 'That is better than the week before.', down: 'That is lower than the week before.', flat: 'Same as the week before.' },
    weeklySkill: (skill: string) => `A skill to work on: ${skill}.`,
    weeklyStreak: (n: number) => (n === 1 ? 'Your streak: 1 day. Keep it going!' : `Your streak: ${n} days. Keep it going!`),
    weeklyAction: 'Practise now',
    footer: 'You get this e-mail because it is switched on in your notification settings. Switch it off here:',
    footerLink: 'Notification settings',
  },
  de: {
    reportSubject: (title: string) => `Dein Bericht ist fertig: ${title}`,
    reportIntro: (title: string) => `Dein Interview „${title}“ ist bewertet, der Bericht ist fertig.`,
    reportScore: (score: string) => `Gesamtpunktzahl: ${score}/100.`,
    reportAction: 'Bericht öffnen',
    weeklySubject: 'Deine Trainingswoche',
    weeklyHeading: 'Deine Trainingswoche',
    weeklyInterviews: (n: number) =>
      n === 1 ? 'Du hast diese Woche 1 Interview abgeschlossen.' : `Du hast diese Woche ${n} Interviews abgeschlossen.`,
    weeklyAverage: (score: string) => `Durchschnittliche Punktzahl: ${score}/100.`,
    trend: {
      up: 'Das ist besser als in der Vorwoche.',
      down: 'Das ist weniger als in der Vorwoche.',
      flat: 'Genauso wie in der Vorwoche.',
    },
    weeklySkill: (skill: string) => `Daran kannst du arbeiten: ${skill}.`,
    weeklyStreak: (n: number) => (n === 1 ? 'Deine Serie: 1 Tag. Bleib dran!' : `Deine Serie: ${n} Tage. Bleib dran!`),
    weeklyAction: 'Jetzt üben',
    footer: 'Du bekommst diese E-Mail, weil sie in deinen Benachrichtigungseinstellungen eingeschaltet ist. Hier abschalten:',
    footerLink: 'Benachrichtigungseinstellungen',
  },
} as const;

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

// Building an Intl.NumberFormat loads locale data: once per language and isolate, not once per e-mail.
const scoreFormats = new Map<EmailLanguage, Intl.NumberFormat>();
function formatScore(score: number, language: EmailLanguage): string {
  let format = scoreFormats.get(language);
  if (!format) scoreFormats.set(language, format = new Intl.NumberFormat(language, { maximumFractionDigits: 1 }));
  return format.format(score);
}

function assemble(language: EmailLanguage, siteUrl: string, subject: string, lines: string[], action: { label: string; url: string }) {
  const s = STRINGS[language];
  const settingsUrl = `${siteUrl}/app/settings#notifications`;
  const html = [
    `<h2>${escapeHtml(subject)}</h2>`,
    ...lines.map((line) => `<p>${escapeHtml(line)}</p>`),
    `<p><a href="${escapeHtml(action.url)}">${escapeHtml(action.label)}</a></p>`,
    `<hr><p style="font-size:12px;color:#666">${escapeHtml(s.footer)} <a href="${escapeHtml(settingsUrl)}">${
      escapeHtml(s.footerLink)
    }</a></p>`,
  ].join('\n');
  const text = [subject, '', ...lines, '', `${action.label}: ${action.url}`, '', '--', `${s.footer} ${settingsUrl}`, ''].join('\n');
  return { html, text, settingsUrl };
}

export function renderReportReady(payload: ReportReadyPayload, language: EmailLanguage, siteUrl: string): RenderedEmail {
  const s = STRINGS[language];
  const subject = s.reportSubject(payload.title);
  const lines: string[] = [s.reportIntro(payload.title)];
  if (typeof payload.score === 'number') lines.push(s.reportScore(formatScore(payload.score, language)));
  const url = `${siteUrl}/app/interviews/${encodeURIComponent(payload.interview_id)}/report`;
  const { html, text } = assemble(language, siteUrl, subject, lines, { label: s.reportAction, url });
  return { subject, html, text };
}

export function renderWeeklyProgress(payload: WeeklyProgressPayload, language: EmailLanguage, siteUrl: string): RenderedEmail {
  const s = STRINGS[language];
  const lines: string[] = [s.weeklyInterviews(payload.interviews)];
  if (payload.average_score !== null) {
    lines.push(s.weeklyAverage(formatScore(payload.average_score, language)) + (payload.trend ? ` ${s.trend[payload.trend]}` : ''));
  }
  if (payload.skill_to_work_on) lines.push(s.weeklySkill(payload.skill_to_work_on));
  if (payload.streak_days > 0) lines.push(s.weeklyStreak(payload.streak_days));
  const { html, text } = assemble(language, siteUrl, s.weeklyHeading, lines, {
    label: s.weeklyAction,
    url: `${siteUrl}/app/interviews/new`,
  });
  return { subject: s.weeklySubject, html, text };
}

export function renderNotification(kind: NotificationKind, payload: unknown, language: string, siteUrl: string): RenderedEmail {
  const lang: EmailLanguage = language === 'de' ? 'de' : 'en';
  const site = siteUrl.replace(/\/+$/, '');
  switch (kind) {
    case 'report_ready':
      return renderReportReady(payload as ReportReadyPayload, lang, site);
    case 'weekly_progress':
      return renderWeeklyProgress(payload as WeeklyProgressPayload, lang, site);
  }
}
