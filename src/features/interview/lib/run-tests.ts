import type { TestCase, TestResults } from './schemas';

/**
 * Runs a coding question's test cases against the candidate's code, exactly like the question bank's
 * generator validates its reference solutions: `input` is the JSON text of the argument array,
 * `expectedOutput` the JSON text of the return value; `function_name(...args)` is called on a fresh
 * instance of the code per case and results are compared by JSON.stringify.
 * Pure and synchronous — the worker (code-runner.worker.ts) calls it off the main thread.
 */

/** The runner's words. The worker that runs it has no i18next, so the page passes them in as templates. */
export type RunnerMessages = {
  noRunnableFunction: string;
  /** {{error}}: the syntax error. */
  doesNotRun: string;
  /** {{name}}: the function the question asks for. */
  defineFunction: string;
  /** {{error}}: what the code threw. */
  threw: string;
  /** {{number}}: the case's position, for cases without a description. */
  testName: string;
};

export const ENGLISH_RUNNER_MESSAGES: RunnerMessages = {
  noRunnableFunction: 'This question has no runnable function.',
  doesNotRun: "Your code doesn't run: {{error}}",
  defineFunction: 'Define a function named {{name}}.',
  threw: 'Threw: {{error}}',
  testName: 'Test {{number}}',
};

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => String(values[key] ?? whole));

const parseJson = (value: unknown): unknown => {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
};

const show = (value: unknown): string => {
  try {
    const text = JSON.stringify(value);
    return text === undefined ? String(value) : text;
  } catch {
    return String(value);
  }
};

export function runTestCases(
  code: string,
  functionName: string,
  cases: TestCase[],
  messages: RunnerMessages = ENGLISH_RUNNER_MESSAGES,
): TestResults {
  const details: NonNullable<TestResults['details']> = [];
  if (!/^[A-Za-z_$][\w$]*$/.test(functionName)) {
    return {
      passed: 0,
      total: cases.length,
      details: cases.map(() => ({ passed: false, error: messages.noRunnableFunction })),
    };
  }
  cases.forEach((testCase, index) => {
    const name = testCase.description ?? fill(messages.testName, { number: index + 1 });
    const rawArgs = parseJson(testCase.input);
    const args = Array.isArray(rawArgs) ? rawArgs : [rawArgs];
    const expected = parseJson(testCase.expectedOutput);
    let fn: unknown;
    try {
      fn = new Function(`"use strict";\n${code}\n;return typeof ${functionName} === "function" ? ${functionName} : undefined;`)();
    } catch (error) {
      details.push({ name, passed: false, input: args, expected, error: fill(messages.doesNotRun, { error: (error as Error).message }) });
      return;
    }
    if (typeof fn !== 'function') {
      details.push({ name, passed: false, input: args, expected, error: fill(messages.defineFunction, { name: functionName }) });
      return;
    }
    try {
      const actual = (fn as (...a: unknown[]) => unknown)(...(structuredClone(args) as unknown[]));
      const passed = show(actual) === show(expected);
      details.push({ name, passed, input: args, expected, actual });
    } catch (error) {
      details.push({
        name,
        passed: false,
        input: args,
        expected,
        error: fill(messages.threw, { error: (error as Error)?.message ?? String(error) }),
      });
    }
  });
  return { passed: details.filter((detail) => detail.passed).length, total: cases.length, details };
}

export { show as formatValue };
