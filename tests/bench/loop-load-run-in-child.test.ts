import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSideEnv, runInChild, singleRunArgs } from '../../bench/loop-load/run-in-child.ts';

/** A stand-in for the benchmark's run script: writes `result` (a JavaScript expression over `args`) to its --out file. */
function fakeRun(result: string): string {
  const script = path.join(mkdtempSync(path.join(tmpdir(), 'run-in-child-')), 'fake-run.mjs');
  writeFileSync(
    script,
    `import { writeFileSync } from 'node:fs';
     const args = process.argv.slice(2);
     writeFileSync(args[args.indexOf('--out') + 1], JSON.stringify(${result}));`,
  );
  return script;
}

describe('loop-load runs of a comparison', () => {
  it('keeps the run options and replaces the comparison ones with one target and an output file', () => {
    const args = [
      '--compare',
      '/a',
      '/b',
      '--compare-env',
      'X=1',
      'X=0',
      '--rounds',
      '2',
      '--phases',
      'paced,saturation',
      '--out',
      'x.json',
      '--users',
      '50',
    ];
    expect(singleRunArgs(args, '/b', '/tmp/r.json')).toEqual([
      '--phases',
      'paced,saturation',
      '--users',
      '50',
      '--target',
      '/b',
      '--out',
      '/tmp/r.json',
    ]);
  });

  it('runs in a process of its own and returns the result it wrote', async () => {
    // Writes its own pid as the label, so the test sees which process produced the result.
    const script = fakeRun(`{ label: String(process.pid), checkout: args[args.indexOf('--target') + 1] }`);
    const result = await runInChild(script, ['--compare', '/a', '/b', '--users', '5'], '/b');
    expect(result.checkout).toBe('/b');
    expect(result.label).not.toBe(String(process.pid));
  });

  it('gives the run the environment of its side on top of its own', async () => {
    const script = fakeRun(`{ label: process.env.SIDE_SETTING + '/' + (process.env.PATH ? 'path' : '') }`);
    const result = await runInChild(script, [], '/b', parseSideEnv('SIDE_SETTING=0'));
    expect(result.label).toBe('0/path');
  });

  it('reads a side environment as KEY=value pairs, or none', () => {
    expect(parseSideEnv('PGRST_POOL_OPEN_AT_START=0,FUNCTIONS_WARMUP_MS=500')).toEqual({
      PGRST_POOL_OPEN_AT_START: '0',
      FUNCTIONS_WARMUP_MS: '500',
    });
    expect(parseSideEnv('-')).toEqual({});
    expect(() => parseSideEnv('novalue')).toThrow(/not KEY=value/);
  });

  it('fails when the run wrote no result', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'run-in-child-'));
    const script = path.join(dir, 'crash.mjs');
    writeFileSync(script, 'process.exit(3);');
    await expect(runInChild(script, [], '/b')).rejects.toThrow(/exited with code 3 without a result/);
  });
});
