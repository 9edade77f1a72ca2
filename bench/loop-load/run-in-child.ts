// One run of a comparison in a benchmark process of its own (`run.ts --target <checkout> --out <file>`).
// The same build run four times in one benchmark process used ~20 % more stack CPU per interview in saturation
// (every process of the stack alike) in 6 of the 9 runs after the first, and in 1 of 8 runs that each had a
// fresh process; the cause was not found, so each run starts from the same state: a new process.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RunResult } from './report.ts';

/** The options of one run: `args` without the ones that make a comparison or name the output. */
export function singleRunArgs(args: string[], checkout: string, out: string): string[] {
  const dropped: Record<string, number> = { '--compare': 2, '--compare-env': 2, '--rounds': 1, '--out': 1, '--target': 1 };
  const kept: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const skip = dropped[args[i]!];
    if (skip === undefined) kept.push(args[i]!);
    else i += skip;
  }
  return [...kept, '--target', checkout, '--out', out];
}

/**
 * `--compare-env`'s value for one side: `KEY=value,KEY=value` (or `-` for nothing), the environment that side's
 * run and the stack it starts get on top of this process's, e.g. the same checkout with a stack setting on and off.
 */
export function parseSideEnv(list: string): Record<string, string> {
  if (list === '-') return {};
  const env: Record<string, string> = {};
  for (const pair of list.split(',')) {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(pair);
    if (!match) throw new Error(`--compare-env: "${pair}" is not KEY=value`);
    env[match[1]!] = match[2]!;
  }
  return env;
}

let current: ChildProcess | undefined;

/** Stops the run in progress (its process stops its stack on SIGTERM). */
export function stopChildRun(): void {
  current?.kill('SIGTERM');
}

/** Runs `script` (run.ts) for one checkout in a new process with this process's Node flags and `env` added; its output is ours. */
export async function runInChild(script: string, args: string[], checkout: string, env: Record<string, string> = {}): Promise<RunResult> {
  const out = path.join(tmpdir(), `interviewai-loop-load-run-${process.pid}-${Date.now()}.json`);
  const child = spawn(process.execPath, [...process.execArgv, script, ...singleRunArgs(args, checkout, out)], {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  current = child;
  const code = await new Promise<number | null>((resolve) => child.once('exit', (exitCode) => resolve(exitCode)));
  current = undefined;
  try {
    return JSON.parse(readFileSync(out, 'utf8')) as RunResult;
  } catch {
    throw new Error(`the run of ${checkout} exited with code ${code} without a result`);
  } finally {
    rmSync(out, { force: true });
  }
}
