import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInChild, singleRunArgs } from '../../bench/loop-load/run-in-child.ts';

describe('loop-load runs of a comparison', () => {
  it('keeps the run options and replaces the comparison ones with one target and an output file', () => {
    const args = ['--compare', '/a', '/b', '--rounds', '2', '--phases', 'paced,saturation', '--out', 'x.json', '--users', '50'];
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
    const dir = mkdtempSync(path.join(tmpdir(), 'run-in-child-'));
    const script = path.join(dir, 'fake-run.mjs');
    // Writes its own pid as the label, so the test sees which process produced the result.
    writeFileSync(
      script,
      `import { writeFileSync } from 'node:fs';
       const args = process.argv.slice(2);
       writeFileSync(args[args.indexOf('--out') + 1], JSON.stringify({ label: String(process.pid), checkout: args[args.indexOf('--target') + 1] }));`,
    );
    const result = await runInChild(script, ['--compare', '/a', '/b', '--users', '5'], '/b');
    expect(result.checkout).toBe('/b');
    expect(result.label).not.toBe(String(process.pid));
  });

  it('fails when the run wrote no result', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'run-in-child-'));
    const script = path.join(dir, 'crash.mjs');
    writeFileSync(script, 'process.exit(3);');
    await expect(runInChild(script, [], '/b')).rejects.toThrow(/exited with code 3 without a result/);
  });
});
