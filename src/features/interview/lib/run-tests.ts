import type { TestCase, TestResults } from './schemas';

/**
 * Runs a coding question's test cases against the candidate's code, exactly like the question bank's
 * generator validates its reference solutions: `input` is the JSON text of the argument array,
 * `expectedOutput` the JSON text of the return value; `function_name(...args)` is called on a fresh
 * instance of the code per case and results are compared by JSON.stringify.
 * Pure and synchronous — the worker (code-runner.worker.ts) calls it off the main thread.
 */

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

export function runTestCases(code: string, functionName: string, cases: TestCase[]): TestResults {
  const details: NonNullable<TestResults['details']> = [];
  if (!/^[A-Za-z_$][\w$]*$/.test(functionName)) {
    return {
      passed: 0,
      total: cases.length,
      details: cases.map(() => ({ passed: false, error: 'This question has no runnable function.' })),
    };
  }
  cases.forEach((testCase, index) => {
    const name = testCase.description ?? `Test ${index + 1}`;
    const rawArgs = parseJson(testCase.input);
    const args = Array.isArray(rawArgs) ? rawArgs : [rawArgs];
    const expected = parseJson(testCase.expectedOutput);
    let fn: unknown;
    try {
      fn = new Function(`"use strict";\n${code}\n;return typeof ${functionName} === "function" ? ${functionName} : undefined;`)();
    } catch (error) {
      details.push({ name, passed: false, input: args, expected, error: `Your code doesn't run: ${(error as Error).message}` });
      return;
    }
    if (typeof fn !== 'function') {
      details.push({ name, passed: false, input: args, expected, error: `Define a function named ${functionName}.` });
      return;
    }
    try {
      const actual = (fn as (...a: unknown[]) => unknown)(...(structuredClone(args) as unknown[]));
      const passed = show(actual) === show(expected);
      details.push({ name, passed, input: args, expected, actual });
    } catch (error) {
      details.push({ name, passed: false, input: args, expected, error: `Threw: ${(error as Error)?.message ?? String(error)}` });
    }
  });
  return { passed: details.filter((detail) => detail.passed).length, total: cases.length, details };
}

export { show as formatValue };
