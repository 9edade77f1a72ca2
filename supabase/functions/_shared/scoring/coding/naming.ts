// Names in code: which declared names say what they hold. Idiomatic short names (i, j, lo, hi), lambda
// parameters and the names the question's own signature gives are never unclear.

import type { Language } from './types.ts';

// Short names that are idiomatic anywhere; other 1-2 letter names are only
// accepted as parameters of a short arrow function / lambda ("(a, b) => a - b").
const OK_SHORT = new Set(
  'i j k n m _ e id db ok fn cb el lo hi dp'.split(' '),
);
const POOR_NAMES = new Set([
  'foo',
  'bar',
  'baz',
  'tmp',
  'temp',
  'stuff',
  'thing',
  'things',
  'asdf',
  'qwe',
  'xxx',
  'aaa',
  'abc',
  'data2',
  'arr2',
  'var1',
  'var2',
  'x1',
  'x2',
  'a1',
  'a2',
  'test1',
  'myvar',
  'blah',
  'dummy',
]);
const KEYWORDS = new Set(
  'if else for while do return const let var function class new this self def in of and or not is none true false null undefined import from export default try catch finally throw raise async await yield with as pass break continue lambda int long double float char bool boolean string void public private static final'
    .split(' '),
);

function lambdaParams(code: string): Set<string> {
  const out = new Set<string>();
  for (const m of code.matchAll(/\(([^()]*)\)\s*=>/g)) {
    m[1]!.split(',').forEach((p) => out.add(p.trim().replace(/[:=].*$/, '').trim()));
  }
  for (const m of code.matchAll(/(?<![\w$)])([A-Za-z_$][\w$]*)\s*=>/g)) {
    out.add(m[1]!);
  }
  for (const m of code.matchAll(/\blambda\s+([^:]*):/g)) {
    m[1]!.split(',').forEach((p) => out.add(p.trim()));
  }
  return out;
}

function declaredNames(code: string, lang: Language): string[] {
  const names: string[] = [];
  const push = (raw: string) => {
    const n = raw.trim().replace(/[:=].*$/, '').replace(/^\.\.\./, '').replace(
      /[?!]$/,
      '',
    ).trim();
    if (/^[A-Za-z_$][\w$]*$/.test(n) && !KEYWORDS.has(n)) names.push(n);
  };
  const params = (list: string) =>
    list.replace(/[\[\]{}]/g, ',').split(',').forEach((p) =>
      push(
        p.replace(
          /^\s*(?:[\w<>\[\].]+\s+)(?=[A-Za-z_$])/,
          (
            m,
          ) => (/^\s*(?:int|long|double|float|char|bool|boolean|String|string|var|auto|final|List<.*>|Map<.*>)\s+$/
              .test(m)
            ? ''
            : m),
        ),
      )
    );
  if (lang === 'python') {
    for (
      const m of code.matchAll(
        /^\s*([A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*)\s*=(?!=)/gm,
      )
    ) {
      m[1]!.split(',').forEach(push);
    }
    for (
      const m of code.matchAll(
        /\bfor\s+([A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*)\s+in\b/g,
      )
    ) {
      m[1]!.split(',').forEach(push);
    }
    for (const m of code.matchAll(/\bdef\s+(\w+)\s*\(([^)]*)\)/g)) {
      push(m[1]!);
      m[2]!.split(',').forEach((p) => push(p.replace(/:.*$/, '')));
    }
    return names.filter((n) => n !== 'self' && n !== 'cls');
  }
  for (const m of code.matchAll(/\b(?:let|const|var)\s+([A-Za-z_$][\w$]*)/g)) {
    push(m[1]!);
  }
  for (const m of code.matchAll(/\b(?:let|const|var)\s+[\[{]([^\]}]*)[\]}]/g)) {
    m[1]!.split(',').forEach((p) => push(p.replace(/^.*:/, '')));
  }
  for (
    const m of code.matchAll(/\bfunction\s*([A-Za-z_$][\w$]*)?\s*\(([^)]*)\)/g)
  ) {
    if (m[1]) push(m[1]);
    params(m[2]!);
  }
  for (const m of code.matchAll(/\(([^()]*)\)\s*(?::\s*[^=]+)?=>/g)) {
    params(m[1]!);
  }
  for (const m of code.matchAll(/\b([A-Za-z_$][\w$]*)\s*=>/g)) push(m[1]!);
  for (
    const m of code.matchAll(
      /\b(?:int|long|double|float|boolean|bool|char|String|string|auto)(?:\[\])?\s+([A-Za-z_]\w*)/g,
    )
  ) push(m[1]!);
  return names;
}

export interface NameQuality {
  uniqueNames: string[];
  poor: string[];
  meaningful: number;
}

export function nameQuality(stripped: string, lang: Language, givenNames: ReadonlySet<string>): NameQuality {
  const names = declaredNames(stripped, lang);
  const uniqueNames = [...new Set(names)];
  const lambdas = lambdaParams(stripped);
  const poor = uniqueNames.filter((n) =>
    !givenNames.has(n) &&
    (POOR_NAMES.has(n.toLowerCase()) ||
      (n.length <= 2 && !OK_SHORT.has(n) && !OK_SHORT.has(n.toLowerCase()) &&
        !lambdas.has(n)))
  );
  const meaningful = uniqueNames.length - poor.length;
  return { uniqueNames, poor, meaningful };
}
