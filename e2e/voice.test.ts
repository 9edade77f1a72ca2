// Voice mode in Chromium against the test stack. Headless Chromium has no working speech recognition
// (Chrome's Web Speech API streams audio to Google), so the one fake sits at that outside boundary: an init
// script installs window.SpeechRecognition / webkitSpeechRecognition with the real API's shape and event
// order, and the test "speaks" through window.__speech (interim results, then a final one, over real seconds).
// Journey: sign up → voice is Pro-only → Pro → configure a voice behavioral interview → the live transcript
// shows up while speaking → stop, fix a misheard word, continue recording → submit → the answer leaves out its
// result, so the interviewer asks a follow-up (read aloud), which is answered by voice too: record, reload (the
// spoken draft survives with its speaking time), continue recording and submit while still recording → the
// follow-up's answer is stored with its transcript, speaking time and delivery → feedback shows words per minute
// and filler words computed from the speech, stored with the response → next question: the microphone is blocked
// (not-allowed), the user is told so and types the answer, which is stored as a typed answer.
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { giveSubscription } from '../tests/db/helpers.ts';
import { seedBank } from '../tests/helpers/bank.ts';
import { sql, sqlOne } from '../tests/helpers/stack.ts';
import { screenshot, useBrowserApp } from './helpers/app.ts';
import { assertNoSeriousA11yViolations } from './helpers/axe.ts';
import { newVoicePage } from './helpers/fake-speech.ts';
import { waitForFollowUpOrFeedback } from './helpers/room.ts';

const PASSWORD = 'Interview42!';
const RUN = randomUUID().slice(0, 8);
/**
 * Tech-stack tags only this run's bank questions carry, so the session picks them before any other: the first
 * question matches all three (asked first), the second two of them (asked second).
 */
const STACK_TAGS = [`VoiceLab${RUN}`, `SpeechKit${RUN}`, `MicCheck${RUN}`];

const QUESTIONS = {
  persuade:
    'Tell me about a time you persuaded your team to change course before a risky launch. What did you do, and what was the result?',
  feedback: 'Describe a time you received critical feedback from your manager. How did you respond, and what changed afterwards?',
};

/** What the user says, as the recognizer hears it: growing interim hypotheses, then the final result. */
const FIRST_RECORDING: { interims: string[]; final: string }[] = [
  {
    interims: ['um so in my last role', 'um so in my last role our team was about to launch a new checkout'],
    final: 'Um, so in my last role our team was about to launch a new checkout flow two weeks before a big sales event.',
  },
  {
    interims: ['I was the engineer responsible', 'I was the engineer responsible for the payment service and like'],
    final: 'I was the engineer responsible for the payment service, and like, I noticed the error rate in staging was climbing.',
  },
  {
    // "logs" misheard as "locks": the user fixes it in the transcript before submitting.
    interims: ['I collected the locks', 'I collected the locks you know and showed the team'],
    final: 'I collected the locks, you know, and showed the team a short report with the numbers.',
  },
  {
    interims: ['then I proposed that we delay', 'then I proposed that we delay the launch by three days'],
    final: 'Then I proposed that we delay the launch by three days and fix the retry logic first.',
  },
];
/**
 * More of what the user did, but still no result (nothing the scorer reads as an outcome): the interviewer's local
 * engine asks for the missing STAR result (supabase/functions/_shared/ai/followup.ts).
 */
const SECOND_RECORDING = {
  interims: ['uh I also wrote', 'uh I also wrote a rollback plan and walked the team through it'],
  final: 'Uh, I also wrote a rollback plan and walked the team through it step by step so everyone knew what to do.',
};
/** "Um,", "like,", "you know," and "Uh,": the only filler words in the answer. */
const FILLER_WORDS = 4;
const FOLLOW_UP_QUESTION = 'How did it turn out? What was the measurable outcome, and what did you learn from it?';
/** The follow-up's answer, spoken in two recordings with a reload in between: the result, then the lesson. */
const FOLLOW_UP_RECORDINGS: { interims: string[]; final: string }[] = [
  {
    interims: ['uh in the end we', 'uh in the end we launched on time for the event'],
    final: 'Uh, in the end we launched on time for the event with zero failed payments, and the team adopted a staging error budget.',
  },
  {
    interims: ['um I learned that', 'um I learned that showing people the data'],
    final: 'Um, I learned that showing people the data changes minds faster than arguing.',
  },
];
/** Real time between two recognition events: speaking takes time, and words per minute is measured from it. */
const STEP_MS = 600;

const TYPED_ANSWER =
  'Situation: in my first review my manager told me my pull requests were too large to review well. Task: I had to change how I worked. ' +
  'Action: I asked for examples, split my work into small pull requests and asked a senior engineer to review my plans early. ' +
  'Result: review time dropped from three days to one, and my next review called out the change.';

// ── helpers ─────────────────────────────────────────────────────────────────────────────────────
async function seedVoiceBank() {
  const rows = [
    [
      QUESTIONS.persuade,
      STACK_TAGS,
      ['Influence'],
      'Situation and stakes, your responsibility, the evidence you gathered, the change you proposed and a measurable result.',
      ['noticed the risk early', 'showed the team data', 'proposed a concrete plan', 'measurable result'],
    ],
    [
      QUESTIONS.feedback,
      STACK_TAGS.slice(0, 2),
      ['Self-awareness'],
      'What the feedback was, how you listened and asked for examples, what you changed and the measurable effect.',
      ['listened and asked for examples', 'concrete change', 'measurable effect'],
    ],
  ] as const;
  await seedBank(
    rows.map(([question, tech_stack, skills, expected_answer, key_points]) => ({
      question,
      type: 'behavioral' as const,
      category: 'product',
      difficulty: 'medium' as const,
      tech_stack,
      skills,
      expected_answer,
      key_points,
      time_limit_seconds: 300,
    })),
    { tag: `e2e-voice-${RUN}` },
  );
}

async function signUp(page: Page, url: string) {
  const email = `e2e-voice-${randomUUID().slice(0, 8)}@example.com`;
  await page.goto(`${url}/sign-up`);
  await page.getByLabel('Full name').fill('Vera Voice');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Confirm password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign up' }).click();
  await expect.poll(() => new URL(page.url()).pathname, { timeout: 20_000 }).toBe('/app');
  return email;
}

const speech = (page: Page) => ({
  say: (text: string, final: boolean) => page.evaluate(([t, f]) => window.__speech.say(t, { final: f }), [text, final] as const),
  fail: (error: string) => page.evaluate((e) => window.__speech.fail(e), error),
  listening: () => page.evaluate(() => window.__speech.listening),
  starts: () => page.evaluate(() => window.__speech.starts),
});

/** Waits for the interviewer's decision after a submit; skips a follow-up if one is asked. Returns the feedback block. */
async function feedbackAfterSubmit(page: Page) {
  const { followUp, feedback } = await waitForFollowUpOrFeedback(page, 60_000);
  if (await followUp.isVisible()) await page.getByRole('button', { name: 'Skip follow-up' }).click();
  await feedback.waitFor({ timeout: 60_000 });
  await page.locator('.room__feedback .score-badge').first().waitFor({ timeout: 30_000 });
  return page.locator('.room__feedback');
}

type StoredResponse = {
  answer_text: string | null;
  transcript: string | null;
  speaking_duration_seconds: string | null;
  score: string | null;
  delivery_metrics: {
    words: number;
    wpm: number | null;
    filler_count: number;
    fillers: Record<string, number>;
    pace: string;
    duration_seconds: number | null;
  } | null;
};
async function storedResponse(interviewId: string, questionText: string) {
  const rows = await sql<StoredResponse>(
    `select r.answer_text, r.transcript, r.speaking_duration_seconds, r.score, r.delivery_metrics
       from public.interview_responses r join public.interview_questions q on q.id = r.question_id
      where r.interview_id = $1 and q.question_text = $2`,
    [interviewId, questionText],
  );
  expect(rows).toHaveLength(1);
  return rows[0]!;
}

/** The stored answer of the follow-up asked under the main question `parentText`. */
async function storedFollowUpResponse(interviewId: string, parentText: string) {
  const rows = await sql<StoredResponse & { question_text: string }>(
    `select f.question_text, r.answer_text, r.transcript, r.speaking_duration_seconds, r.score, r.delivery_metrics
       from public.interview_responses r
       join public.interview_questions f on f.id = r.question_id
       join public.interview_questions p on p.id = f.parent_question_id
      where r.interview_id = $1 and f.is_follow_up and p.question_text = $2`,
    [interviewId, parentText],
  );
  expect(rows).toHaveLength(1);
  return rows[0]!;
}

describe('browser: voice interview', () => {
  const { app, browser } = useBrowserApp();
  beforeAll(seedVoiceBank);

  it('transcribes a spoken answer live, lets the user fix it, answers the follow-up by voice, scores the delivery of both, and falls back to typing when the microphone is blocked', async () => {
    const { page, pageErrors } = await newVoicePage(browser());
    const voice = speech(page);

    const email = await signUp(page, app().url);

    // Voice answers are a Pro feature: a free account can't pick them.
    await page.getByRole('link', { name: 'Start interview' }).click();
    await page.getByRole('heading', { level: 1, name: 'New interview' }).waitFor();
    await page.getByText(/Voice answers are part of Pro/).waitFor();
    expect(await page.getByRole('radio', { name: /^Voice/ }).isDisabled()).toBe(true);

    // The account becomes Pro (an active subscription, as the Stripe webhook would record it).
    const profile = await sqlOne<{ id: string }>('select id from public.user_profiles where email = $1', [email]);
    await giveSubscription(profile.id, 'pro_monthly');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'New interview' }).waitFor();
    const voiceChoice = page.getByRole('radio', { name: 'Voice', exact: true });
    await expect.poll(() => voiceChoice.isEnabled(), { timeout: 20_000 }).toBe(true);

    // Configure: a behavioral voice interview (our two questions rank first, in order, through their tech-stack tags).
    await page.getByLabel('Job role').selectOption('Software Engineer');
    for (const tag of STACK_TAGS) {
      await page.getByRole('textbox', { name: 'Tech stack (optional)' }).fill(tag);
      await page.getByRole('textbox', { name: 'Tech stack (optional)' }).press('Enter');
    }
    await page.getByRole('radio', { name: /^Behavioral/ }).check();
    await page.getByLabel('Number of questions').selectOption('3');
    await voiceChoice.check();
    await page.getByText('Questions are read aloud and your answer is transcribed live; you can edit it before submitting.').waitFor();
    await page.getByRole('button', { name: 'Start interview' }).click();

    await expect.poll(() => new URL(page.url()).pathname, { timeout: 30_000 }).toMatch(/^\/app\/interviews\/[0-9a-f-]{36}$/);
    const interviewId = new URL(page.url()).pathname.split('/')[3]!;
    const [session] = await sql<{ interaction_mode: string; interview_type: string }>(
      'select interaction_mode, interview_type from public.interview_sessions where id = $1',
      [interviewId],
    );
    expect(session).toEqual({ interaction_mode: 'speech', interview_type: 'behavioral' });

    // ── question 1: answered by voice ──────────────────────────────────────────────────────────
    await page.getByText('Question 1 of 3').waitFor({ timeout: 30_000 });
    expect((await page.locator('.room__question-text').innerText()).trim()).toBe(QUESTIONS.persuade);
    await page.getByRole('button', { name: 'Read question aloud' }).waitFor();
    const box = page.getByLabel('Your answer (transcript — you can edit it)');
    const status = page.locator('.voice__status');
    expect(await box.inputValue()).toBe('');
    expect((await status.innerText()).trim()).toBe('Not recording');

    let spokenMs = 0;
    let recordingMs = 0;
    const recordingStarted = Date.now();
    await page.getByRole('button', { name: 'Start recording' }).click();
    const stopButton = page.getByRole('button', { name: 'Stop recording' });
    await stopButton.waitFor();
    expect(await stopButton.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(voice.listening).toBe(true);
    // The app asks for continuous recognition with interim results, in the page's language.
    expect(await voice.starts()).toEqual([{ continuous: true, interimResults: true, lang: 'en' }]);
    // While listening the transcript box is read-only (the recognizer owns it).
    expect(await box.isEditable()).toBe(false);

    const heard: string[] = [];
    for (const [index, part] of FIRST_RECORDING.entries()) {
      for (const interim of part.interims) {
        await page.waitForTimeout(STEP_MS); // speaking takes real time: words per minute is measured from it
        spokenMs += STEP_MS;
        await voice.say(interim, false);
        // The interim hypothesis shows up live after what was already final.
        await expect.poll(() => box.inputValue()).toBe([...heard, interim].join(' '));
      }
      await page.waitForTimeout(STEP_MS);
      spokenMs += STEP_MS;
      await voice.say(part.final, true);
      heard.push(part.final);
      await expect.poll(() => box.inputValue()).toBe(heard.join(' '));
      if (index === 1) {
        await expect.poll(async () => (await status.innerText()).trim()).toMatch(/^Listening… 0:(0[1-9]|[1-5]\d)$/);
        await assertNoSeriousA11yViolations(page, 'the voice interview room (recording)');
        await screenshot(page, 'voice-room-recording');
      }
    }
    await stopButton.click();
    await page.getByRole('button', { name: 'Continue recording' }).waitFor();
    await expect.poll(voice.listening).toBe(false);
    recordingMs += Date.now() - recordingStarted;
    await expect.poll(async () => (await status.innerText()).trim()).toMatch(/^Spoke for 0:\d\d\. Edit the transcript below if needed\.$/);
    expect(await box.inputValue()).toBe(FIRST_RECORDING.map((p) => p.final).join(' '));

    // The recognizer misheard "logs": the user fixes it in the transcript, then records the rest of the answer.
    expect(await box.isEditable()).toBe(true);
    const fixed = (await box.inputValue()).replace('collected the locks,', 'collected the logs,');
    await box.fill(fixed);
    const secondStarted = Date.now();
    await page.getByRole('button', { name: 'Continue recording' }).click();
    await stopButton.waitFor();
    for (const interim of SECOND_RECORDING.interims) {
      await page.waitForTimeout(STEP_MS);
      spokenMs += STEP_MS;
      await voice.say(interim, false);
      await expect.poll(() => box.inputValue()).toBe(`${fixed} ${interim}`);
    }
    await page.waitForTimeout(STEP_MS);
    spokenMs += STEP_MS;
    await voice.say(SECOND_RECORDING.final, true);
    const answer = `${fixed} ${SECOND_RECORDING.final}`;
    await expect.poll(() => box.inputValue()).toBe(answer);
    await stopButton.click();
    await page.getByRole('button', { name: 'Continue recording' }).waitFor();
    recordingMs += Date.now() - secondStarted;
    expect(await voice.starts()).toHaveLength(2);
    await assertNoSeriousA11yViolations(page, 'the voice interview room (transcript ready)');
    await screenshot(page, 'voice-room-transcript');

    await page.getByRole('button', { name: 'Submit answer' }).click();

    // ── the follow-up: the answer had no result, so the interviewer asks for it, and it is answered by voice ──
    const followUp = page.getByRole('region', { name: /Follow-up from your interviewer/ });
    await followUp.waitFor({ timeout: 60_000 }).catch(async (error: unknown) => {
      throw new Error(`no follow-up after submitting an answer without a result: ${await page.locator('.room').innerText()}`, {
        cause: error,
      });
    });
    await followUp.getByRole('heading', { name: FOLLOW_UP_QUESTION }).waitFor();
    await followUp.getByText("Your answer didn't say what the result was.").waitFor();
    // Focus moves to the follow-up, which can be read aloud again like the questions.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toBe(FOLLOW_UP_QUESTION);
    await followUp.getByRole('button', { name: 'Read follow-up aloud' }).waitFor();
    const followUpBox = followUp.getByLabel('Your follow-up answer (transcript — you can edit it)');
    expect(await followUpBox.inputValue()).toBe('');
    expect((await status.innerText()).trim()).toBe('Not recording');

    let followUpSpokenMs = 0;
    const followUpStarted = Date.now();
    await followUp.getByRole('button', { name: 'Start recording' }).click();
    await stopButton.waitFor();
    await expect.poll(voice.listening).toBe(true);
    expect(await voice.starts()).toHaveLength(3);
    const [firstPart, secondPart] = FOLLOW_UP_RECORDINGS as [(typeof FOLLOW_UP_RECORDINGS)[0], (typeof FOLLOW_UP_RECORDINGS)[0]];
    for (const interim of firstPart.interims) {
      await page.waitForTimeout(STEP_MS);
      followUpSpokenMs += STEP_MS;
      await voice.say(interim, false);
      await expect.poll(() => followUpBox.inputValue()).toBe(interim);
    }
    await page.waitForTimeout(STEP_MS);
    followUpSpokenMs += STEP_MS;
    await voice.say(firstPart.final, true);
    await expect.poll(() => followUpBox.inputValue()).toBe(firstPart.final);
    await assertNoSeriousA11yViolations(page, 'the voice follow-up (recording)');
    await screenshot(page, 'voice-follow-up-recording');
    await stopButton.click();
    await followUp.getByRole('button', { name: 'Continue recording' }).waitFor();
    await expect.poll(async () => (await status.innerText()).trim()).toMatch(/^Spoke for 0:\d\d\. Edit the transcript below if needed\.$/);
    const spokeFor = (await status.innerText()).trim();

    // A reload while the follow-up is open brings it back with the spoken draft and its speaking time.
    await page.waitForTimeout(300);
    await page.reload();
    await followUp.waitFor({ timeout: 30_000 });
    expect(await followUpBox.inputValue()).toBe(firstPart.final);
    expect((await status.innerText()).trim()).toBe(spokeFor);

    // Say the rest, and submit while still recording: the recording stops and what was said is sent.
    await followUp.getByRole('button', { name: 'Continue recording' }).click();
    await stopButton.waitFor();
    await expect.poll(voice.listening).toBe(true);
    for (const interim of secondPart.interims) {
      await page.waitForTimeout(STEP_MS);
      followUpSpokenMs += STEP_MS;
      await voice.say(interim, false);
      await expect.poll(() => followUpBox.inputValue()).toBe(`${firstPart.final} ${interim}`);
    }
    await page.waitForTimeout(STEP_MS);
    followUpSpokenMs += STEP_MS;
    await voice.say(secondPart.final, true);
    const followUpAnswer = `${firstPart.final} ${secondPart.final}`;
    await expect.poll(() => followUpBox.inputValue()).toBe(followUpAnswer);
    await followUp.getByRole('button', { name: 'Submit follow-up answer' }).click();
    const feedback = page.locator('.room__feedback');
    await page.getByRole('heading', { name: 'Feedback on your answer' }).waitFor({ timeout: 60_000 });
    const followUpRecordingMs = Date.now() - followUpStarted;
    expect(await voice.listening()).toBe(false);
    await feedback.locator('.room__followup-note').filter({ hasText: 'you answered it' }).waitFor();
    await feedback.locator('.score-badge').first().waitFor({ timeout: 30_000 });

    // The follow-up's answer is stored as speech — transcript, speaking time — and scored with its delivery
    // (the room scores it in the background, so wait for it).
    await expect
      .poll(async () => (await storedFollowUpResponse(interviewId, QUESTIONS.persuade)).delivery_metrics, {
        timeout: 60_000,
        interval: 500,
      })
      .not.toBeNull();
    const spokenFollowUp = await storedFollowUpResponse(interviewId, QUESTIONS.persuade);
    expect(spokenFollowUp.question_text).toBe(FOLLOW_UP_QUESTION);
    expect(spokenFollowUp.transcript).toBe(followUpAnswer);
    expect(spokenFollowUp.answer_text).toBe(followUpAnswer);
    const followUpSeconds = Number(spokenFollowUp.speaking_duration_seconds);
    expect(followUpSeconds).toBeGreaterThanOrEqual(followUpSpokenMs / 1000 - 0.1);
    expect(followUpSeconds).toBeLessThanOrEqual(followUpRecordingMs / 1000 + 0.1);
    const followUpWords = followUpAnswer.split(/\s+/).length;
    const followUpWpm = Math.round(followUpWords / (followUpSeconds / 60));
    expect(spokenFollowUp.delivery_metrics).toMatchObject({
      words: followUpWords,
      wpm: followUpWpm,
      pace: followUpWpm < 120 ? 'slow' : followUpWpm > 160 ? 'fast' : 'good',
      filler_count: 2,
      fillers: { uh: 1, um: 1 },
      duration_seconds: followUpSeconds,
    });
    expect(spokenFollowUp.score).not.toBeNull();
    // …and it is the candidate's reply on the main question's transcript.
    const replies = await sql<{ content: string }>(
      `select m.content from public.interview_messages m join public.interview_questions q on q.id = m.question_id
        where m.interview_id = $1 and q.question_text = $2 and m.role = 'user' and m.is_follow_up`,
      [interviewId, QUESTIONS.persuade],
    );
    expect(replies.map((r) => r.content)).toEqual([followUpAnswer]);

    // Stored: the edited transcript, the time spent speaking, and the delivery computed from both.
    const spoken = await storedResponse(interviewId, QUESTIONS.persuade);
    expect(spoken.transcript).toBe(answer);
    expect(spoken.answer_text).toBe(answer);
    const seconds = Number(spoken.speaking_duration_seconds);
    expect(seconds).toBeGreaterThanOrEqual(spokenMs / 1000 - 0.1);
    expect(seconds).toBeLessThanOrEqual(recordingMs / 1000 + 0.1);
    const words = answer.split(/\s+/).length;
    const wpm = Math.round(words / (seconds / 60));
    const pace = wpm < 120 ? 'slow' : wpm > 160 ? 'fast' : 'good';
    expect(spoken.delivery_metrics).toMatchObject({
      words,
      wpm,
      pace,
      filler_count: FILLER_WORDS,
      fillers: { like: 1, uh: 1, um: 1, 'you know': 1 },
      duration_seconds: seconds,
    });
    expect(spoken.score).not.toBeNull();
    // … and shown with the feedback.
    await feedback.getByText(`Delivery: ${wpm} words per minute, ${FILLER_WORDS} filler words (${pace} pace).`).waitFor();
    await assertNoSeriousA11yViolations(page, 'the voice interview room (feedback)');
    await screenshot(page, 'voice-feedback');

    // ── question 2: the microphone is blocked, so the user types ──────────────────────────────────
    await page.getByRole('button', { name: 'Next question' }).click();
    await page.getByText('Question 2 of 3').waitFor();
    expect((await page.locator('.room__question-text').innerText()).trim()).toBe(QUESTIONS.feedback);
    await page.getByRole('button', { name: 'Start recording' }).click();
    await stopButton.waitFor();
    await expect.poll(voice.listening).toBe(true);
    // The browser asks for the microphone; after a moment the user blocks it.
    await page.waitForTimeout(1_500);
    await voice.fail('not-allowed');
    await page
      .getByRole('alert')
      .filter({ hasText: 'Microphone access was blocked. Allow it in your browser settings, or type your answer.' })
      .waitFor();
    await page.getByRole('button', { name: 'Start recording' }).waitFor();
    // Nothing was heard, so nothing counts as speaking time.
    expect((await status.innerText()).trim()).toBe('Not recording');
    expect(await box.isEditable()).toBe(true);
    await screenshot(page, 'voice-room-mic-blocked');
    await assertNoSeriousA11yViolations(page, 'the voice interview room (microphone blocked)');
    await box.pressSequentially(TYPED_ANSWER);
    expect(await box.inputValue()).toBe(TYPED_ANSWER);
    await page.getByRole('button', { name: 'Submit answer' }).click();
    await feedbackAfterSubmit(page);

    // Stored as a typed answer: no transcript and no speaking time (the blocked attempt heard nothing).
    const typed = await storedResponse(interviewId, QUESTIONS.feedback);
    expect(typed).toMatchObject({ answer_text: TYPED_ANSWER, transcript: null, speaking_duration_seconds: null });
    expect(typed.score).not.toBeNull();
    // …and scored as one: no words-per-minute made up from the time it took to type.
    expect(typed.delivery_metrics).toBeNull();
    expect(await page.locator('.room__feedback').innerText()).not.toMatch(/words per minute/);

    expect(pageErrors).toEqual([]);
    await page.context().close();
  }, 300_000);
});
