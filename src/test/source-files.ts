// For tests that scan the app's source for a convention.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every .ts/.tsx file below `dir`, tests excluded. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The lines `matches` picks out of every source file below `dir`, as `path: line` (path relative to `dir`). */
export function matchingLines(dir: string, matches: (source: string) => string[]): string[] {
  return sourceFiles(dir).flatMap((file) => matches(readFileSync(file, 'utf8')).map((line) => `${relative(dir, file)}: ${line.trim()}`));
}
