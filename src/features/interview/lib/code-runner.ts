import type { TestCase, TestResults } from './schemas';

export const TEST_TIMEOUT_MS = 4000;

/**
 * Runs the tests in a fresh Web Worker (off the main thread, no DOM, no app state) and terminates it after
 * TEST_TIMEOUT_MS so an infinite loop can't freeze the page.
 */
export function runTestsInWorker(code: string, functionName: string, cases: TestCase[], timeoutMs = TEST_TIMEOUT_MS): Promise<TestResults> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./code-runner.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(failAll(cases, 'Your browser could not start the test runner.'));
      return;
    }
    const timer = window.setTimeout(() => {
      worker.terminate();
      resolve(failAll(cases, `Timed out after ${timeoutMs / 1000} s — check for an infinite loop.`));
    }, timeoutMs);
    worker.onmessage = (event: MessageEvent<{ ok: boolean; results?: TestResults; message?: string }>) => {
      window.clearTimeout(timer);
      worker.terminate();
      resolve(event.data.ok && event.data.results ? event.data.results : failAll(cases, event.data.message ?? 'The tests could not run.'));
    };
    worker.onerror = (event) => {
      window.clearTimeout(timer);
      worker.terminate();
      event.preventDefault();
      resolve(failAll(cases, event.message || 'The tests could not run.'));
    };
    worker.postMessage({ code, functionName, cases });
  });
}

function failAll(cases: TestCase[], error: string): TestResults {
  return {
    passed: 0,
    total: cases.length,
    details: cases.map((c, i) => ({ name: c.description ?? `Test ${i + 1}`, passed: false, error })),
  };
}
