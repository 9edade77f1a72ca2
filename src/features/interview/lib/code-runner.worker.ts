/// <reference lib="webworker" />
import { runTestCases } from './run-tests';
import type { TestCase } from './schemas';

type Request = { code: string; functionName: string; cases: TestCase[] };

self.onmessage = (event: MessageEvent<Request>) => {
  const { code, functionName, cases } = event.data;
  try {
    self.postMessage({ ok: true, results: runTestCases(code, functionName, cases) });
  } catch (error) {
    self.postMessage({ ok: false, message: (error as Error)?.message ?? 'The tests could not run.' });
  }
};
