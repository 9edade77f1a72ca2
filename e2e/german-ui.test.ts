// The UI in German, in Chromium against the test stack: a user who chooses Deutsch in settings sees the app in
// German (navigation, dashboard with dates formatted the German way, history, settings), also after a reload and
// on another device; a profile that says Deutsch gets the new-interview form, the interview room and the report in
// German; a signed-out visitor whose browser prefers German sees the landing and sign-in pages in German; an admin
// whose profile says Deutsch gets the practice library, a practice question and the admin console in German.
import { describe, expect, it } from 'vitest';
import { insertFinishedInterview, sql } from '../tests/db/helpers.ts';
import { createUser, newPage, screenshot, signIn, useBrowserApp } from './helpers/app.ts';
import { seedPracticeQuestion } from './helpers/practice.ts';

const htmlLang = (page: Awaited<ReturnType<typeof newPage>>) => page.evaluate(() => document.documentElement.lang);

describe('browser: German UI', () => {
  const { app, browser } = useBrowserApp();

  it('a user who chooses Deutsch in settings gets the whole app in German, also after a reload', async () => {
    const user = await createUser('deutsch');
    const interview = await insertFinishedInterview(user);
    const [row] = await sql<{ created_at: Date }>('select created_at from public.interview_sessions where id = $1', [interview.id]);
    const createdAt = row!.created_at;
    const page = await newPage(browser());
    await signIn(page, app().url, user.email, undefined, '/app/settings');
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(await htmlLang(page)).toBe('en');

    await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
    await page.getByRole('button', { name: 'Save changes' }).click();

    // The same screen switches at once.
    await page.getByRole('heading', { level: 1, name: 'Einstellungen' }).waitFor();
    await page.getByRole('button', { name: 'Änderungen speichern' }).waitFor();
    await page.getByText('Einstellungen gespeichert.').waitFor();
    expect(await htmlLang(page)).toBe('de');
    const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
    await nav.getByRole('link', { name: 'Verlauf' }).waitFor();
    await nav.getByRole('button', { name: 'Abmelden' }).waitFor();
    const [saved] = await sql<{ language: string }>(`select preferences->>'language' as language from public.user_profiles where id = $1`, [
      user.id,
    ]);
    expect(saved?.language).toBe('de');

    // Dashboard: headings, counts and the interview's date in German.
    await nav.getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('heading', { level: 2, name: 'Dein Fortschritt' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Letzte Interviews' }).waitFor();
    await page.getByRole('link', { name: 'Interview starten' }).waitFor();
    const germanDate = new Intl.DateTimeFormat('de', { dateStyle: 'medium' }).format(createdAt);
    // "05.12.2026", never "Dec 5, 2026".
    expect(germanDate).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
    const escaped = germanDate.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await page.getByText(new RegExp(`${escaped} · \\d+/\\d+ beantwortet`)).waitFor();
    await page.getByText('Abgeschlossen', { exact: true }).first().waitFor();
    await screenshot(page, 'german-dashboard');

    // A reload keeps German (from this device and from the profile) before anything English shows up.
    await page.goto(`${app().url}/app/history`);
    await page.getByRole('heading', { level: 1, name: 'Interview-Verlauf' }).waitFor();
    await page.getByText('1 Interview', { exact: true }).waitFor();
    expect(await page.title()).toBe('Verlauf · InterviewAI');
    expect(await htmlLang(page)).toBe('de');

    // On another device (fresh storage) the profile's language still wins over the browser's English.
    const other = await newPage(browser());
    await signIn(other, app().url, user.email);
    await other.getByRole('heading', { level: 2, name: 'Dein Fortschritt' }).waitFor();
    expect(await htmlLang(other)).toBe('de');
    await other.context().close();
    await page.context().close();
  });

  it('a user whose profile says Deutsch gets the new-interview form and the report in German', async () => {
    const user = await createUser('deutsch-report');
    const interview = await insertFinishedInterview(user);
    await sql(`update public.user_profiles set preferences = preferences || '{"language": "de"}'::jsonb where id = $1`, [user.id]);
    const [row] = await sql<{ completed_at: Date }>('select completed_at from public.interview_sessions where id = $1', [interview.id]);
    const germanDate = new Intl.DateTimeFormat('de', { dateStyle: 'medium' }).format(row!.completed_at);
    const page = await newPage(browser());
    await signIn(page, app().url, user.email);
    await page.getByRole('heading', { level: 2, name: 'Dein Fortschritt' }).waitFor();

    // The new-interview form.
    await page.goto(`${app().url}/app/interviews/new`);
    await page.getByRole('heading', { level: 1, name: 'Neues Interview' }).waitFor();
    await page.getByRole('group', { name: 'Interviewart' }).waitFor();
    await page.getByRole('combobox', { name: 'Anzahl der Fragen' }).waitFor();
    await page.getByRole('button', { name: 'Interview starten' }).waitFor();

    // The report: German headings and the interview's date.
    await page.goto(`${app().url}/app/interviews/${interview.id}/report`);
    await page.getByRole('heading', { level: 2, name: 'Punktzahlen' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Frage für Frage' }).waitFor();
    await page.getByText(germanDate, { exact: false }).first().waitFor();

    await page.context().close();
  });

  it('a user whose profile says Deutsch answers an interview in a German room', async () => {
    const user = await createUser('deutsch-room');
    await sql(`update public.user_profiles set preferences = preferences || '{"language": "de"}'::jsonb where id = $1`, [user.id]);
    const { data: created, error } = await user.client.rpc('create_interview_session', {
      p_job_role: 'Software Engineer',
      p_interview_type: 'technical',
      p_difficulty: 'medium',
      p_tech_stack: ['TypeScript'],
      p_total_questions: 2,
    });
    if (error) throw new Error(`create_interview_session: ${error.message}`);
    const interviewId = (created as { id: string }).id;
    const page = await newPage(browser());
    // The room prepares the questions itself when the interview has none yet.
    await signIn(page, app().url, user.email, undefined, `/app/interviews/${interviewId}`);

    await page.getByText('Frage 1 von 2').waitFor({ timeout: 30_000 });
    expect(await htmlLang(page)).toBe('de');
    await page.getByText('0 von 2 beantwortet').waitFor();
    await page.getByRole('checkbox', { name: 'Feedback nach jeder Antwort' }).waitFor();
    await page.getByRole('list', { name: 'Fragen' }).getByRole('button', { name: 'Frage 2: nicht beantwortet' }).waitFor();
    await page.getByText(/^Du kannst jederzeit gehen/).waitFor();
    // Submitting nothing is refused with a German message from the room's state machine.
    await page.getByRole('button', { name: 'Antwort abgeben' }).click();
    await page.getByText('Schreib (oder sprich) eine Antwort, bevor du abgibst, oder überspringe diese Frage.').waitFor();
    await page
      .getByLabel('Deine Antwort', { exact: true })
      .fill(
        'Ich würde die Typen an den Grenzen mit zod prüfen, weil TypeScript zur Laufzeit nichts garantiert, und die Fehler dem Nutzer verständlich zeigen.',
      );
    await page.getByText(/^\d+ Wörter · Strg\+Enter sendet ab\./).waitFor();
    await screenshot(page, 'german-room');
    await page.getByRole('button', { name: 'Antwort abgeben' }).click();

    // The interviewer may follow up first (in German too); the feedback follows.
    const followUp = page.getByRole('region', { name: /Nachfrage deines Interviewers/ });
    const feedback = page.getByRole('heading', { name: 'Feedback zu deiner Antwort' });
    await followUp.or(feedback).first().waitFor({ timeout: 30_000 });
    if (await followUp.isVisible()) await page.getByRole('button', { name: 'Nachfrage überspringen' }).click();
    await feedback.waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Musterantwort anzeigen' }).waitFor();
    await page.getByRole('button', { name: 'Diese Frage wiederholen (Übung)' }).waitFor();
    await page.getByText('1 von 2 beantwortet').waitFor();

    // Ending early asks first, in German.
    await page.getByRole('button', { name: 'Interview beenden' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Interview jetzt beenden?' });
    await dialog.getByText('Du hast 1 von 2 beantwortet. Unbeantwortete Fragen zählen in deinem Bericht als übersprungen.').waitFor();
    await dialog.getByRole('button', { name: 'Weitermachen' }).click();
    await page.getByRole('button', { name: 'Nächste Frage' }).click();
    await page.getByText('Frage 2 von 2').waitFor();
    expect(await page.title()).toMatch(/^Interview: /);
    await page.context().close();
  });

  it('an admin whose profile says Deutsch gets the practice pages and the admin console in German', async () => {
    const question = await seedPracticeQuestion();
    const user = await createUser('deutsch-admin', { admin: true });
    await sql(`update public.user_profiles set preferences = preferences || '{"language": "de"}'::jsonb where id = $1`, [user.id]);
    const page = await newPage(browser());
    await signIn(page, app().url, user.email, undefined, '/app/practice');

    // The practice library and one question, with its answer form and validation message.
    await page.getByRole('heading', { level: 1, name: 'Übungsbibliothek' }).waitFor();
    await page.getByRole('textbox', { name: 'Tag', exact: true }).fill(question.tag);
    await page.getByText('1 Frage', { exact: true }).waitFor();
    expect(await htmlLang(page)).toBe('de');
    expect(await page.title()).toBe('Übungsbibliothek · InterviewAI');
    await page.goto(`${app().url}/app/practice/${question.id}`);
    await page.getByRole('link', { name: '← Übungsbibliothek' }).waitFor();
    await page.getByRole('textbox', { name: 'Deine Antwort' }).waitFor();
    await page.getByRole('button', { name: 'Zur Bewertung abschicken' }).click();
    await page.getByText(/Schreib mindestens ein paar Sätze/).waitFor();
    await screenshot(page, 'german-practice-question');

    // The admin console: sections, the users table and system health.
    await page.goto(`${app().url}/app/admin/users`);
    await page.getByRole('heading', { level: 1, name: 'Administrationskonsole' }).waitFor();
    const sections = page.getByRole('navigation', { name: 'Administrationsbereiche' });
    await sections.getByRole('link', { name: 'Fragenkatalog' }).waitFor();
    await page.getByRole('searchbox', { name: 'Nach E-Mail oder Name suchen' }).fill(user.email);
    await page.getByRole('columnheader', { name: 'Registriert' }).waitFor();
    await page.getByText('1 Nutzer', { exact: true }).waitFor();
    await sections.getByRole('link', { name: 'Systemzustand' }).click();
    await page.getByText('Datenbankgröße').waitFor();
    await page.getByRole('button', { name: 'Aktualisieren' }).waitFor();
    await screenshot(page, 'german-admin-health');
    await page.context().close();
  });

  it('a signed-out visitor whose browser prefers German sees the landing and sign-in pages in German', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(app().url);
    await page.getByRole('link', { name: 'Kostenloses Konto erstellen' }).waitFor();
    await page.getByRole('heading', { level: 2, name: "So funktioniert's" }).waitFor();
    expect(await htmlLang(page)).toBe('de');
    expect(await page.title()).toBe('InterviewAI – KI-Probeinterviews');

    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Anmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Willkommen zurück' }).waitFor();
    await page.getByLabel('E-Mail').waitFor();
    await page.getByRole('link', { name: 'Passwort vergessen?' }).waitFor();
    // Validation messages are German too.
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByText('Gib deine E-Mail-Adresse ein.').waitFor();
    await screenshot(page, 'german-sign-in');
    await context.close();
  });
});
