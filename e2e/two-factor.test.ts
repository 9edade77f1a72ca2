// Two-factor authentication in Chromium against the test stack: enrol in settings with the key shown
// on the page, sign in again through the code step, turn it off with a code.
import { describe, expect, it } from 'vitest';
import { totpCode } from '../stack/auth/totp.ts';
import { STRONG_PASSWORD } from '../tests/helpers/stack.ts';
import { createUser, newPage, signIn, useBrowserApp } from './helpers/app.ts';
import { assertNoSeriousA11yViolations } from './helpers/axe.ts';

describe('browser: two-factor authentication', () => {
  const { app, browser } = useBrowserApp();

  it('enrols with the authenticator key, then asks for a code at sign-in', async () => {
    const user = await createUser('two-factor');
    const page = await newPage(browser());
    await signIn(page, app().url, user.email, undefined, '/app/settings');
    await page.getByRole('heading', { level: 2, name: 'Two-factor authentication' }).waitFor();
    await page.getByRole('button', { name: 'Set up two-factor authentication' }).click();
    await page.getByRole('img', { name: 'QR code for your authenticator app' }).waitFor();
    await assertNoSeriousA11yViolations(page, '/app/settings (two-factor enrolment)');
    const secret = (await page.getByTestId('totp-secret').textContent())!.trim();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);

    await page.getByRole('textbox', { name: '6-digit code' }).fill('000000' === totpCode(secret) ? '111111' : '000000');
    await page.getByRole('button', { name: 'Turn on two-factor authentication' }).click();
    await page.getByText('That code is not right.', { exact: false }).waitFor();
    await page.getByRole('textbox', { name: '6-digit code' }).fill(totpCode(secret));
    await page.getByRole('button', { name: 'Turn on two-factor authentication' }).click();
    await page.getByText('Two-factor authentication is now on.', { exact: false }).waitFor();

    // A new browser: the password alone leads to the code step, not into the app.
    const again = await newPage(browser());
    await again.goto(`${app().url}/sign-in?next=${encodeURIComponent('/app/settings')}`);
    await again.getByLabel('Email').fill(user.email);
    await again.getByLabel('Password', { exact: true }).fill(STRONG_PASSWORD);
    await again.getByRole('button', { name: 'Sign in' }).click();
    await again.getByRole('textbox', { name: 'Authentication code' }).waitFor();
    expect(new URL(again.url()).pathname).toBe('/sign-in');
    await assertNoSeriousA11yViolations(again, '/sign-in (code step)');
    // Protected pages stay closed until the code is entered.
    await again.goto(`${app().url}/app/settings`);
    await again.getByRole('textbox', { name: 'Authentication code' }).waitFor();
    await again.getByRole('textbox', { name: 'Authentication code' }).fill(totpCode(secret));
    await again.getByRole('button', { name: 'Verify and continue' }).click();
    await expect.poll(() => new URL(again.url()).pathname, { timeout: 20_000 }).toBe('/app/settings');

    // Turning it off needs a current code.
    await again.getByText('Two-factor authentication is on.', { exact: false }).waitFor();
    await again.getByRole('textbox', { name: '6-digit code' }).fill(totpCode(secret));
    await again.getByRole('button', { name: 'Turn off two-factor authentication' }).click();
    await again.getByRole('button', { name: 'Set up two-factor authentication' }).waitFor();
    await again.context().close();
    await page.context().close();
  });
});
