// One resource has one key prefix: every query key is built by the resource's factory (src/lib/query-keys for
// resources several features read, src/features/<feature>/api/keys.ts for a feature's own), every key a factory
// builds starts with its `all`, and no two factories share a prefix. Invalidating `all` (or a narrower prefix
// the factory offers) therefore reaches every query of the resource, whichever feature reads it.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keysBuiltBy } from '@/test/query-keys';
import { matchingLines } from '@/test/source-files';

const SRC = join(__dirname, '../..');

const factoryModules = import.meta.glob<Record<string, unknown>>(
  ['/src/lib/query-keys/*.ts', '!**/*.test.ts', '/src/features/*/api/keys.ts'],
  {
    eager: true,
  },
);

type Factory = { all: readonly unknown[] } & Record<string, unknown>;
const factories: [string, Factory][] = Object.entries(factoryModules).flatMap(([file, module]) =>
  Object.entries(module).map(([name, factory]) => [`${file}: ${name}`, factory as Factory] as [string, Factory]),
);

/** A key written out in a cache call instead of taken from a factory: `queryKey: [`, `setQueryData([` … */
const INLINE_KEY = [/queryKey:\s*\[/, /\b(?:setQueryData|getQueryData|getQueryState|setQueriesData|getQueriesData)(?:<[^>]*>)?\(\s*\[/];

function inlineKeyLines(source: string): string[] {
  return source.split('\n').filter((line) => INLINE_KEY.some((pattern) => pattern.test(line)));
}

describe('query keys', () => {
  it('finds every factory', () => {
    const names = factories.map(([name]) => name.replace(/^.*: /, ''));
    expect(names).toEqual(expect.arrayContaining(['billingKeys', 'interviewKeys', 'reportKeys', 'profileKeys', 'adminKeys', 'coachKeys']));
    for (const [name, factory] of factories) expect(Array.isArray(factory.all), name).toBe(true);
  });

  it('builds every key of a factory under its one prefix', () => {
    for (const [name, factory] of factories) {
      const keys = keysBuiltBy(factory);
      expect(keys.length, name).toBeGreaterThan(0);
      for (const key of keys) expect(key.slice(0, factory.all.length), `${name}: ${JSON.stringify(key)}`).toEqual(factory.all);
    }
  });

  it('gives every resource its own prefix', () => {
    const prefixes = factories.map(([, factory]) => JSON.stringify(factory.all));
    expect(new Set(prefixes).size).toBe(prefixes.length);
    const firsts = factories.map(([, factory]) => factory.all[0]);
    expect(new Set(firsts).size).toBe(firsts.length);
  });

  it('recognises a key written out by hand', () => {
    expect(inlineKeyLines(`queryOptions({ queryKey: ['billing', 'plans'], queryFn })`)).toHaveLength(1);
    expect(inlineKeyLines(`void queryClient.invalidateQueries({ queryKey: ['history'] });`)).toHaveLength(1);
    expect(inlineKeyLines(`queryClient.setQueryData<Row[]>(['coach', 'messages', id], rows)`)).toHaveLength(1);
    expect(inlineKeyLines(`queryOptions({ queryKey: billingKeys.plans(), queryFn })`)).toHaveLength(0);
  });

  it('is never written out by hand in the app: every cache call takes its key from a factory', () => {
    expect(matchingLines(SRC, inlineKeyLines)).toEqual([]);
  });
});
