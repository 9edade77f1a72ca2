// What code does, said in words, so that a key point such as "strict
// equality fast path" or "stack empty at the end" is covered by code that
// implements it, whatever its names. Each entry reads the code's structure
// (statements and their order), not the words in it.

const CONCEPTS: Array<[RegExp, string]> = [
  [
    /\bif\s*\(\s*(\w+)\s*===?\s*(\w+)\s*\)\s*\{?\s*return\s+true\b/,
    '(code) strict equality fast path: returns true at once when both values are identical',
  ],
  [/\btypeof\s+\w+\s*!==?\s*['"]object['"]|\w+\s*===?\s*null\b/, '(code) null and typeof object checks'],
  [/\bArray\.isArray\s*\(/, '(code) checks Array.isArray for arrays'],
  [/\.length\s*!==?\s*\w+(?:\.\w+)*\.length/, '(code) compares the lengths first'],
  [/\bObject\.keys\s*\(|\bfor\s*\(\s*(?:const|let)\s+\w+\s+in\b|\.keys\(\)/, '(code) compares own keys regardless of order'],
  [/\bWeakMap\b|\bvisited\b|\bseen\s*=\s*new\s+(?:Set|Map)/, '(code) tracks visited values, handles cycles'],
  [
    /return\s+\w+\.length\s*===?\s*0|return\s+!\w+\.length|return\s+not\s+\w+|return\s+len\(\w+\)\s*==\s*0/,
    '(code) stack empty at the end',
  ],
  [/\.pop\(\)\s*!==?|!==?\s*\w+\.pop\(\)|=\s*\w+\.pop\(\)/, '(code) pop and compare on a closing bracket'],
  [/['"][)\]}]['"]\s*:\s*['"][([{]['"]|\[\s*['"][)\]}]['"]\s*,\s*['"][([{]['"]\s*\]/, '(code) map closing to opening bracket'],
  [
    /\b(\w+)\s*=\s*(?:Math\.max\s*\(\s*\1\s*,\s*)?\w+(?:\.get\(\w+\)|\[\w+\])\s*\+\s*1/,
    '(code) moves the left pointer past the duplicate; the left pointer never moves backwards',
  ],
  [/\.set\(\s*\w+\s*,\s*(?:right|end|i|j|index|idx)\s*\)|\[\w+\]\s*=\s*(?:right|end|i|j|index|idx)\s*;/, '(code) map of last seen index'],
  [
    /for\s*\(\s*let\s+(right|end|hi|j)\b[\s\S]*\b(left|start|lo|i)\b|for\s*\(\s*let\s+(?:right|end)\b/,
    '(code) sliding window with two pointers',
  ],
  [
    /\b(\w+)\s*\+\s*\(\s*\(?\s*(\w+)\s*-\s*\1\s*\)?\s*(?:>>\s*1|\/\s*2)|\w+\s*\+\s*Math\.floor\(\s*\(\s*\w+\s*-\s*\w+\s*\)\s*\/\s*2\s*\)/,
    '(code) mid computed without overflow',
  ],
  [/while\s*\(\s*\w+\s*<=\s*\w+\s*\)/, '(code) inclusive lo and hi bounds'],
  [
    /\b(?:lo|left|low)\s*=\s*\w+\s*\+\s*1[\s\S]*\b(?:hi|right|high)\s*=\s*\w+\s*-\s*1|\b(?:hi|right|high)\s*=\s*\w+\s*-\s*1[\s\S]*\b(?:lo|left|low)\s*=\s*\w+\s*\+\s*1/,
    '(code) discards half each iteration',
  ],
  [/return\s+-1\s*;?\s*\}?\s*$/, '(code) returns -1 when the range is empty'],
  [/\.length\s*!==?\s*\w+\.length\)\s*return\s+false|len\(\w+\)\s*!=\s*len\(\w+\)/, '(code) length check first'],
  [/\.set\(\s*\w+\s*,\s*\w+\s*-\s*1\s*\)|\[\w+\]\s*-=\s*1|\[\w+\]--|-=\s*1/, '(code) decrement counts for the second string'],
  [
    /\.set\(\s*\w+\s*,\s*\(?\s*\w+\.get\(\w+\)\s*(?:\?\?|\|\|)\s*0\s*\)?\s*\+\s*1\s*\)|\[\w+\]\s*=\s*\(\s*\w+\[\w+\]\s*\|\|\s*0\s*\)\s*\+\s*1|\[\w+\]\s*\+=\s*1/,
    '(code) character frequency count with a map',
  ],
];

/** Sentences describing what the code's structure does (comments and strings already stripped). */
export function codeConcepts(stripped: string): string[] {
  const out: string[] = [];
  for (const [re, sentence] of CONCEPTS) if (re.test(stripped)) out.push(sentence);
  // Library calls name what is used ("Array.isArray", "Object.keys", "heapq.heappush").
  const calls = [...new Set([...stripped.matchAll(/\b([A-Za-z_]\w*)\.([A-Za-z_]\w*)\s*\(/g)].map((m) => `${m[1]}.${m[2]}`))];
  if (calls.length) out.push(`(code) calls ${calls.slice(0, 12).join(', ')}`);
  return out;
}

/**
 * Recursion on parts of the input (a[key], node.left, item) visits each part once: linear in the input's size,
 * however many call sites there are. Only calls on reduced numbers (n - 1, i + 1, amount - coin) can branch
 * exponentially.
 */
export function isStructuralRecursion(body: string, name: string): boolean {
  const callRe = new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}\\s*\\(([^()]*(?:\\([^()]*\\)[^()]*)*)\\)`, 'g');
  const args = [...body.matchAll(callRe)].map((m) => (m[1] ?? '').replace(/\[[^\]]*\]/g, '[]'));
  return args.length > 0 && args.every((a) => !/[\w)\]]\s*[-+]\s*[\w(]/.test(a) && !/\bslice\b|\bsubstring\b|\[\s*1\s*:/.test(a));
}
