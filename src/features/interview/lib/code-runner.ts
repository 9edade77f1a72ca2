import i18next from 'i18next';
import { formatNumber } from '@/lib/i18n/format';
import '../i18n';
import type { RunnerMessages } from './run-tests';
import type { TestCase, TestResults } from './schemas';

export const TEST_TIMEOUT_MS = 4000;

/**
 * Runs the tests in a fresh Web Worker (off the main thread, no DOM, no app state) and terminates it after
 * TEST_TIMEOUT_MS so an infinite loop can't freeze the page.
 */
/** The runner's words in the UI language, placeholders left for the worker to fill. */
function runnerMessages(): RunnerMessages {
  return {
    noRunnableFunction: i18next.t('interview:runner.noRunnableFunction'),
    doesNotRun: i18next.t('interview:runner.doesNotRun', { error: '{{error}}' }),
    defineFunction: i18next.t('interview:runner.defineFunction', { name: '{{name}}' }),
    threw: i18next.t('interview:runner.threw', { error: '{{error}}' }),
    testName: i18next.t('interview:testResults.test', { number: '{{number}}' }),
  };
}

export function runTestsInWorker(code: string, functionName: string, cases: TestCase[], timeoutMs = TEST_TIMEOUT_MS): Promise<TestResults> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./code-runner.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(failAll(cases, i18next.t('interview:runner.couldNotStart')));
      return;
    }
    const timer = window.setTimeout(() => {
      worker.terminate();
      resolve(failAll(cases, i18next.t('interview:runner.timedOut', { seconds: formatNumber(timeoutMs / 1000) })));
    }, timeoutMs);
    worker.onmessage = (event: MessageEvent<{ ok: boolean; results?: TestResults; message?: string }>) => {
      window.clearTimeout(timer);
      worker.terminate();
      resolve(
        event.data.ok && event.data.results
          ? event.data.results
          : failAll(cases, event.data.message ?? i18next.t('interview:runner.couldNotRun')),
      );
    };
    worker.onerror = (event) => {
      window.clearTimeout(timer);
      worker.terminate();
      event.preventDefault();
      resolve(failAll(cases, event.message || i18next.t('interview:runner.couldNotRun')));
    };
    worker.postMessage({ code, functionName, cases, messages: runnerMessages() });
  });
}

function failAll(cases: TestCase[], error: string): TestResults {
  return {
    passed: 0,
    total: cases.length,
    details: cases.map((c, i) => ({
      name: c.description ?? i18next.t('interview:testResults.test', { number: i + 1 }),
      passed: false,
      error,
    })),
  };
}
