// A relevance judge on sentence embeddings: the hosted Edge Runtime's built-in
// gte-small session (`new Supabase.ai.Session('gte-small')`). The cosine
// similarity of the answer to the question (alone, and with its key points and
// expected answer) decides clear cases; in the band between the two thresholds
// the local judge decides, so an embedding never turns a story of the wrong
// kind ("why this company?" answered with an incident) into an on-topic one
// unless it is clearly about the question.

import { judgeRelevanceLocally } from './local.ts';
import type { RelevanceInput, RelevanceJudge, RelevanceVerdict } from './types.ts';

/** What the Edge Runtime's `Supabase.ai.Session` offers (and a test fake implements). */
export interface EmbeddingSession {
  run(input: string, options: { mean_pool: boolean; normalize: boolean }): Promise<unknown>;
}

export interface EmbeddingThresholds {
  /** At or above: on topic whatever the local judge says. */
  onTopic: number;
  /** Below: off topic whatever the local judge says. */
  offTopic: number;
}

// gte-small's cosine similarities are compressed into a high band (unrelated English sentences rarely fall far
// below 0.7). Starting values: calibrate them on the hosted runtime with the meaning set before relying on them.
export const GTE_SMALL_THRESHOLDS: EmbeddingThresholds = { onTopic: 0.86, offTopic: 0.72 };

/** gte-small reads at most 512 tokens; longer input only costs time. */
const MAX_CHARS = 2000;
const CACHE_LIMIT = 500;

export function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (!a.length || a.length !== b.length) return 0;
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

function asVector(output: unknown): number[] {
  if (Array.isArray(output) && output.every((x) => typeof x === 'number')) return output;
  if (ArrayBuffer.isView(output) && !(output instanceof DataView)) return Array.from(output as unknown as ArrayLike<number>);
  throw new Error('embedding session returned no vector');
}

function questionTexts(q: RelevanceInput['question']): string[] {
  const rubric = [q.text, ...(q.key_points ?? []), q.expected_answer ?? ''].filter(Boolean).join('\n');
  return rubric === q.text ? [q.text] : [q.text, rubric];
}

export function embeddingJudge(
  session: EmbeddingSession,
  options: { model?: string; thresholds?: EmbeddingThresholds } = {},
): RelevanceJudge {
  const model = options.model ?? 'gte-small';
  const thresholds = options.thresholds ?? GTE_SMALL_THRESHOLDS;
  const method = `embedding:${model}`;
  // Question texts repeat across answers: their vectors are kept (bounded, oldest dropped first).
  const cache = new Map<string, Promise<number[]>>();
  const embed = (text: string, cached: boolean): Promise<number[]> => {
    const input = text.slice(0, MAX_CHARS);
    if (!cached) return session.run(input, { mean_pool: true, normalize: true }).then(asVector);
    let hit = cache.get(input);
    if (!hit) {
      hit = session.run(input, { mean_pool: true, normalize: true }).then(asVector);
      hit.catch(() => cache.delete(input));
      cache.set(input, hit);
      if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
    }
    return hit;
  };

  return {
    method,
    async judge(input: RelevanceInput): Promise<RelevanceVerdict> {
      const local = judgeRelevanceLocally(input);
      // A follow-up's words refer to the previous answer, not to what the question is about.
      if (local.intent === 'follow_up') return local;
      const answer = `${input.text}\n${input.code ?? ''}`.trim();
      if (!answer) return local;
      let similarity: number;
      try {
        const [answerVector, ...questionVectors] = await Promise.all([
          embed(answer, false),
          ...questionTexts(input.question).map((t) => embed(t, true)),
        ]);
        similarity = Math.max(...questionVectors.map((v) => cosine(answerVector, v)));
      } catch {
        return local; // the session failed (model not loaded, input rejected): the local judge's verdict stands
      }
      const band = thresholds.onTopic - thresholds.offTopic;
      const embedded = Math.min(1, Math.max(0, (similarity - thresholds.offTopic) / band));
      const onTopic = similarity >= thresholds.onTopic ? true : similarity < thresholds.offTopic ? false : local.onTopic;
      const verdict: RelevanceVerdict = {
        score: 0.5 * embedded + 0.5 * local.score,
        onTopic,
        intent: local.intent,
        method,
        shared: local.shared,
        similarity,
      };
      if (!onTopic) {
        verdict.reason = local.reason ??
          'it does not address the question: its meaning is far from what the question asks about';
      }
      return verdict;
    },
  };
}
