/// <reference lib="webworker" />
import { runTestCases, type RunnerMessages } from './run-tests';
import type { TestCase } from './schemas';

type Request = { code: string; functionName: string; cases: TestCase[]; messages: RunnerMessages };

self.onmessage = (event: MessageEvent<Request>) => {
  const { code, functionName, cases, messages } = event.data;
  try {
    self.postMessage({ ok: true, results: runTestCases(code, functionName, cases, messages) });
  } catch (error) {
    // Without a message of its own, the page says that the tests could not run.
    self.postMessage({ ok: false, message: (error as Error)?.message });
  }
};
