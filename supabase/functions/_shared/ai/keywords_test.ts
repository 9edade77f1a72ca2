import assert from 'node:assert/strict';
import { extractKeywords, SKILL_ALIASES } from './keywords.ts';

// What extractKeywords counted before it indexed the text's words: one global regular expression per
// alias over the whole lower-cased text. Kept here as the oracle the word index must agree with.
function regexKeywords(texts: { resume?: string; jobDescription?: string }, vocabulary: string[]) {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const WEAK = new Set(['ts', 'js', 'ci', 'cd', 'ml', 'node', 'rest', 'cloud', 'cache', 'distributed', 'led', 'conflict']);
  const resume = (texts.resume ?? '').toLowerCase();
  const jd = (texts.jobDescription ?? '').toLowerCase();
  if (!resume.trim() && !jd.trim()) return [];
  const count = (text: string, alias: string) =>
    text.match(new RegExp(`(?<![a-z0-9+#])${escape(alias.toLowerCase())}(?![a-z0-9+#])`, 'g'))?.length ?? 0;
  const out: { term: string; weight: number }[] = [];
  for (const term of new Set([...vocabulary, ...Object.keys(SKILL_ALIASES)])) {
    let strong = 0;
    let weak = 0;
    for (const alias of new Set([term.toLowerCase(), ...(SKILL_ALIASES[term] ?? [])])) {
      const n = count(resume, alias) + 2 * count(jd, alias);
      if (WEAK.has(alias)) weak += n;
      else strong += n;
    }
    if (strong > 0) out.push({ term, weight: strong + weak });
  }
  return out.sort((a, b) => b.weight - a.weight || a.term.localeCompare(b.term));
}

// Deterministic pseudo-random texts made of aliases, their pieces and glue that sits on word boundaries
// or breaks them (".", "/", "-", "+", "#", digits, non-ASCII letters), upper- and lower-case.
function randomText(seed: number, words: number, pieces: string[]): string {
  let x = seed;
  const next = (n: number) => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x % n;
  };
  const glue = [' ', ' ', ' ', '\n', '.', ',', '/', '-', '', '+', '#', '(', ')', '1', 'é', 'x'];
  let text = '';
  for (let i = 0; i < words; i++) {
    const piece = pieces[next(pieces.length)]!;
    text += (next(4) === 0 ? piece.toUpperCase() : piece) + glue[next(glue.length)]!;
  }
  return text;
}

const VOCABULARY = ['React', 'C++', 'C#', 'Go', 'Rust', 'Event Sourcing', 'Web Sockets', 'a a', 'node.js', '.NET'];

Deno.test('keywords: the word index counts exactly what one regex per alias counted', () => {
  const aliases = [...Object.keys(SKILL_ALIASES), ...Object.values(SKILL_ALIASES).flat(), ...VOCABULARY];
  const pieces = [...aliases, ...aliases.flatMap((a) => a.split(/[ ./-]/)), 'postgres', 'going', 'reactor', 'a', 'net'];
  for (let seed = 1; seed <= 60; seed++) {
    const texts = { resume: randomText(seed, 400, pieces), jobDescription: randomText(seed * 7919, 150, pieces) };
    assert.deepEqual(extractKeywords(texts, VOCABULARY), regexKeywords(texts, VOCABULARY), `seed ${seed}`);
  }
});

Deno.test('keywords: an alias is counted leftmost first without overlapping itself', () => {
  // "a a" occurs at 0 and (overlapping) at 2 of "a a a": a global regex counts it once.
  assert.deepEqual(extractKeywords({ resume: 'a a a and a a' }, ['a a']), [{ term: 'a a', weight: 2 }]);
  assert.deepEqual(extractKeywords({ resume: 'a a a and a a' }, ['a a']), regexKeywords({ resume: 'a a a and a a' }, ['a a']));
});

Deno.test('keywords: whole words around symbols and names that start with one', () => {
  const texts = { resume: 'C++ and c# daily, .NET since 2015, c++17, asp.net; node.js/nodejs', jobDescription: 'C++ or .net' };
  const out = extractKeywords(texts, ['C++', 'C#', '.NET', 'C']);
  assert.deepEqual(out, regexKeywords(texts, ['C++', 'C#', '.NET', 'C']));
  const weight = (term: string) => out.find((k) => k.term === term)?.weight;
  assert.equal(weight('C++'), 1 + 2); // not c++17
  assert.equal(weight('C#'), 1);
  assert.equal(weight('.NET'), 1 + 2); // not asp.net
  assert.equal(weight('C'), undefined);
});
