// The route table and the page modules take their path patterns from `paths` in src/lib/routes.ts, the
// same patterns the link builders fill in: no path is spelled out in src/app.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const APP = __dirname;

/** A string literal that is a path or a path pattern: '/…', "/…", `/…`, or the catch-all '*'. */
const PATH_LITERAL = /(['"`])\/[^'"`]*\1|(['"`])\/[^'"`]*\$\{|(['"])\*\3/;

const pathLiterals = (source: string) =>
  source.split('\n').filter((line) => !/^\s*(import|\/\/|\*|\/\*)/.test(line) && PATH_LITERAL.test(line));

describe('path patterns in src/app', () => {
  it('recognises a path written out', () => {
    expect(pathLiterals(`  '/app/interviews/:id': () => import('@/features/interview/routes/interview-room-page'),`)).toHaveLength(1);
    expect(pathLiterals(`            path: '/sign-in',`)).toHaveLength(1);
    expect(pathLiterals('  navigate(`/app/interviews/${id}`);')).toHaveLength(1);
    expect(pathLiterals(`  if (!page || page === '*') return null;`)).toHaveLength(1);
    expect(pathLiterals(`import { pages } from './pages';`)).toHaveLength(0);
    expect(pathLiterals(`  [paths.app.report]: () => import('@/features/reports/routes/report-page'),`)).toHaveLength(0);
  });

  it('spells out none: they come from src/lib/routes.ts', () => {
    const files = readdirSync(APP).filter((name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name));
    const found = files.flatMap((name) => pathLiterals(readFileSync(join(APP, name), 'utf8')).map((line) => `${name}: ${line.trim()}`));
    expect(found).toEqual([]);
  });
});
