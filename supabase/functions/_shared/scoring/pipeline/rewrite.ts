// A stronger version of the candidate's own answer: their sentences, put in the order the question type calls
// for (STAR for stories; direct answer → key points → trade-off → summary for explanations; approach →
// complexity → tests for code), with the missed key points and missing parts as bracketed gaps to fill. It never
// invents facts: what the answer did not say is marked as a gap, not written for them.

import type { Evaluation, QuestionType, StarAnalysis } from '../types.ts';
import type { SentenceInfo } from '../text.ts';
import { lowerFirst, sentenceCase } from './format.ts';

const MAX_CHARS = 1400;

const clean = (s: string) => s.replace(/\s+/g, ' ').replace(/…$/, '').trim();
const gap = (what: string) => `[${what}]`;

// A stronger answer states what it knows: hedges go, a sentence that only says "not sure" goes entirely.
const HEDGE_SENTENCE = /\b(?:not (?:really |totally |entirely )?sure|no idea|i don'?t (?:really )?know)\b/i;
const HEDGES = /\b(?:i (?:think|guess|believe)(?: that)?|probably|maybe|kind of|sort of|or something(?: like that)?)\b,?\s*/gi;

function firm(sentence: string): string | undefined {
  const text = clean(sentence);
  if (!text || text.startsWith('(code)') || HEDGE_SENTENCE.test(text)) return undefined;
  return sentenceCase(text.replace(HEDGES, '').replace(/\s+([,.])/g, '$1'));
}

/** Adds the sentences of `text` not yet in `out`. */
function pushUnique(out: string[], text: string | undefined) {
  for (const piece of (text ?? '').split(/(?<=[.!?])\s+/)) {
    const s = firm(piece);
    if (s && !out.some((o) => o.toLowerCase().includes(s.toLowerCase().slice(0, 40)))) out.push(s);
  }
}

function starAnswer(star: StarAnalysis, sentences: SentenceInfo[], missed: string[]): string[] {
  const used = new Set<string>();
  const part = (label: string, found: StarAnalysis['situation'], missing: string, more: string[] = []) => {
    const own = found.found && found.evidence ? firm(found.evidence) : undefined;
    const fresh = own && !used.has(own) ? own : undefined;
    if (fresh) used.add(fresh);
    return `${label}: ${[fresh ?? gap(missing), ...more].join(' ')}`;
  };
  const situation = part('Situation', star.situation, 'where and when, in one sentence');
  const task = part('Task', star.task, 'what you were responsible for');
  const result = part('Result', star.result, 'the outcome, with a number if you have one, and what you learned');
  // The other things they did themselves belong to the actions.
  const evidence = new Set([star.situation, star.task, star.action, star.result].map((c) => c.evidence && firm(c.evidence)));
  const moreActions = sentences
    .map((s) => firm(s.text))
    .filter((t): t is string => !!t && /\bI\b/.test(t) && !evidence.has(t) && !used.has(t))
    .slice(0, 2);
  const action = part('Action', star.action, 'what you did yourself, step by step', moreActions);
  return [situation, task, action, result, ...missed.slice(0, 3).map((p) => gap(lowerFirst(p)))];
}

function explanation(type: QuestionType, evaluation: Evaluation, sentences: SentenceInfo[], codeComplexity?: string): string[] {
  const out: string[] = [];
  pushUnique(out, sentences[0]?.text);
  for (const kp of evaluation.key_points) {
    if (kp.covered && kp.evidence) pushUnique(out, kp.evidence);
    else if (!kp.covered) out.push(gap(lowerFirst(kp.point)));
  }
  if (type === 'coding') {
    if (codeComplexity && codeComplexity !== 'n/a' && !out.some((s) => /O\(/.test(s))) {
      out.push(`The solution runs in ${codeComplexity} time.`);
    }
    const { tests_passed: passed, tests_total: total } = evaluation.coding ?? {};
    if (total && passed !== null && passed !== undefined && passed < total) out.push(gap(`fix the ${total - passed} failing test cases`));
    if (!sentences.some((s) => /\bedge cases?|empty\b/i.test(s.text))) out.push(gap('the edge cases you handle, e.g. empty input'));
  } else {
    const tradeoff = sentences.find((s) => /\b(?:trade-?off|downside|however|at the cost of|but)\b/i.test(s.text));
    if (tradeoff) pushUnique(out, tradeoff.text);
    else out.push(gap('one trade-off or limitation of this approach'));
    const last = sentences.length > 2 ? sentences[sentences.length - 1] : undefined;
    if (last && /\b(?:overall|in short|so|that's why|in summary)\b/i.test(last.text)) pushUnique(out, last.text);
    else out.push(gap('a one-sentence summary'));
  }
  return out;
}

/** The answer rewritten stronger, or undefined for an answer that is not one (invalid, off topic). */
export function strongerAnswer(
  type: QuestionType,
  evaluation: Evaluation,
  sentences: SentenceInfo[],
): string | undefined {
  if (!evaluation.validity.valid || !sentences.length && type !== 'coding') return undefined;
  const missed = evaluation.key_points.filter((k) => !k.covered).map((k) => k.point);
  const parts = type === 'behavioral' && evaluation.star
    ? starAnswer(evaluation.star, sentences, missed)
    : explanation(type, evaluation, sentences, evaluation.coding?.complexity_estimate);
  let text = '';
  for (const p of parts) {
    const next = text ? `${text}${type === 'behavioral' ? '\n' : ' '}${p}` : p;
    if (next.length > MAX_CHARS) break;
    text = next;
  }
  return text || undefined;
}
