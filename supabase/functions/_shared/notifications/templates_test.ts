import assert from 'node:assert/strict';
import { renderNotification } from './templates.ts';

const SITE = 'https://app.example.com/';

Deno.test('report-ready e-mail links the report and the notification settings, in English', () => {
  const mail = renderNotification('report_ready', { interview_id: 'abc', title: 'Frontend <b>', score: 81.5 }, 'en', SITE);
  assert.deepEqual(mail.subject, 'Your report is ready: Frontend <b>');
  assert.deepEqual(mail.text.includes('https://app.example.com/app/interviews/abc/report'), true);
  assert.deepEqual(mail.text.includes('https://app.example.com/app/settings#notifications'), true);
  assert.deepEqual(mail.text.includes('81.5/100'), true);
  assert.deepEqual(mail.html.includes('Frontend &lt;b&gt;'), true);
  assert.deepEqual(mail.html.includes('<b>'), false);
});

Deno.test('report-ready e-mail in German uses German text and number format', () => {
  const mail = renderNotification('report_ready', { interview_id: 'abc', title: 'Backend', score: 81.5 }, 'de', SITE);
  assert.deepEqual(mail.subject, 'Dein Bericht ist fertig: Backend');
  assert.deepEqual(mail.text.includes('81,5/100'), true);
  assert.deepEqual(mail.text.includes('Hier abschalten: https://app.example.com/app/settings#notifications'), true);
  assert.deepEqual(mail.html.includes('Benachrichtigungseinstellungen'), true);
});

Deno.test('weekly progress e-mail: count, average with trend, skill and streak; parts without data are left out', () => {
  const full = renderNotification(
    'weekly_progress',
    {
      week: '2026-W49',
      interviews: 3,
      average_score: 72,
      previous_average_score: 65,
      trend: 'up',
      skill_to_work_on: 'System design',
      streak_days: 4,
    },
    'en',
    SITE,
  );
  assert.deepEqual(full.subject, 'Your week in interview practice');
  for (const line of ['You completed 3 interviews this week.', 'Average score: 72/100. That is better', 'System design', '4 days']) {
    assert.deepEqual(full.text.includes(line), true, line);
  }
  const quiet = renderNotification(
    'weekly_progress',
    {
      week: '2026-W49',
      interviews: 0,
      average_score: null,
      previous_average_score: null,
      trend: null,
      skill_to_work_on: null,
      streak_days: 1,
    },
    'de',
    SITE,
  );
  assert.deepEqual(quiet.text.includes('Du hast diese Woche 0 Interviews abgeschlossen.'), true);
  assert.deepEqual(quiet.text.includes('Durchschnitt'), false);
  assert.deepEqual(quiet.text.includes('Deine Serie: 1 Tag.'), true);
});
