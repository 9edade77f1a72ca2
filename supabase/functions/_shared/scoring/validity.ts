// Validity gate: decides whether an answer is worth scoring at all.
// Checks, in order: empty, too short, gibberish, copied question, off topic.

import type { QuestionType, ValidityReason } from './types.ts';
import { COMMON_WORDS, isGeneric, isKnownVocabulary, porterStem, STOPWORDS, type TextAnalysis } from './text.ts';

export interface ValidityVerdict {
  valid: boolean;
  reason?: ValidityReason;
  /** Human explanation, phrased to follow "because ..." */
  message: string;
  /** Score assigned to an invalid answer (always <= 15). */
  score: number;
}

export interface ValidityInput {
  type: QuestionType;
  /** Analysis of the answer's prose (transcript for speech answers). */
  analysis: TextAnalysis;
  /** Code submitted with the answer (coding questions), may be empty. */
  code: string;
  questionTerms: Set<string>;
  /** Terms of the question, expected answer, key points and criteria. */
  topicTerms: Set<string>;
}

/** Minimum number of real (non-filler) words before an answer is scorable. */
export const MIN_WORDS: Record<QuestionType, number> = {
  technical: 5,
  coding: 5,
  behavioral: 10,
  system_design: 10,
};

const FILLER_TOKENS = new Set([
  'um',
  'umm',
  'uh',
  'uhh',
  'er',
  'erm',
  'ah',
  'hmm',
  'mm',
  'like',
  'so',
  'yeah',
  'okay',
  'ok',
  'well',
]);

const TECH_NO_VOWEL = new Set(
  `http https html css sql xml dns tcp cdn jwt npm cpp grpc ssh ssl tls vps ddl dml crm sdk rpc mvc mvvm src std str fn cb
  rps qps tps kpi pm db dbs lb mq ci cd pr prs k8s gc os ms sms mb gb tb kb rdbms dbms bfs dfs bst lru ttl acl csv pdf rbac
  ddd tdd bdd sre sla slo crud crdt wsgi cjs nlp vm vms js ts px rtt rcs nth ptr`
    .split(/\s+/).filter(Boolean),
);

const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm', '1234567890'];

function isKeyboardRun(tok: string): boolean {
  if (tok.length < 4) return false;
  for (const row of KEYBOARD_ROWS) {
    const rev = [...row].reverse().join('');
    for (let i = 0; i + 4 <= tok.length; i++) {
      const sub = tok.slice(i, i + 4);
      if (row.includes(sub) || rev.includes(sub)) return true;
    }
  }
  return false;
}

function maxConsonantRun(tok: string): number {
  let best = 0;
  let cur = 0;
  for (const ch of tok) {
    if (/[bcdfghjklmnpqrstvwxz]/.test(ch)) {
      cur++;
      if (cur > best) best = cur;
    } else cur = 0;
  }
  return best;
}

interface GibberishResult {
  gibberish: boolean;
  detail: string;
}

/** Word-level "is this language?" heuristics. Exported for tests. */
export function detectGibberish(
  raw: string,
  topicTerms: Set<string>,
): GibberishResult {
  const nonSpace = raw.replace(/\s+/g, '');
  const letters = (raw.match(/[A-Za-z]/g) ?? []).length;
  if (
    nonSpace.length > 0 && letters / nonSpace.length < 0.35 &&
    !/\d/.test(nonSpace)
  ) {
    return {
      gibberish: true,
      detail: 'it is mostly symbols rather than words',
    };
  }
  const tokens = raw.toLowerCase().replace(/['’]/g, '').match(/[a-z0-9]+/g) ??
    [];
  const n = tokens.length;
  if (n === 0) return { gibberish: true, detail: 'it contains no words' };

  let bad = 0;
  let known = 0;
  let stop = 0;
  let repeated = 0;
  let keyboard = 0;
  for (const tok of tokens) {
    const stem = porterStem(tok);
    const isKnown = /^\d+$/.test(tok) ||
      STOPWORDS.has(tok) ||
      COMMON_WORDS.has(tok) ||
      COMMON_WORDS.has(stem) ||
      TECH_NO_VOWEL.has(tok) ||
      isKnownVocabulary(stem) ||
      topicTerms.has(stem);
    if (STOPWORDS.has(tok)) stop++;
    if (isKnown) {
      known++;
      continue;
    }
    const rep = /(.)\1{3,}/.test(tok);
    const kb = isKeyboardRun(tok);
    const noVowel = tok.length >= 4 && !/[aeiouy]/.test(tok);
    const cons = maxConsonantRun(tok) >= 5;
    const huge = tok.length > 25;
    if (rep) repeated++;
    if (kb) keyboard++;
    if (rep || kb || noVowel || cons || huge) bad++;
  }
  const unique = new Set(tokens).size;
  if (bad / n >= 0.4) {
    const detail = repeated >= keyboard && repeated > 0
      ? 'it is made of repeated characters rather than words'
      : keyboard > 0
      ? 'it looks like keyboard mashing rather than words'
      : 'most of its tokens are not real words';
    return { gibberish: true, detail };
  }
  if (n >= 4 && known / n < 0.3 && stop / n < 0.1) {
    return {
      gibberish: true,
      detail: 'almost none of its tokens are real English or technical words',
    };
  }
  if (n >= 6 && unique / n <= 0.25) {
    return {
      gibberish: true,
      detail: 'it repeats the same few words over and over',
    };
  }
  // Any real sentence of eight or more words has a function word ("the", "is", "to"); a run without one that
  // also repeats itself is a word salad, not an answer.
  if (n >= 8 && stop === 0 && unique / n <= 0.7) {
    return {
      gibberish: true,
      detail: 'it is a list of repeated keywords, not sentences',
    };
  }
  return { gibberish: false, detail: '' };
}

/** True when the code string looks like source code (not prose or mash). */
export function looksLikeCode(code: string): boolean {
  const lines = code.split('\n').filter((l) => l.trim()).length;
  if (code.trim().length < 12) return false;
  const signals = [
    /[{}();]/.test(code),
    /\b(function|def|return|const|let|var|class|for|while|if|public|int|import)\b/
      .test(code),
    /[=<>+\-*/]/.test(code),
  ].filter(Boolean).length;
  return signals >= 2 && (lines >= 2 || code.length >= 30);
}

function contentWords(analysis: TextAnalysis): number {
  const toks = analysis.raw.toLowerCase().replace(/['’]/g, '').match(/[a-z0-9]+/g) ?? [];
  return toks.filter((t) => !FILLER_TOKENS.has(t)).length;
}

export function checkValidity(input: ValidityInput): ValidityVerdict {
  const { analysis, code, type } = input;
  const text = analysis.raw.trim();
  const hasCode = code.trim().length > 0;

  if (!text && !hasCode) {
    return {
      valid: false,
      reason: 'empty',
      message: 'the answer is empty: nothing was submitted',
      score: 0,
    };
  }

  // Coding answers are judged on their code when there is any.
  if (type === 'coding' && hasCode) {
    if (!looksLikeCode(code)) {
      const g = detectGibberish(code, input.topicTerms);
      if (g.gibberish || code.trim().split(/\s+/).length < 3) {
        return {
          valid: false,
          reason: g.gibberish ? 'gibberish' : 'too_short',
          message: g.gibberish
            ? `the submitted code is not source code: ${g.detail}`
            : 'the submitted code is too short to solve the problem',
          score: 0,
        };
      }
    }
    return { valid: true, message: '', score: 0 };
  }

  const words = contentWords(analysis);
  const min = MIN_WORDS[type];
  const g = detectGibberish(text, input.topicTerms);
  if (g.gibberish) {
    return {
      valid: false,
      reason: 'gibberish',
      message: `it is not a real answer: ${g.detail}`,
      score: 0,
    };
  }
  if (words < min) {
    const topical = [...analysis.terms].filter((t) => input.topicTerms.has(t) && !isGeneric(t)).length;
    return {
      valid: false,
      reason: 'too_short',
      message: `it is only ${words} word${words === 1 ? '' : 's'} long, too short to demonstrate anything (at least ${min} needed)`,
      score: Math.min(5, topical * 2),
    };
  }

  const aTerms = [...analysis.terms].filter((t) => !isGeneric(t) && !/^\d+$/.test(t));
  const qTerms = [...input.questionTerms].filter((t) => !isGeneric(t));
  const shared = aTerms.filter((t) => input.questionTerms.has(t));
  const novel = aTerms.filter((t) => !input.questionTerms.has(t));
  if (
    aTerms.length > 0 &&
    shared.length >= Math.max(1, Math.min(2, qTerms.length)) &&
    (novel.length <= 2 ||
      (novel.length <= 4 && novel.length / aTerms.length <= 0.2))
  ) {
    const pct = Math.round((shared.length / aTerms.length) * 100);
    return {
      valid: false,
      reason: 'copied_question',
      message: `it only restates the question (${pct}% of its content words come from the question) and adds no answer of its own`,
      score: 5,
    };
  }

  // Whether the answer is about the question is judged by the relevance stage (relevance/), by meaning.
  return { valid: true, message: '', score: 0 };
}
