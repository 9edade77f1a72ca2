// The SPA decides what an error is by its machine code, never by the words of its message: the words
// belong to the server (and to translators) and may change. This scans the source for code that reads
// an error message to decide something.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from '@/test/source-files';

const SRC = join(__dirname, '..');

/**
 * Files allowed to read messages, with the reason. Browsers report a failed fetch or a failed chunk load
 * only as an Error whose wording differs per engine; there is no code to read.
 */
const ALLOWED: Record<string, string> = {
  'lib/errors.ts': "the browsers' own words for a failed fetch or chunk load",
};

const MESSAGE_MATCHING = [
  /\.test\([^)\n]*\bmessage\b/, // /…/.test(error.message)
  /\bmessage\b[\w?.!)\]]*\s*\.(includes|match|matchAll|startsWith|endsWith|search|indexOf)\(/, // error.message.includes(…)
  /\.(includes|startsWith|endsWith)\([^)\n]*\bmessage\b/, // 'x'.includes(error.message)
];

function messageMatchingLines(source: string): string[] {
  return source.split('\n').filter((line) => MESSAGE_MATCHING.some((pattern) => pattern.test(line)));
}

describe('errors are told apart by code', () => {
  it('finds message matching in the forms it takes', () => {
    expect(messageMatchingLines(`if (/already been scored/i.test(error.message)) {`)).toHaveLength(1);
    expect(messageMatchingLines(`if (error.message.includes('limit reached')) {`)).toHaveLength(1);
    expect(messageMatchingLines(`if (e.message?.startsWith('permission denied')) {`)).toHaveLength(1);
    expect(messageMatchingLines(`if (error.code === 'already_scored') {`)).toHaveLength(0);
    expect(messageMatchingLines(`return new UserFacingError(message, { code });`)).toHaveLength(0);
  });

  it('no source file outside the allowed ones reads an error message to decide something', () => {
    const offenders = sourceFiles(SRC)
      .map((path) => relative(SRC, path))
      .filter((path) => !(path in ALLOWED))
      .flatMap((path) => messageMatchingLines(readFileSync(join(SRC, path), 'utf8')).map((line) => `${path}: ${line.trim()}`));
    expect(offenders).toEqual([]);
  });
});
