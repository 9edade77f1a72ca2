// Coding signals: test results passed in by the runner, plus static,
// language-agnostic heuristics over the submitted code (JS/TS/Java/C-like and
// Python). These are hints, not proofs: every note says what it saw.

import { codeConcepts, isStructuralRecursion } from './code_concepts.ts';
import type { CodingAnalysis, TestResults } from './types.ts';
import { clamp01, normalize } from './text.ts';

export type Language = CodingAnalysis['language'];

export interface CodeNote {
  text: string;
  kind: 'positive' | 'negative' | 'info';
}

export interface RecursiveFunction {
  name: string;
  selfCalls: number;
  hasBaseCase: boolean;
  memoized: boolean;
  /** Recurses on parts of its input (a[key], node.left): linear, not exponential. */
  structural: boolean;
}

export interface CodeReport {
  language: Language;
  lines: number;
  codeLines: number;
  commentLines: number;
  maxLoopDepth: number;
  linearOpsInLoops: string[];
  usesSort: boolean;
  usesHash: boolean;
  binarySearch: boolean;
  recursion: RecursiveFunction[];
  functions: number;
  names: { total: number; meaningful: number; poor: string[] };
  earlyReturns: number;
  edgeGuards: boolean;
  magicNumbers: string[];
  debugPrints: number;
  stub: boolean;
  complexity: string;
  complexityRank: number;
  /** Pseudo-sentences describing detected techniques, for key-point matching. */
  concepts: string[];
  comments: string[];
  notes: CodeNote[];
  quality: number;
}

export const COMPLEXITY_LABELS = [
  'O(1)',
  'O(log n)',
  'O(n)',
  'O(n log n)',
  'O(n²)',
  'O(n³)',
  'O(2^n)',
];

const BIGO_RANK: Record<string, number> = {
  bigo1: 0,
  bigologn: 1,
  bigon: 2,
  bigonlogn: 3,
  bigon2: 4,
  bigon3: 5,
  bigo2n: 6,
};

/**
 * Lowest *time* complexity class mentioned in a text ("O(n) time", "linear
 * time", ...). Mentions followed by "space"/"memory" are space bounds and are
 * ignored.
 */
export function bestComplexityMentioned(text: string): number | null {
  const toks = normalize(text).split(/[^a-z0-9]+/).filter(Boolean);
  let best: number | null = null;
  for (let i = 0; i < toks.length; i++) {
    const r = BIGO_RANK[toks[i]!];
    if (r === undefined) continue;
    const next = toks.slice(i + 1, i + 3).join(' ');
    if (/\b(?:space|memory|extra)\b/.test(next)) continue;
    if (best === null || r < best) best = r;
  }
  if (
    best === null && /\blinear time\b|\bsingle pass\b|\bone pass\b/i.test(text)
  ) best = 2;
  return best;
}

export function detectLanguage(code: string): Language {
  if (/^\s*def\s+\w+\s*\(.*\)\s*(?:->\s*[^:]+)?:\s*$/m.test(code)) {
    return 'python';
  }
  if (
    /^\s*(?:class\s+\w+.*|for\s+.+|while\s+.+|if\s+.+|elif\s+.+|else)\s*:\s*$/m
      .test(code) && !/[{};]\s*$/m.test(code)
  ) {
    return 'python';
  }
  if (/[{};]\s*$/m.test(code)) return 'c-like';
  return 'unknown';
}

/** Removes comments and string contents; returns the comments separately. */
export function stripCode(
  code: string,
  lang: Language,
): { code: string; comments: string[] } {
  let out = '';
  const comments: string[] = [];
  let i = 0;
  const n = code.length;
  while (i < n) {
    const ch = code[i]!;
    const two = code.slice(i, i + 2);
    if (
      lang === 'python' &&
      (code.startsWith('"""', i) || code.startsWith("'''", i))
    ) {
      const q = code.slice(i, i + 3);
      const end = code.indexOf(q, i + 3);
      const stop = end === -1 ? n : end + 3;
      const body = code.slice(i + 3, end === -1 ? n : end);
      // A docstring on its own line acts as a comment.
      const lineStart = code.lastIndexOf('\n', i - 1) + 1;
      if (
        !code.slice(lineStart, i).trim() ||
        /=\s*$/.test(code.slice(lineStart, i)) === false
      ) {
        comments.push(body.trim());
      }
      out += q + q + body.replace(/[^\n]/g, '');
      i = stop;
      continue;
    }
    if (
      (lang !== 'python' && two === '//') || (lang === 'python' && ch === '#')
    ) {
      const end = code.indexOf('\n', i);
      const stop = end === -1 ? n : end;
      comments.push(code.slice(i + (ch === '#' ? 1 : 2), stop).trim());
      i = stop;
      continue;
    }
    if (lang !== 'python' && two === '/*') {
      const end = code.indexOf('*/', i + 2);
      const stop = end === -1 ? n : end + 2;
      const body = code.slice(i + 2, end === -1 ? n : end);
      comments.push(body.replace(/^\s*\*+/gm, '').trim());
      out += body.replace(/[^\n]/g, '');
      i = stop;
      continue;
    }
    if (ch === '"' || ch === "'" || ch === '`') {
      let j = i + 1;
      while (j < n && code[j] !== ch) {
        if (code[j] === '\\') j++;
        else if (code[j] === '\n' && ch !== '`') break;
        j++;
      }
      out += ch + ch;
      i = j + 1;
      continue;
    }
    out += ch;
    i++;
  }
  return { code: out, comments: comments.filter(Boolean) };
}

const LOOP_METHOD_RE = /\.(?:forEach|map|filter|reduce|some|every|find|findIndex|flatMap)\s*\(/y;
const LINEAR_OPS_C = /\.(?:includes|indexOf|lastIndexOf|shift|unshift|splice|concat)\s*\(/y;

function loopDepthCLike(
  code: string,
): { depth: number; linearOps: string[]; depthWithOps: number } {
  const stack: number[] = [];
  let pending: number[] = [];
  let paren = 0;
  let maxDepth = 0;
  let maxWithOps = 0;
  const linearOps: string[] = [];
  const sum = () => stack.reduce((a, b) => a + b, 0);
  let i = 0;
  const n = code.length;
  while (i < n) {
    const ch = code[i]!;
    if (/[A-Za-z_$]/.test(ch) && (i === 0 || !/[\w$.]/.test(code[i - 1]!))) {
      const m = /^[A-Za-z_$][\w$]*/.exec(code.slice(i, i + 40));
      const word = m ? m[0] : ch;
      if (word === 'for' || word === 'while' || word === 'do') {
        const depth = sum() + pending.length + 1;
        if (depth > maxDepth) maxDepth = depth;
        if (depth > maxWithOps) maxWithOps = depth;
        pending.push(paren);
      }
      i += word.length;
      continue;
    }
    if (ch === '.') {
      LOOP_METHOD_RE.lastIndex = i;
      const lm = LOOP_METHOD_RE.exec(code);
      if (lm) {
        const depth = sum() + pending.length + 1;
        if (depth > maxDepth) maxDepth = depth;
        if (depth > maxWithOps) maxWithOps = depth;
        pending.push(paren);
        i += lm[0].length - 1;
        continue;
      }
      LINEAR_OPS_C.lastIndex = i;
      const op = LINEAR_OPS_C.exec(code);
      if (op) {
        const depth = sum() + pending.length;
        if (depth >= 1) {
          linearOps.push(op[0].replace(/\s*\($/, '()'));
          if (depth + 1 > maxWithOps) maxWithOps = depth + 1;
        }
        i += op[0].length - 1;
        continue;
      }
    }
    if (ch === '(') paren++;
    else if (ch === ')') paren = Math.max(0, paren - 1);
    else if (ch === '{') {
      stack.push(pending.length);
      pending = [];
    } else if (ch === '}') stack.pop();
    else if (ch === ';') {
      if (pending.length && paren <= Math.min(...pending)) pending = [];
    } else if (ch === '\n' && pending.length && paren <= Math.min(...pending)) {
      const prevNonSpace = code.slice(0, i).trimEnd().slice(-1);
      const nextNonSpace = code.slice(i).trimStart().charAt(0);
      if (
        prevNonSpace !== ')' && nextNonSpace !== '{' && prevNonSpace !== '{'
      ) pending = [];
    }
    i++;
  }
  return { depth: maxDepth, linearOps, depthWithOps: maxWithOps };
}

function indentOf(line: string): number {
  const m = /^[ \t]*/.exec(line);
  return m ? m[0].replace(/\t/g, '    ').length : 0;
}

function loopDepthPython(
  code: string,
): { depth: number; linearOps: string[]; depthWithOps: number } {
  const stack: Array<{ indent: number; loop: boolean }> = [];
  let maxDepth = 0;
  let maxWithOps = 0;
  const linearOps: string[] = [];
  for (const line of code.split('\n')) {
    if (!line.trim()) continue;
    const indent = indentOf(line);
    while (stack.length && stack[stack.length - 1]!.indent >= indent) {
      stack.pop();
    }
    const loopsAbove = stack.filter((s) => s.loop).length;
    const trimmed = line.trim();
    const isLoop = /^(?:for|while)\b.*:\s*$/.test(trimmed) ||
      /^async\s+for\b/.test(trimmed);
    const comprehensionFors = (trimmed.match(/[\[({][^\])}]*\bfor\b/g) ?? []).length +
      Math.max(
        0,
        (trimmed.match(/\bfor\b/g) ?? []).length - (isLoop ? 1 : 0) -
          (trimmed.match(/[\[({][^\])}]*\bfor\b/g) ?? []).length,
      );
    const depthHere = loopsAbove + (isLoop ? 1 : 0) + comprehensionFors;
    if (depthHere > maxDepth) maxDepth = depthHere;
    if (depthHere > maxWithOps) maxWithOps = depthHere;
    const inLoop = loopsAbove + comprehensionFors;
    const op = /\.(?:index|count|remove)\(|\.pop\(0\)|\.insert\(0/.exec(
      trimmed,
    );
    if (op && inLoop >= 1) {
      linearOps.push(op[0].replace(/\($/, '()'));
      if (inLoop + 1 > maxWithOps) maxWithOps = inLoop + 1;
    }
    if (isLoop) stack.push({ indent, loop: true });
    else if (/:\s*$/.test(trimmed)) stack.push({ indent, loop: false });
  }
  return { depth: maxDepth, linearOps, depthWithOps: maxWithOps };
}

interface FnDef {
  name: string;
  body: string;
  lines: number;
}

const NOT_FN = new Set([
  'if',
  'for',
  'while',
  'switch',
  'catch',
  'function',
  'return',
  'with',
  'elif',
  'else',
  'do',
  'try',
  'new',
  'typeof',
  'sizeof',
]);

function functionsOf(code: string, lang: Language): FnDef[] {
  const defs: FnDef[] = [];
  if (lang === 'python') {
    const lines = code.split('\n');
    lines.forEach((line, idx) => {
      const m = /^(\s*)(?:async\s+)?def\s+(\w+)\s*\(/.exec(line);
      if (!m) return;
      const ind = m[1]!.replace(/\t/g, '    ').length;
      const body: string[] = [];
      for (let j = idx + 1; j < lines.length; j++) {
        const l = lines[j]!;
        if (!l.trim()) {
          body.push(l);
          continue;
        }
        if (indentOf(l) <= ind) break;
        body.push(l);
      }
      defs.push({
        name: m[2]!,
        body: body.join('\n'),
        lines: body.filter((l) => l.trim()).length,
      });
    });
    return defs;
  }
  const patterns = [
    /\bfunction\s*\*?\s*([A-Za-z_$][\w$]*)\s*\(/g,
    /\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*(?:async\s*)?(?:function\b[^(]*\(|\([^)]*\)\s*(?::\s*[^=]+)?=>|[A-Za-z_$][\w$]*\s*=>)/g,
    /^[ \t]*(?:(?:public|private|protected|static|async|final|override|virtual|inline|export|default)\s+)*(?:[\w<>\[\],.?]+\s+)?([A-Za-z_$][\w$]*)\s*\([^)]*\)\s*(?::\s*[\w<>\[\], |.?]+)?\s*(?:throws\s+[\w, .]+)?\{/gm,
  ];
  const seen = new Set<number>();
  for (const re of patterns) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(code))) {
      const name = m[1]!;
      if (NOT_FN.has(name) || seen.has(m.index)) continue;
      seen.add(m.index);
      const start = m.index + m[0].length;
      const brace = code.indexOf('{', start - 1);
      let body = '';
      const semi = code.indexOf('\n', start);
      const arrowExpr = brace === -1 ||
        (semi !== -1 && semi < brace && /=>\s*$/.test(m[0]) &&
          !/^\s*\{/.test(code.slice(start)));
      if (arrowExpr) {
        body = code.slice(start, semi === -1 ? code.length : semi);
      } else {
        let depth = 0;
        let j = brace;
        for (; j < code.length; j++) {
          if (code[j] === '{') depth++;
          else if (code[j] === '}') {
            depth--;
            if (depth === 0) break;
          }
        }
        body = code.slice(brace + 1, j);
      }
      defs.push({
        name,
        body,
        lines: body.split('\n').filter((l) => l.trim()).length,
      });
    }
  }
  return defs;
}

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

/**
 * `givenNames`: names the question itself fixes (its function signature's parameters, e.g. `isAnagram(s, t)`), which
 * are never reported as unclear.
 */
export function analyzeCode(code: string, givenNames: ReadonlySet<string> = new Set()): CodeReport {
  const lang = detectLanguage(code);
  const { code: stripped, comments } = stripCode(
    code,
    lang === 'unknown' ? 'c-like' : lang,
  );
  const allLines = code.split('\n');
  const lines = allLines.filter((l) => l.trim()).length;
  const strippedLines = stripped.split('\n').filter((l) => l.trim() && !/^[\s{}();]*$/.test(l));
  const codeLines = strippedLines.length;
  const commentLines = allLines.filter((l) => /^\s*(?:\/\/|#|\/\*|\*|"""|''')/.test(l)).length +
    allLines.filter((l) => /\S.*(?:\/\/|\s#\s)/.test(l) && !/^\s*(?:\/\/|#)/.test(l)).length;

  const loops = lang === 'python' ? loopDepthPython(stripped) : loopDepthCLike(stripped);
  const usesSort = /\.sort\s*\(|\bsorted\s*\(|\bArrays\.sort\b|\bCollections\.sort\b|\bstd::sort\b/
    .test(stripped);
  const usesHash =
    /\bnew\s+(?:Map|Set|WeakMap|HashMap|HashSet|LinkedHashMap|TreeMap)\b|\b(?:dict|set|defaultdict|Counter|OrderedDict)\s*\(|=\s*\{\s*\}|=\s*set\(\)|\bunordered_(?:map|set)\b|\bObject\.create\(null\)|:\s*Record<|\bMap<|\bdict\[/
      .test(stripped);
  const binarySearch = /\bmid\w*\s*=|>>\s*1|\/\/\s*2\b/.test(stripped) &&
    /\bwhile\b/.test(stripped);

  const fns = functionsOf(stripped, lang);
  const recursion: RecursiveFunction[] = [];
  for (const f of fns) {
    const callRe = new RegExp(
      `(?<![\\w$])${f.name.replace(/\$/g, '\\$')}\\s*\\(`,
      'g',
    );
    const calls = [...f.body.matchAll(callRe)];
    if (calls.length === 0) continue;
    const firstCall = calls[0]!.index ?? 0;
    const before = f.body.slice(0, firstCall);
    const hasBaseCase = /\bif\b/.test(before) && /\breturn\b/.test(before) ||
      /\bif\b[^\n]*\breturn\b/.test(f.body) &&
        /\breturn\b[^\n;]*(?:\?|\bif\b)/.test(f.body) ||
      (/\?/.test(before) && /\breturn\b/.test(before));
    const memoized = /\bmemo\w*|\bcache\w*|lru_cache|@cache\b|\bdp\b|\bdp\[/
      .test(code);
    recursion.push({
      name: f.name,
      selfCalls: calls.length,
      hasBaseCase,
      memoized,
      structural: isStructuralRecursion(f.body, f.name),
    });
  }

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

  // Guard clauses: an "if ... return" before the first loop of the code.
  const firstLoop = stripped.search(/\b(?:for|while)\b/);
  const head = firstLoop === -1 ? stripped : stripped.slice(0, firstLoop);
  const ifReturnRe = lang === 'python' ? /^\s*if\b[^\n]*:\s*(?:\n\s*)?return\b/gm : /\bif\s*\([^)]*\)\s*(?:\{\s*)?return\b/g;
  const earlyReturns = (head.match(ifReturnRe) ?? []).length;
  const returnsInLoop = firstLoop !== -1 &&
    ifReturnRe.test(stripped.slice(firstLoop));
  const edgeGuards =
    /\bif\s*\(?\s*(?:!\s*\w+|not\s+\w+|\w+(?:\.length|\.size)\s*(?:===?|<=?)\s*[01]\b|len\(\s*\w+\s*\)\s*(?:==|<=?)\s*[01]\b|\w+\s*(?:===?|is)\s*(?:null|None|undefined))/
      .test(stripped);

  const magic = new Set<string>();
  for (const line of stripped.split('\n')) {
    if (
      /\b(?:const|final|static)\b[^=]*\b[A-Z][A-Z0-9_]+\s*=|^\s*[A-Z][A-Z0-9_]+\s*=/
        .test(line)
    ) continue;
    if (/console\.log|print\s*\(|assert|System\.out/.test(line)) continue;
    for (const m of line.matchAll(/(?<![\w.$\[])-?\d+(?:\.\d+)?(?![\w.])/g)) {
      const v = m[0];
      if (['0', '1', '2', '-1', '0.5', '10'].includes(v)) continue;
      magic.add(v);
    }
  }
  const magicNumbers = [...magic].slice(0, 5);
  const debugPrints = (stripped.match(/\bconsole\.(?:log|debug)\s*\(|\bSystem\.out\.print/g) ??
    []).length;
  const stubRe = /\b(?:TODO|FIXME|NotImplemented\w*|not implemented)\b|^\s*pass\s*$/im;
  // One line is a stub unless it holds several statements (code written inline in prose).
  const stub = (codeLines <= 1 && (stripped.match(/[;{}]/g) ?? []).length < 4) ||
    (codeLines <= 4 &&
      (stubRe.test(code) ||
        /return\s+(?:null|None|undefined|\[\]|0|-1|false)\s*;?\s*(?:\}|$)/.test(
            stripped,
          ) &&
          !/\b(?:for|while|if)\b/.test(stripped)));

  // --- complexity estimate ---
  const branching = recursion.find((r) => r.selfCalls >= 2 && !r.memoized && !r.structural);
  let rank = 0;
  const depth = loops.depthWithOps;
  if (depth >= 3) rank = 5;
  else if (depth === 2) rank = 4;
  else if (depth === 1) {
    rank = binarySearch && loops.depth === 1 && !/\bfor\b/.test(stripped) ? 1 : 2;
  }
  if (usesSort) rank = Math.max(rank, 3);
  if (recursion.length > 0 && rank < 2) rank = binarySearch ? 1 : 2;
  if (branching) rank = 6;
  const complexity = COMPLEXITY_LABELS[rank]!;

  const notes: CodeNote[] = [];
  const why: string[] = [];
  if (branching) {
    why.push(
      `'${branching.name}' calls itself ${branching.selfCalls} times per call without memoization`,
    );
  }
  if (loops.depth >= 2) why.push(`loops nested ${loops.depth} deep`);
  if (loops.linearOps.length) {
    why.push(
      `linear-time ${[...new Set(loops.linearOps)].join(', ')} inside a loop`,
    );
  }
  if (usesSort) why.push('sorts the input');
  if (!why.length && loops.depth === 1) {
    why.push(
      binarySearch && rank === 1 ? 'halving search loop' : 'a single loop over the input',
    );
  }
  if (!why.length && recursion.length) {
    why.push('single recursive call per step');
  }
  notes.push({
    kind: 'info',
    text: `Estimated time complexity ${complexity}${
      why.length ? ` (${why.join('; ')})` : ''
    }; static estimate, actual cost depends on input sizes.`,
  });
  if (loops.depth >= 2 && rank >= 4) {
    notes.push({
      kind: 'negative',
      text: `Nested loops (depth ${loops.depth}) suggest O(n${
        loops.depth === 2 ? '²' : '³'
      }) if both iterate over the input; a hash map or sorting often removes a level.`,
    });
  } else if (loops.linearOps.length) {
    notes.push({
      kind: 'negative',
      text: `${
        [...new Set(loops.linearOps)].join(', ')
      } inside a loop scans the collection on every iteration (possible O(n²)); a Set/Map lookup is O(1).`,
    });
  }
  if (usesHash && rank <= 3) {
    notes.push({
      kind: 'positive',
      text: 'Uses a hash map/set for constant-time lookups.',
    });
  }
  for (const r of recursion) {
    if (!r.hasBaseCase) {
      notes.push({
        kind: 'negative',
        text:
          `Recursive function '${r.name}' has no obvious base case (no 'if … return' before the recursive call): risk of infinite recursion.`,
      });
    }
    if (r.selfCalls >= 2 && !r.memoized && !r.structural) {
      notes.push({
        kind: 'negative',
        text: `'${r.name}' branches into ${r.selfCalls} recursive calls without memoization: likely exponential time.`,
      });
    } else if (r.memoized) {
      notes.push({
        kind: 'positive',
        text: `'${r.name}' is recursive with memoization.`,
      });
    }
  }
  if (uniqueNames.length >= 3) {
    const ratio = meaningful / uniqueNames.length;
    if (ratio >= 0.85) {
      notes.push({
        kind: 'positive',
        text: 'Descriptive variable and function names.',
      });
    } else if (poor.length) {
      notes.push({
        kind: 'negative',
        text: `Unclear names: ${poor.slice(0, 4).join(', ')}; prefer names that say what the value holds.`,
      });
    }
  }
  if (codeLines >= 15 && comments.length === 0) {
    notes.push({
      kind: 'negative',
      text: `No comments in ${codeLines} lines of code; a short comment on the approach helps reviewers.`,
    });
  } else if (comments.length > 0 && codeLines >= 5) {
    notes.push({ kind: 'positive', text: 'Comments explain the approach.' });
  }
  if (earlyReturns > 0) {
    notes.push({
      kind: 'positive',
      text: `Guard clauses handle special cases up front (${earlyReturns}).`,
    });
  }
  if (
    lang === 'c-like' && /\bvar\s+[A-Za-z_$]/.test(stripped) &&
    /\b(?:function|=>)/.test(stripped)
  ) {
    notes.push({
      kind: 'negative',
      text: "Uses 'var'; prefer 'const'/'let' for block scoping.",
    });
  }
  if (
    magicNumbers.length >= 2 ||
    magicNumbers.some((v) => Math.abs(Number(v)) >= 100)
  ) {
    notes.push({
      kind: 'negative',
      text: `Magic numbers (${magicNumbers.join(', ')}); name them as constants.`,
    });
  }
  if (debugPrints > 0) {
    notes.push({
      kind: 'negative',
      text: `Leftover debug output (${debugPrints} console.log/print statement${debugPrints > 1 ? 's' : ''}).`,
    });
  }
  const longest = fns.reduce((a, f) => Math.max(a, f.lines), 0);
  if (longest > 60) {
    notes.push({
      kind: 'negative',
      text: `A function is ${longest} lines long; split it into smaller helpers.`,
    });
  }
  if (stub) {
    notes.push({
      kind: 'negative',
      text: 'The code is a stub or placeholder, not a solution.',
    });
  }

  // --- quality score ---
  let q = 0.7;
  if (uniqueNames.length) q += (meaningful / uniqueNames.length - 0.7) * 0.3;
  if (codeLines >= 8 && comments.length > 0) q += 0.08;
  if (codeLines >= 15 && comments.length === 0) q -= 0.05;
  if (earlyReturns > 0) q += 0.05;
  if (fns.length > 0) q += 0.05;
  if (
    magicNumbers.length >= 2 ||
    magicNumbers.some((v) => Math.abs(Number(v)) >= 100)
  ) q -= 0.08;
  if (debugPrints > 0) q -= 0.04;
  if (recursion.some((r) => !r.hasBaseCase)) q -= 0.2;
  if (longest > 60) q -= 0.08;
  if (lang === 'c-like' && /\bvar\s+\w/.test(stripped)) q -= 0.03;
  if (allLines.some((l) => l.length > 140)) q -= 0.03;
  const quality = stub ? 0.1 : clamp01(q);

  // --- concepts for key-point matching ---
  const concepts: string[] = [];
  if (usesHash) {
    concepts.push('(code) uses a hash map / set for constant time lookups');
  }
  if (usesSort) concepts.push('(code) sorts the input first');
  if (
    /while\s*\(?\s*(?:left|lo|l|i|start)\s*<=?\s*(?:right|hi|r|j|end)\b/.test(
      stripped,
    )
  ) {
    concepts.push('(code) uses two pointers moving towards each other');
  }
  if (binarySearch) {
    concepts.push('(code) uses binary search, halving the range each step');
  }
  if (
    /\bstack\b/i.test(stripped) && /\.(?:push|append)\(/.test(stripped) &&
    /\.pop\(\)/.test(stripped)
  ) {
    concepts.push('(code) uses a stack');
  }
  if (/\b(?:queue|deque)\b/i.test(stripped)) {
    concepts.push('(code) uses a queue');
  }
  if (recursion.length) {
    concepts.push(
      `(code) is recursive${recursion.some((r) => r.memoized) ? ' with memoization' : ''}`,
    );
  }
  if (loops.depth === 1 && !usesSort && !loops.linearOps.length) {
    concepts.push('(code) makes a single pass over the input');
  }
  if (edgeGuards) {
    concepts.push('(code) handles edge cases such as empty input');
  }
  if (returnsInLoop) {
    concepts.push('(code) returns early as soon as the result is found');
  }
  concepts.push(...codeConcepts(stripped));
  if (recursion.some((r) => r.structural)) concepts.push('(code) recursion on nested values');
  concepts.push(`(code) estimated time complexity ${complexity}`);

  return {
    language: lang,
    lines,
    codeLines,
    commentLines,
    maxLoopDepth: loops.depth,
    linearOpsInLoops: loops.linearOps,
    usesSort,
    usesHash,
    binarySearch,
    recursion,
    functions: fns.length,
    names: { total: uniqueNames.length, meaningful, poor },
    earlyReturns,
    edgeGuards,
    magicNumbers,
    debugPrints,
    stub,
    complexity,
    complexityRank: rank,
    concepts,
    comments,
    notes,
    quality,
  };
}

/** 0..1 efficiency of the estimated complexity vs the expected one, if known. */
export function efficiencyScore(
  rank: number,
  expectedRank: number | null,
): number {
  if (expectedRank !== null) {
    if (rank <= expectedRank) return 1;
    return Math.max(0.2, 1 - 0.3 * (rank - expectedRank));
  }
  return [1, 1, 1, 0.9, 0.6, 0.4, 0.3][rank] ?? 0.5;
}

export interface CorrectnessResult {
  score: number;
  verified: boolean;
  passed: number | null;
  total: number | null;
  rationale: string;
}

export function correctnessFrom(
  results: TestResults | null | undefined,
  report: CodeReport | null,
  estimateInputs: { coverage: number },
): CorrectnessResult {
  if (results && results.total > 0) {
    const passed = Math.max(0, Math.min(results.total, results.passed));
    return {
      score: passed / results.total,
      verified: true,
      passed,
      total: results.total,
      rationale: `passes ${passed}/${results.total} test cases`,
    };
  }
  if (!report) {
    return {
      score: 0,
      verified: false,
      passed: null,
      total: null,
      rationale: 'no code submitted',
    };
  }
  if (report.stub) {
    return {
      score: 0.05,
      verified: false,
      passed: null,
      total: null,
      rationale: 'code is a stub',
    };
  }
  const est = Math.min(
    0.6,
    0.3 + 0.2 * report.quality + 0.25 * estimateInputs.coverage,
  );
  return {
    score: est,
    verified: false,
    passed: null,
    total: null,
    rationale: 'tests were not run, so correctness is estimated from static signals (capped at 60)',
  };
}
