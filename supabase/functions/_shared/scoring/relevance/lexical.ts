// Lexical relevance: canonical terms (stems + synonym groups) shared by the
// answer and the question's profile, each weighted by its rarity across the
// question bank (IDF), with a character-trigram fallback for spelling
// variants the stemmer does not unify ("memoisation"/"memoization").

import { compoundTerms, isGeneric, termsOf } from '../text.ts';
import { DF_TABLE, IDF_DOCS } from './idf_table.ts';
import { relatedTerms } from './concepts.ts';

const DF = new Map<string, number>();
for (const entry of DF_TABLE.split(' ')) {
  const i = entry.lastIndexOf(':');
  if (i > 0) DF.set(entry.slice(0, i), Number(entry.slice(i + 1)));
}

/** Inverse document frequency of a canonical term; unseen terms count as rare. */
export function idf(term: string): number {
  const df = DF.get(term) ?? 1;
  return Math.log((IDF_DOCS + 1) / (df + 0.5));
}

const MAX_IDF = idf('\u0000');

const trigramCache = new Map<string, Set<string>>();

function trigrams(s: string): Set<string> {
  const cached = trigramCache.get(s);
  if (cached) return cached;
  const out = new Set<string>();
  if (trigramCache.size > 20000) trigramCache.clear();
  trigramCache.set(s, out);
  const p = `_${s}_`;
  for (let i = 0; i + 3 <= p.length; i++) out.add(p.slice(i, i + 3));
  return out;
}

/** Dice coefficient of character trigrams. */
export function trigramSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const ta = trigrams(a);
  const tb = trigrams(b);
  let common = 0;
  for (const t of ta) if (tb.has(t)) common++;
  return (2 * common) / (ta.size + tb.size);
}

export interface Profile {
  /** term -> weight (IDF × source factor). */
  weights: Map<string, number>;
  /** Terms of the question text itself. */
  questionTerms: Set<string>;
}

const SOURCE_FACTOR = { question: 1, keyPoints: 0.85, expected: 0.6, role: 0.4, concept: 0.5 } as const;

function salient(text: string): string[] {
  const out: string[] = [];
  for (const t of termsOf(text.replace(/\btim(?:e|es|ed|ing) out\b/gi, 'timeout'))) {
    if (isGeneric(t) || /^\d+$/.test(t) || t.length < 2) continue;
    // The stemmer keeps superlatives: "slowest" is about "slow".
    out.push(t.length >= 7 && t.endsWith('est') && !t.endsWith('rest') ? t.slice(0, -3) : t);
  }
  return out;
}

export function buildProfile(
  parts: { question: string; keyPoints?: string[] | null; expected?: string | null; role?: string | null },
): Profile {
  const weights = new Map<string, number>();
  const add = (terms: string[], factor: number) => {
    for (const t of terms) {
      const w = idf(t) * factor;
      if (w > (weights.get(t) ?? 0)) weights.set(t, w);
    }
  };
  const q = salient(parts.question);
  add(q, SOURCE_FACTOR.question);
  // Words of the same concept as a question word ("performance" -> latency, cache, timeout).
  add(q.flatMap(relatedTerms), SOURCE_FACTOR.concept);
  add(salient((parts.keyPoints ?? []).join('. ')), SOURCE_FACTOR.keyPoints);
  add(salient(parts.expected ?? ''), SOURCE_FACTOR.expected);
  if (parts.role) add(salient(parts.role), SOURCE_FACTOR.role);
  return { weights, questionTerms: new Set(q) };
}

export interface LexicalMatch {
  /** 0..1 */
  score: number;
  /** Matched profile terms, heaviest first. */
  shared: string[];
  /** Weighted share of the question text's own terms that the answer uses. */
  questionRecall: number;
  /** Share of the answer's specific (IDF-weighted) vocabulary that belongs to the profile. */
  precision: number;
}

/** Term of `answer` that spells `term` differently (trigram Dice >= 0.72), if any. */
function fuzzyHit(term: string, answer: Set<string>): boolean {
  if (term.length < 6) return false;
  for (const a of answer) {
    if (a.length >= 5 && a[0] === term[0] && Math.abs(a.length - term.length) <= 3 && trigramSimilarity(a, term) >= 0.72) {
      return true;
    }
  }
  return false;
}

/** A profile's terms, heaviest first (a profile is remembered per question, so this is sorted once). */
const byWeight = new WeakMap<Profile, Array<[string, number]>>();
function heaviestFirst(profile: Profile): Array<[string, number]> {
  let entries = byWeight.get(profile);
  if (!entries) {
    entries = [...profile.weights.entries()].sort((a, b) => b[1] - a[1]);
    byWeight.set(profile, entries);
  }
  return entries;
}

export function lexicalMatch(profile: Profile, answerText: string): LexicalMatch {
  const plain = new Set(salient(answerText));
  const answerTerms = new Set(plain);
  // Compound words written apart or hyphenated ("time-boxed", "time boxed") match the joined form.
  for (const t of compoundTerms(answerText)) answerTerms.add(t);
  const entries = heaviestFirst(profile);
  const matched: Array<[string, number]> = [];
  for (const [t, w] of entries) {
    if (answerTerms.has(t) || fuzzyHit(t, answerTerms)) matched.push([t, w]);
  }
  const hit = matched.reduce((a, [, w]) => a + w, 0);
  // Full relevance needs about four of the profile's most specific terms, not all of them.
  const top = entries.slice(0, 4).reduce((a, [, w]) => a + w, 0) || MAX_IDF;
  const qEntries = entries.filter(([t]) => profile.questionTerms.has(t));
  const qTotal = qEntries.reduce((a, [t]) => a + idf(t), 0);
  const qHit = qEntries.filter(([t]) => matched.some(([m]) => m === t)).reduce((a, [t]) => a + idf(t), 0);
  let answerMass = 0;
  let inProfile = 0;
  for (const t of plain) {
    const w = idf(t);
    answerMass += w;
    if (profile.weights.has(t)) inProfile += w;
  }
  return {
    score: Math.min(1, hit / top),
    shared: matched.map(([t]) => t),
    questionRecall: qTotal ? qHit / qTotal : 0,
    precision: answerMass ? inProfile / answerMass : 0,
  };
}
