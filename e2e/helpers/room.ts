// The interview room in the browser tests.
import type { Page } from 'playwright-core';

/**
 * After a submit the interviewer decides on a follow-up before the feedback is shown: waits for either and
 * returns both locators. When neither comes, the error carries what the room shows.
 */
export async function waitForFollowUpOrFeedback(page: Page, timeout: number) {
  const followUp = page.getByRole('region', { name: /Follow-up from your interviewer/ });
  const feedback = page.getByRole('heading', { name: 'Feedback on your answer' });
  await followUp
    .or(feedback)
    .first()
    .waitFor({ timeout })
    .catch(async (error: unknown) => {
      throw new Error(`no follow-up or feedback after submitting: ${await page.locator('.room').innerText()}`, { cause: error });
    });
  return { followUp, feedback };
}
