// Voice answers' audio in Chromium against the test stack, with Chromium's fake microphone (a generated tone, the
// permission prompt accepted) and the speech-recognition fake of the voice tests (the recognizer needs Google's
// servers). Journey: keep a resume in settings → pick it on the new-interview page (downloaded from the private
// bucket and read in the browser) → a voice interview → answer by voice in two recordings → submit: the recording is
// uploaded to voice-answers/<user>/<interview>/<question>.webm and stored with the answer → end the interview → the
// report plays the answer back from a signed URL.
import { describe, expect, it } from 'vitest';
import { giveSubscription } from '../tests/db/helpers.ts';
import { sql } from '../tests/helpers/stack.ts';
import { createUser, FAKE_MEDIA_ARGS, screenshot, signIn, useBrowserApp } from './helpers/app.ts';
import { newVoicePage } from './helpers/fake-speech.ts';

const RESUME = 'Grace Hopper. Staff engineer at Initech: led the payments platform migration to TypeScript and PostgreSQL.';
const FIRST = 'In my last role I persuaded the team to delay a risky launch by three days.';
const SECOND = 'I showed them the error rate from staging, and we shipped with zero failed payments.';

describe('browser: voice answer recordings', () => {
  const { app, browser } = useBrowserApp({ browserArgs: [...FAKE_MEDIA_ARGS, '--autoplay-policy=no-user-gesture-required'] });

  it('picks the saved resume, records a spoken answer, stores it in Storage and plays it back on the report', async () => {
    const user = await createUser('voice-audio');
    await giveSubscription(user.id, 'pro_monthly');
    const { page, pageErrors } = await newVoicePage(browser());

    // ── the resume kept on the profile, picked for the interview ─────────────────────────────────
    await signIn(page, app().url, user.email, undefined, '/app/settings');
    await page.getByLabel('Upload a resume').setInputFiles({ name: 'cv.txt', mimeType: 'text/plain', buffer: Buffer.from(RESUME) });
    await page.getByText('Saved: cv.txt').waitFor();

    await page.goto(`${app().url}/app/interviews/new`);
    await page.getByRole('heading', { level: 1, name: 'New interview' }).waitFor();
    await page.getByRole('button', { name: 'Use my saved resume (cv.txt)' }).click();
    await page.getByText(`${RESUME.length} characters read`).waitFor();
    await page.getByRole('button', { name: 'Preview text' }).click();
    expect(await page.getByRole('region', { name: 'Resume text preview' }).innerText()).toBe(RESUME);
    await screenshot(page, 'voice-audio-saved-resume');

    const voiceChoice = page.getByRole('radio', { name: 'Voice', exact: true });
    await expect.poll(() => voiceChoice.isEnabled(), { timeout: 20_000 }).toBe(true);
    await page.getByRole('radio', { name: /^Behavioral/ }).check();
    await page.getByLabel('Number of questions').selectOption('3');
    await voiceChoice.check();
    await page.getByRole('button', { name: 'Start interview' }).click();
    await expect.poll(() => new URL(page.url()).pathname, { timeout: 30_000 }).toMatch(/^\/app\/interviews\/[0-9a-f-]{36}$/);
    const interviewId = new URL(page.url()).pathname.split('/')[3]!;
    const [session] = await sql<{ resume_filename: string | null; interaction_mode: string }>(
      'select resume_filename, interaction_mode from public.interview_sessions where id = $1',
      [interviewId],
    );
    expect(session).toEqual({ resume_filename: 'cv.txt', interaction_mode: 'speech' });

    // ── answer question 1 by voice, in two recordings ─────────────────────────────────────────────
    await page.getByText('Question 1 of 3').waitFor({ timeout: 30_000 });
    const box = page.getByLabel('Your answer (transcript — you can edit it)');
    for (const [index, sentence] of [FIRST, SECOND].entries()) {
      await page.getByRole('button', { name: index === 0 ? 'Start recording' : 'Continue recording' }).click();
      await page.getByRole('button', { name: 'Stop recording' }).waitFor();
      await expect.poll(() => page.evaluate(() => window.__speech.listening)).toBe(true);
      // The fake microphone's tone is recorded while the user speaks.
      await page.waitForTimeout(1_500);
      await page.evaluate((text) => window.__speech.say(text, { final: true }), sentence);
      await page.getByRole('button', { name: 'Stop recording' }).click();
      await page.getByRole('button', { name: 'Continue recording' }).waitFor();
    }
    const answer = `${FIRST} ${SECOND}`;
    expect(await box.inputValue()).toBe(answer);
    await page.getByRole('button', { name: 'Submit answer' }).click();

    const followUp = page.getByRole('region', { name: /Follow-up from your interviewer/ });
    const feedback = page.getByRole('heading', { name: 'Feedback on your answer' });
    await followUp.or(feedback).first().waitFor({ timeout: 60_000 });
    if (await followUp.isVisible()) await page.getByRole('button', { name: 'Skip follow-up' }).click();
    await feedback.waitFor({ timeout: 60_000 });

    // Stored: the answer points at its recording in the owner's folder of the interview, which Storage holds.
    const [stored] = await sql<{ question_id: string; audio_path: string | null; transcript: string | null }>(
      `select r.question_id, r.audio_path, r.transcript from public.interview_responses r
         join public.interview_questions q on q.id = r.question_id
        where r.interview_id = $1 and q.order_number = 1`,
      [interviewId],
    );
    expect(stored!.transcript).toBe(answer);
    expect(stored!.audio_path).toBe(`${user.id}/${interviewId}/${stored!.question_id}.webm`);
    const objects = await sql<{ mimetype: string | null; size: string | null }>(
      `select metadata->>'mimetype' as mimetype, metadata->>'size' as size from storage.objects where bucket_id = 'voice-answers' and name = $1`,
      [stored!.audio_path],
    );
    expect(objects).toHaveLength(1);
    expect(objects[0]!.mimetype).toMatch(/^audio\/webm/);
    expect(Number(objects[0]!.size)).toBeGreaterThan(1000);

    // ── the report plays it back ──────────────────────────────────────────────────────────────────
    await page.getByRole('button', { name: 'End interview' }).click();
    await page.getByRole('button', { name: 'End and see report' }).click();
    await expect.poll(() => new URL(page.url()).pathname, { timeout: 60_000 }).toBe(`/app/interviews/${interviewId}/report`);
    const firstQuestion = page.locator('.report__question').first();
    await firstQuestion.getByText('Your answer', { exact: true }).click();
    const audio = firstQuestion.getByLabel('Recording of your answer', { exact: true }).and(page.locator('audio'));
    await audio.waitFor();
    expect(await audio.getAttribute('src')).toMatch(
      new RegExp(`/storage/v1/object/sign/voice-answers/${user.id}/${interviewId}/${stored!.question_id}\\.webm\\?token=`),
    );
    const playback = await audio.evaluate(async (element: HTMLAudioElement) => {
      element.muted = true;
      await element.play().catch(() => undefined);
      await new Promise<void>((resolve) => {
        const check = () => (element.readyState >= 2 || element.error ? resolve() : setTimeout(check, 100));
        check();
      });
      return { readyState: element.readyState, duration: element.duration, error: element.error?.code ?? null };
    });
    expect(playback.error).toBeNull();
    expect(playback.readyState).toBeGreaterThanOrEqual(2);
    expect(playback.duration).toBeGreaterThan(0);
    await screenshot(page, 'voice-audio-report');

    expect(pageErrors).toEqual([]);
    await page.context().close();
  }, 300_000);
});
