// The repository's Deno, run the way the functions run: in supabase/functions, with the repository's module cache and
// no environment but PATH, HOME and what the caller passes.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
export const FUNCTIONS_DIR = path.join(REPO_ROOT, 'supabase', 'functions');

/** Runs `deno <args>`; resolves with its output, rejects (with stdout and stderr on the error) when it fails. */
export function runDeno(args: string[], env: Record<string, string> = {}): Promise<{ stdout: string; stderr: string }> {
  return promisify(execFile)(path.join(REPO_ROOT, 'node_modules', '.bin', 'deno'), args, {
    cwd: FUNCTIONS_DIR,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      DENO_DIR: path.join(REPO_ROOT, '.cache', 'deno'),
      NO_COLOR: '1',
      ...env,
    },
  });
}
