import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { namespacesFromModules } from '@/locales/packs/namespaces';
import { SUPPORTED_LANGUAGES } from './index';

type Catalog = Record<string, unknown>;

const SRC = join(__dirname, '..', '..');

function catalogsOf(language: string): Record<string, Catalog> {
  const files = [join(SRC, 'locales', `${language}.json`)];
  for (const feature of readdirSync(join(SRC, 'features'))) {
    const file = join(SRC, 'features', feature, 'locales', `${language}.json`);
    try {
      readFileSync(file);
      files.push(file);
    } catch {
      // feature without strings of its own
    }
  }
  return namespacesFromModules(
    Object.fromEntries(files.map((f) => ['/' + relative(join(SRC, '..'), f), JSON.parse(readFileSync(f, 'utf8'))])),
  );
}

function flatten(catalog: Catalog, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object') for (const [k, v] of flatten(value as Catalog, path)) out.set(k, v);
    else out.set(path, String(value));
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)[^}]*\}\}|<(\w+)\s*\/?>/g)].map((m) => m[1] ?? `<${m[2]}>`).sort();
// Plural forms of a key differ between languages (German has no `_few`), so compare keys without them.
const PLURAL = /_(zero|one|two|few|many|other)$/;
const base = (key: string) => key.replace(PLURAL, '');

const english = catalogsOf('en');

describe('translations', () => {
  for (const language of SUPPORTED_LANGUAGES.filter((l) => l !== 'en')) {
    const other = catalogsOf(language);
    it(`${language} has exactly the namespaces of en`, () => {
      expect(Object.keys(other).sort()).toEqual(Object.keys(english).sort());
    });
    for (const [namespace, catalog] of Object.entries(english)) {
      it(`${language}/${namespace} has every key of en, no extra ones, and the same placeholders`, () => {
        const en = flatten(catalog);
        const translated = flatten(other[namespace] ?? {});
        expect([...new Set([...translated.keys()].map(base))].sort()).toEqual([...new Set([...en.keys()].map(base))].sort());
        for (const [key, text] of translated) {
          expect(text.trim(), `${language}/${namespace}:${key} is empty`).not.toBe('');
          const source = en.get(key) ?? en.get(`${base(key)}_other`) ?? en.get(base(key));
          if (source !== undefined) expect(placeholders(text), `${language}/${namespace}:${key}`).toEqual(placeholders(source));
        }
      });
    }
  }

  it('every key the code uses exists in English', () => {
    const missing: string[] = [];
    const keys = Object.fromEntries(Object.entries(english).map(([ns, c]) => [ns, new Set([...flatten(c).keys()].map(base))]));
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
    for (const file of walk(SRC).filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.includes(`${join('src', 'test')}`))) {
      const source = readFileSync(file, 'utf8');
      const feature = /features[\\/]([^\\/]+)[\\/]/.exec(relative(SRC, file))?.[1];
      const uses = [...source.matchAll(/\bt\(\s*'([^'$`]+)'|\bt\(\s*"([^"$`]+)"|i18nKey="([^"]+)"/g)].map(
        (m) => m[1] ?? m[2] ?? m[3] ?? '',
      );
      for (const use of uses) {
        const [ns, key] = use.includes(':')
          ? (use.split(':', 2) as [string, string])
          : [feature && keys[feature] ? feature : 'common', use];
        if (!keys[ns]?.has(key) && !keys.common?.has(key)) missing.push(`${relative(SRC, file)}: ${ns}:${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
