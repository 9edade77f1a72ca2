import { describe, expect, it } from 'vitest';
import { ENGLISH_RUNNER_MESSAGES, runTestCases } from './run-tests';

const cases = [
  { input: '[[2,7,11,15],9]', expectedOutput: '[0,1]', description: 'basic' },
  { input: '[[3,3],6]', expectedOutput: '[0,1]', description: 'duplicates' },
];

describe('runTestCases (bank format: input = JSON argument array, expectedOutput = JSON value)', () => {
  it('passes a correct solution', () => {
    const code =
      'function twoSum(nums, target) { const m = new Map(); for (let i = 0; i < nums.length; i++) { if (m.has(target - nums[i])) return [m.get(target - nums[i]), i]; m.set(nums[i], i) } return [] }';
    expect(runTestCases(code, 'twoSum', cases)).toMatchObject({ passed: 2, total: 2 });
  });

  it('reports wrong answers with the actual value, thrown errors and syntax errors', () => {
    const wrong = runTestCases('function twoSum() { return [1, 0] }', 'twoSum', cases);
    expect(wrong.passed).toBe(0);
    expect(wrong.details?.[0]).toMatchObject({ passed: false, actual: [1, 0], expected: [0, 1] });
    expect(runTestCases('function twoSum() { throw new Error("boom") }', 'twoSum', cases).details?.[0]?.error).toBe('Threw: boom');
    expect(runTestCases('function twoSum( {', 'twoSum', cases).details?.[0]?.error).toMatch(/doesn't run/);
    expect(runTestCases('function other() {}', 'twoSum', cases).details?.[0]?.error).toBe('Define a function named twoSum.');
  });

  it('words its errors and unnamed cases with the messages the page passes in (the UI language)', () => {
    const german = {
      ...ENGLISH_RUNNER_MESSAGES,
      defineFunction: 'Definiere eine Funktion namens {{name}}.',
      testName: 'Test Nr. {{number}}',
    };
    const result = runTestCases('function other() {}', 'twoSum', [{ input: '[[2, 7], 9]', expectedOutput: '[0, 1]' }], german);
    expect(result.details?.[0]).toMatchObject({ name: 'Test Nr. 1', error: 'Definiere eine Funktion namens twoSum.' });
  });

  it('runs each case on a fresh copy of the code (no state leaks between cases)', () => {
    const code = 'let calls = 0; function f() { calls += 1; return calls }';
    expect(
      runTestCases(code, 'f', [
        { input: '[]', expectedOutput: '1' },
        { input: '[]', expectedOutput: '1' },
      ]).passed,
    ).toBe(2);
  });
});
