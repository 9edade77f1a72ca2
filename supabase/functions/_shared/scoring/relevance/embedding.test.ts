// The embedding judge and its selection, with a fake of the Edge Runtime's Supabase.ai.Session.
import assert from 'node:assert/strict';
import { scoreAnswer } from '../../ai/scoring.ts';
import { loadAiConfig } from '../../ai/config.ts';
import { evaluateAnswer } from '../index.ts';
import { relevanceInputOf } from '../pipeline/relevance.ts';
import type { ScoringQuestion } from '../types.ts';
import { cosine, embeddingJudge, type EmbeddingSession, GTE_SMALL_THRESHOLDS } from './embedding.ts';
import { judgeRelevanceLocally } from './local.ts';
import { selectRelevanceJudge } from './select.ts';

/** A unit vector at `similarity` to the first axis: cosine with [1, 0] is exactly `similarity`. */
const at = (similarity: number) => [similarity, Math.sqrt(1 - similarity * similarity)];

/** Answers every text with the vector its first matching rule gives; records what it was asked. */
class FakeSession implements EmbeddingSession {
  static made: string[] = [];
  calls: { input: string; options: { mean_pool: boolean; normalize: boolean } }[] = [];
  constructor(readonly model: string, private rules: [RegExp, number[] | Error][] = []) {
    FakeSession.made.push(model);
  }
  run(input: string, options: { mean_pool: boolean; normalize: boolean }): Promise<unknown> {
    this.calls.push({ input, options });
    for (const [pattern, out] of this.rules) {
      if (pattern.test(input)) return out instanceof Error ? Promise.reject(out) : Promise.resolve(Float32Array.from(out));
    }
    return Promise.resolve([1, 0]); // the question itself
  }
}

const react: ScoringQuestion = {
  text: 'Explain how React decides when to re-render a component, and how you would avoid unnecessary re-renders.',
  type: 'technical',
  difficulty: 'medium',
};
const pizza = 'Last weekend I made 3 pizzas from scratch with 72 hours of cold fermentation, then we watched the Formula 1 race in Monza.';
const onTopic =
  'A component re-renders when its state or props change or its parent re-renders; React.memo, useMemo and useCallback with stable props avoid unnecessary renders.';
const text = (t: string) => ({ mode: 'text' as const, text: t });

Deno.test('cosine similarity of normalised and raw vectors', () => {
  assert.equal(cosine([1, 0], [1, 0]), 1);
  assert.equal(cosine([1, 0], [0, 1]), 0);
  assert.ok(Math.abs(cosine([2, 0], at(0.8)) - 0.8) < 1e-9);
  assert.equal(cosine([1, 0], [1, 0, 0]), 0);
});

Deno.test('embedding judge: a clearly distant answer is off topic, a clearly close one on topic, whatever the local judge says', async () => {
  const session = new FakeSession('gte-small', [[/pizza/, at(0.6)], [/memo/, at(0.95)]]);
  const judge = embeddingJudge(session);
  assert.equal(judge.method, 'embedding:gte-small');

  const off = await judge.judge(relevanceInputOf(react, text(pizza)));
  assert.equal(off.onTopic, false);
  assert.equal(off.method, 'embedding:gte-small');
  assert.ok(off.reason && /does not address the question/.test(off.reason));
  assert.ok(Math.abs((off.similarity ?? 0) - 0.6) < 1e-6);

  const on = await judge.judge(relevanceInputOf(react, text(onTopic)));
  assert.equal(on.onTopic, true);
  assert.ok(on.score > off.score);
  // Every call asks for one pooled, normalised sentence vector.
  assert.ok(session.calls.every((c) => c.options.mean_pool && c.options.normalize));
});

Deno.test('embedding judge: between the thresholds the local judge decides', async () => {
  const mid = (GTE_SMALL_THRESHOLDS.onTopic + GTE_SMALL_THRESHOLDS.offTopic) / 2;
  const judge = embeddingJudge(new FakeSession('gte-small', [[/pizza|memo/, at(mid)]]));
  const pizzaVerdict = await judge.judge(relevanceInputOf(react, text(pizza)));
  assert.equal(pizzaVerdict.onTopic, judgeRelevanceLocally(relevanceInputOf(react, text(pizza))).onTopic);
  assert.equal(pizzaVerdict.onTopic, false);
  assert.equal((await judge.judge(relevanceInputOf(react, text(onTopic)))).onTopic, true);
});

Deno.test('embedding judge: the question vectors are embedded once, the answer every time', async () => {
  const session = new FakeSession('gte-small', [[/memo/, at(0.95)]]);
  const judge = embeddingJudge(session);
  const q = { ...react, key_points: ['state or props change', 'React.memo'] };
  await judge.judge(relevanceInputOf(q, text(onTopic)));
  const first = session.calls.length;
  assert.equal(first, 3); // answer, question, question with its key points
  await judge.judge(relevanceInputOf(q, text(onTopic + ' Also keys.')));
  assert.equal(session.calls.length, first + 1);
});

Deno.test('embedding judge: a failing session leaves the local verdict; a follow-up is judged locally', async () => {
  const judge = embeddingJudge(new FakeSession('gte-small', [[/./, new Error('model not loaded')]]));
  const verdict = await judge.judge(relevanceInputOf(react, text(onTopic)));
  assert.equal(verdict.method, 'local');
  assert.equal(verdict.onTopic, true);

  const session = new FakeSession('gte-small', [[/./, at(0.1)]]);
  const followUp = await embeddingJudge(session).judge(
    relevanceInputOf({ text: 'How did it turn out?', type: 'behavioral', difficulty: 'medium' }, text('We shipped two weeks later.')),
  );
  assert.equal(followUp.onTopic, true);
  assert.equal(session.calls.length, 0);
});

Deno.test('selection: gte-small when the runtime has Supabase.ai.Session, one session per runtime; local otherwise', () => {
  assert.equal(selectRelevanceJudge({}).method, 'local');
  assert.equal(selectRelevanceJudge({ Supabase: {} }).method, 'local');

  FakeSession.made = [];
  const runtime = { Supabase: { ai: { Session: FakeSession } } };
  const judge = selectRelevanceJudge(runtime);
  assert.equal(judge.method, 'embedding:gte-small');
  assert.equal(selectRelevanceJudge(runtime), judge);
  assert.deepEqual(FakeSession.made, ['gte-small']);
  assert.equal(selectRelevanceJudge({ Supabase: { ai: { Session: FakeSession } } }, 'local').method, 'local');

  class Unavailable extends FakeSession {
    constructor(model: string) {
      super(model);
      throw new Error(`model ${model} is not available`);
    }
  }
  assert.equal(selectRelevanceJudge({ Supabase: { ai: { Session: Unavailable } } }).method, 'local');
});

Deno.test('an embedding verdict decides the evaluation: scoreAnswer with the embedding judge', async () => {
  // The local judge alone finds this on topic: the embedding's clear verdict overrides it.
  assert.equal(evaluateAnswer(react, text(onTopic)).validity.valid, true);
  const judge = embeddingJudge(new FakeSession('gte-small', [[/memo/, at(0.3)]]));
  const { evaluation } = await scoreAnswer(react, text(onTopic), {
    operation: 'practice_score',
    context: {},
    recorder: { record: () => {} },
    config: loadAiConfig(() => undefined),
    relevanceJudge: judge,
  });
  assert.equal(evaluation.validity.reason, 'off_topic');
  assert.ok(evaluation.score <= 15);
  assert.deepEqual(evaluation.strengths, []);
});
