// Scanning code: language, comments and strings removed, loops and their nesting, functions and recursion,
// guard clauses, magic numbers, debug output, stubs. Facts only; judging them is left to the other parts.

import { isStructuralRecursion } from '../code_concepts.ts';
import type { Language, RecursiveFunction } from './types.ts';

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

export interface CodeFacts {
  lang: Language;
  /** The code without comments and string contents. */
  stripped: string;
  comments: string[];
  allLines: string[];
  lines: number;
  codeLines: number;
  commentLines: number;
  loops: ReturnType<typeof loopDepthCLike>;
  usesSort: boolean;
  usesHash: boolean;
  binarySearch: boolean;
  fns: FnDef[];
  recursion: RecursiveFunction[];
  earlyReturns: number;
  returnsInLoop: boolean;
  edgeGuards: boolean;
  magicNumbers: string[];
  debugPrints: number;
  stub: boolean;
  /** Lines of the longest function. */
  longest: number;
}

export function scanCode(code: string): CodeFacts {
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
  const longest = fns.reduce((a, f) => Math.max(a, f.lines), 0);
  return {
    lang,
    stripped,
    comments,
    allLines,
    lines,
    codeLines,
    commentLines,
    loops,
    usesSort,
    usesHash,
    binarySearch,
    fns,
    recursion,
    earlyReturns,
    returnsInLoop,
    edgeGuards,
    magicNumbers,
    debugPrints,
    stub,
    longest,
  };
}
