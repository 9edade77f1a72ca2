import { describe, expect, it } from 'vitest';
import { parsePhases, thinkTimeOf, userIndexes, userSetupOrder } from '../../bench/loop-load/phase-list.ts';
import { evaluate, formatComparison, interviewPhases, type RunResult } from '../../bench/loop-load/report.ts';

const phase = (createP95: number) => ({
  users: 2,
  completed: 2,
  failed: 0,
  cutOff: 0,
  wallMs: 100,
  completedPerSecond: 20,
  thinkMs: 1000,
  calls: { 'rpc create_interview_session': { n: 2, p50: 10, p95: createP95, max: createP95, errors: 0, firstErrors: [] } },
});

const run = (withWarm: boolean) => {
  const partial = {
    label: withWarm ? 'after' : 'before',
    checkout: '/tmp/x',
    commit: 'abc1234',
    date: '2026-12-06T00:00:00Z',
    machine: { cores: 2, cpu: 'test', memoryGiB: 1, loadAverageAtStart: [1, 0, 0] },
    options: { users: 2, phases: ['paced'], bcryptCost: 4, thinkMs: 1000, timeoutMs: 1000 },
    paced: phase(80),
    ...(withWarm ? { pacedWarm: phase(20) } : {}),
  } as unknown as Omit<RunResult, 'checks'>;
  return { ...partial, checks: evaluate(partial) } as RunResult;
};

describe('loop-load phases', () => {
  it('runs the selected phases in their fixed order whatever order they are named in', () => {
    expect(parsePhases('saturation, paced-warm,paced')).toEqual(['paced', 'paced-warm', 'saturation']);
    expect(parsePhases('signup,paced,paced-warm,saturation,read')).toEqual(['signup', 'paced', 'paced-warm', 'saturation', 'read']);
  });

  it('refuses an unknown phase and a warm wave without the fresh one before it', () => {
    expect(() => parsePhases('paced,warm')).toThrow(/unknown phase warm/);
    expect(() => parsePhases('paced-warm,saturation')).toThrow(/paced-warm runs after paced/);
  });

  it("signs up every user set before the first wave, the first wave's own last, never between two waves", () => {
    expect(userSetupOrder(['paced', 'paced-warm', 'saturation'])).toEqual(['paced-warm', 'paced']);
    expect(userSetupOrder(['paced', 'saturation'])).toEqual(['paced']);
    expect(userSetupOrder(['saturation'])).toEqual(['saturation']);
    expect(userSetupOrder([])).toEqual([]);
  });

  it('gives the warm wave as many users as the others, none of them theirs', () => {
    expect(userIndexes('paced', 3)).toEqual([0, 1, 2]);
    expect(userIndexes('saturation', 3)).toEqual([0, 1, 2]);
    expect(userIndexes('paced-warm', 3)).toEqual([3, 4, 5]);
    expect(thinkTimeOf('paced-warm', 1000)).toBe(1000);
    expect(thinkTimeOf('saturation', 1000)).toBe(0);
  });

  it('holds the warm wave to the paced targets as a phase of its own', () => {
    const result = run(true);
    expect(interviewPhases(result).map(([name]) => name)).toEqual(['paced', 'paced-warm']);
    const check = (name: string) => result.checks.find((c) => c.name === name);
    expect(check('paced p95 rpc create_interview_session')?.pass).toBe(false);
    expect(check('paced-warm p95 rpc create_interview_session')).toMatchObject({ value: '20.0 ms', pass: true });
  });

  it('compares a run without the warm wave with one that has it', () => {
    const table = formatComparison(run(false), run(true));
    expect(table).toContain('| paced: rpc create_interview_session | 10.0 → 10.0 | 80.0 → 80.0 | 0 → 0 |');
    expect(table).toContain('| paced-warm: rpc create_interview_session | – → 10.0 | – → 20.0 | – → 0 |');
    expect(table).toContain('| paced-warm p95 rpc create_interview_session | – | 20.0 ms (pass) | ≤ 50 ms |');
  });
});
