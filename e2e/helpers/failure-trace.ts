/**
 * What a failed browser test did, kept for a person to look at: every browser context a test opens records a
 * Playwright trace (actions with their errors, network) and the pages' console. When the test fails, both are
 * saved under e2e/traces (E2E_TRACE_DIR overrides it) with a screenshot and the HTML of every page still open,
 * and their paths printed; when it passes, the recording is dropped. Open a trace with
 * `npx playwright-core show-trace <file>.zip`.
 *
 * The trace records no screencast and no DOM snapshot per action: both are taken inside the browser during the
 * test, and in the long voice test (hundreds of polls) they slowed the page until an action timed out. What the
 * page looked like when it failed is what the screenshot and HTML taken at the failure keep.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { onTestFinished, type TestContext } from 'vitest';
import { REPO_ROOT } from '../../stack/config.ts';

export const TRACE_DIR = process.env.E2E_TRACE_DIR ?? path.join(REPO_ROOT, 'e2e', 'traces');

/** Makes every context of `browser` (also those behind browser.newPage) record for the test that opens it. */
export function traceFailedTests(browser: Browser): Browser {
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    await recordForTheRunningTest(context);
    return context;
  };
  return browser;
}

const contextsPerTest = new Map<string, number>();

async function recordForTheRunningTest(context: BrowserContext) {
  const log: string[] = [];
  let closed = false;
  try {
    onTestFinished((test) => keepIfFailed(test, context, log, closed));
  } catch {
    return; // opened outside a test (a beforeAll): there is no test whose failure it would explain
  }
  // A context the test closed itself was closed on the passing path; its recording goes with it.
  context.on('close', () => (closed = true));
  context.on('console', (message) => {
    const { url, lineNumber } = message.location();
    log.push(`${new Date().toISOString()} console.${message.type()} ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
  });
  context.on('weberror', (error) => log.push(`${new Date().toISOString()} page error ${error.error().stack ?? error.error().message}`));
  context.on('requestfailed', (request) =>
    log.push(`${new Date().toISOString()} request failed ${request.method()} ${request.url()}: ${request.failure()?.errorText}`),
  );
  await context.tracing.start({ screenshots: false, snapshots: false });
}

async function keepIfFailed({ task }: TestContext, context: BrowserContext, log: string[], closed: boolean) {
  if (closed) return;
  if (task.result?.state !== 'fail') {
    await context.tracing.stop().catch(() => undefined);
    return;
  }
  const count = (contextsPerTest.get(task.id) ?? 0) + 1;
  contextsPerTest.set(task.id, count);
  const name = `${path.basename(task.file.name).replace(/\.(test|spec)\.ts$/, '')}--${task.name}`
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .slice(0, 120);
  const base = path.join(TRACE_DIR, `${name}--${count}`);
  mkdirSync(TRACE_DIR, { recursive: true });
  const pages = await Promise.all(context.pages().map((page, index) => keepPage(page, `${base}--page${index + 1}`)));
  await context.tracing.stop({ path: `${base}.zip` });
  writeFileSync(`${base}.console.log`, log.length ? `${log.join('\n')}\n` : '(no console output)\n');
  console.error(
    `browser trace of the failed test: ${base}.zip (npx playwright-core show-trace ${base}.zip)\nits console: ${base}.console.log` +
      pages.map((files) => `\n${files}`).join(''),
  );
}

/** The page as the test left it: a screenshot and its HTML; what could not be taken is said in place of it. */
async function keepPage(page: Page, base: string): Promise<string> {
  const screenshot = await page
    .screenshot({ path: `${base}.png`, fullPage: true, timeout: 10_000 })
    .then(() => `${base}.png`)
    .catch((error: Error) => `no screenshot (${error.message.split('\n')[0]})`);
  const html = await page
    .content()
    .then((content) => (writeFileSync(`${base}.html`, content), `${base}.html`))
    .catch((error: Error) => `no HTML (${error.message.split('\n')[0]})`);
  return `the page ${page.url()} as it failed: ${screenshot}, ${html}`;
}
