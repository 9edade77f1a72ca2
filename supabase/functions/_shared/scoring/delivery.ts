// Delivery signals for spoken answers: filler words, pace (words per minute)
// and answer length vs the question's time limit.

import type { DeliveryAnalysis, Pace } from './types.ts';
import { clamp01, round1 } from './text.ts';

export const PACE_BAND = { min: 120, max: 160 } as const;

interface Word {
  w: string;
  /** Punctuation directly after the word (",", ".", "?" ...), or "". */
  after: string;
  /** Punctuation directly before the word, or "" (sentence start counts as "."). */
  before: string;
}

function words(text: string): Word[] {
  const out: Word[] = [];
  const re = /([A-Za-z0-9]+(?:['’][A-Za-z]+)*)([^A-Za-z0-9\s]*)/g;
  let m: RegExpExecArray | null;
  let prevAfter = '.';
  while ((m = re.exec(text))) {
    const after = m[2] ?? '';
    out.push({
      w: m[1]!.toLowerCase().replace(/’/g, "'"),
      after,
      before: prevAfter,
    });
    prevAfter = after;
  }
  return out;
}

const SIMPLE_FILLERS: Record<string, string> = {
  um: 'um',
  umm: 'um',
  ummm: 'um',
  erm: 'um',
  uh: 'uh',
  uhh: 'uh',
  uhm: 'uh',
  er: 'uh',
  ah: 'uh',
  hmm: 'hmm',
  hm: 'hmm',
  mm: 'hmm',
  basically: 'basically',
  actually: 'actually',
  literally: 'literally',
};

const LIKE_PREV = new Set([
  'um',
  'uh',
  'and',
  'so',
  'but',
  'was',
  'were',
  'like',
  "i'm",
  'im',
  "it's",
  'its',
]);
const LIKE_NEXT_NOT = new Set([
  'to',
  'a',
  'an',
  'the',
  'this',
  'that',
  'it',
  'them',
  'him',
  'her',
  'me',
  'these',
  'those',
  'how',
  'what',
  'when',
  'if',
]);
const KIND_PREV_NOT = new Set([
  'what',
  'which',
  'this',
  'that',
  'the',
  'a',
  'any',
  'some',
  'every',
  'these',
  'those',
  'same',
  'different',
  'one',
  'other',
  'another',
  'right',
  'all',
  'those',
  'each',
]);
const YOU_KNOW_NEXT_NOT = new Set([
  'that',
  'how',
  'what',
  'why',
  'where',
  'when',
  'the',
  'about',
  'it',
  'this',
  'him',
  'her',
  'them',
  'your',
  'which',
  'whether',
  'if',
]);

const isPunct = (s: string) => /[,.;:!?—–-]/.test(s);

/**
 * Counts filler words. "like", "you know", "sort of", "kind of" and "I mean"
 * are context sensitive: "I like Go", "what kind of index", "you know how X
 * works" are not counted. Heuristics are documented in docs/scoring.md.
 */
export function countFillers(
  text: string,
): { total: number; byFiller: Record<string, number> } {
  const ws = words(text);
  const by: Record<string, number> = {};
  const add = (k: string) => (by[k] = (by[k] ?? 0) + 1);
  for (let i = 0; i < ws.length; i++) {
    const cur = ws[i]!;
    const prev = ws[i - 1];
    const next = ws[i + 1];
    const simple = SIMPLE_FILLERS[cur.w];
    if (simple) {
      add(simple);
      continue;
    }
    if (cur.w === 'like') {
      // Filler when followed by a comma ("like, we ..."), or after a pause /
      // a discourse word ("so like we", "was like no") and not introducing a
      // comparison ("like a queue", "like that").
      const commaAfter = cur.after.includes(',');
      const afterPause = isPunct(cur.before);
      const fillerPrev = prev !== undefined && LIKE_PREV.has(prev.w);
      const nextAllowed = next === undefined || !LIKE_NEXT_NOT.has(next.w);
      if (commaAfter || ((afterPause || fillerPrev) && nextAllowed)) {
        add('like');
      }
      continue;
    }
    if (cur.w === 'you' && next?.w === 'know' && !isPunct(cur.after)) {
      const after = ws[i + 2];
      if (
        isPunct(next.after) || after === undefined ||
        !YOU_KNOW_NEXT_NOT.has(after.w)
      ) {
        add('you know');
        i++;
      }
      continue;
    }
    if (
      (cur.w === 'sort' || cur.w === 'kind') && next?.w === 'of' &&
      !isPunct(cur.after)
    ) {
      if (!(prev && KIND_PREV_NOT.has(prev.w) && !isPunct(prev.after))) {
        add(cur.w === 'sort' ? 'sort of' : 'kind of');
        i++;
      }
      continue;
    }
    if (
      cur.w === 'i' && next?.w === 'mean' &&
      (isPunct(next.after) || isPunct(cur.before))
    ) {
      add('i mean');
      i++;
      continue;
    }
  }
  const total = Object.values(by).reduce((a, b) => a + b, 0);
  const byFiller: Record<string, number> = {};
  for (const k of Object.keys(by).sort()) byFiller[k] = by[k]!;
  return { total, byFiller };
}

export function paceOf(wpm: number | null): Pace {
  if (wpm === null) return 'unknown';
  if (wpm < PACE_BAND.min) return 'slow';
  if (wpm > PACE_BAND.max) return 'fast';
  return 'good';
}

export interface DeliveryResult {
  analysis: DeliveryAnalysis;
  /** 0..1 delivery quality. */
  score: number;
  paceScore: number;
  fillerScore: number;
  timeScore: number;
}

export function analyzeDelivery(
  transcript: string,
  durationSeconds: number | null | undefined,
  timeLimitSeconds: number | null | undefined,
  minWords: number,
): DeliveryResult {
  const wordCount = words(transcript).length;
  const fillers = countFillers(transcript);
  const duration = durationSeconds && durationSeconds > 0 ? durationSeconds : null;
  const minutes = duration && wordCount > 0 ? duration / 60 : null;
  const wpm = minutes ? Math.round(wordCount / minutes) : null;
  const fpm = minutes ? round1(fillers.total / minutes) : null;
  const pace = paceOf(wpm);

  let paceScore = 0.8; // unknown pace: neutral-ish
  if (wpm !== null) {
    if (pace === 'good') paceScore = 1;
    else if (pace === 'slow') {
      paceScore = Math.max(0.3, 1 - (PACE_BAND.min - wpm) / 80);
    } else paceScore = Math.max(0.3, 1 - (wpm - PACE_BAND.max) / 80);
  }
  let fillerScore: number;
  if (fpm !== null) {
    fillerScore = fpm <= 2 ? 1 : Math.max(0.2, 1 - (fpm - 2) / 10);
  } else {
    const ratio = wordCount ? fillers.total / wordCount : 0;
    fillerScore = ratio <= 0.02 ? 1 : Math.max(0.2, 1 - (ratio - 0.02) / 0.1);
  }

  let timeUsage: DeliveryAnalysis['time_usage'];
  let timeScore = 1;
  if (timeLimitSeconds && timeLimitSeconds > 0 && duration) {
    if (duration > timeLimitSeconds * 1.1) {
      timeUsage = 'over_time';
      timeScore = Math.max(0.3, 1 - (duration / timeLimitSeconds - 1.1) * 2);
    } else if (duration < timeLimitSeconds * 0.2 && wordCount < minWords) {
      timeUsage = 'too_short';
      timeScore = 0.6;
    } else timeUsage = 'ok';
  }

  const score = clamp01(
    0.45 * paceScore + 0.4 * fillerScore + 0.15 * timeScore,
  );
  const analysis: DeliveryAnalysis = {
    words: wordCount,
    wpm,
    filler_count: fillers.total,
    fillers_per_minute: fpm,
    pace,
    fillers: fillers.byFiller,
    duration_seconds: duration,
  };
  if (timeUsage) analysis.time_usage = timeUsage;
  return { analysis, score, paceScore, fillerScore, timeScore };
}
