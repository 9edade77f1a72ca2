/**
 * How the browser tests and the Lighthouse bench start Chromium: the system Chromium (or CHROMIUM_PATH),
 * headless, without the sandbox (CI runs as root) and without the background traffic (updates, sync,
 * QUIC) that has nowhere to go on a machine with only loopback.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Command-line flags for Chromium. Playwright drives the classic headless mode; Lighthouse measures the
 * new one (`--headless=new`), which renders like a visible browser.
 */
export function chromiumFlags(headless: 'classic' | 'new' = 'classic'): string[] {
  return [
    headless === 'new' ? '--headless=new' : '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-quic',
    '--no-first-run',
    '--disable-component-update',
    '--disable-sync',
  ];
}
