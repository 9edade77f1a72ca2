// Provider fallback through the real gateway: the LLM stack's functions run AI_PROVIDERS=openai,local with
// OPENAI_BASE_URL pointing at the fake vendor (tests/fakes/llm-server.ts, scripted over HTTP) and
// AI_TIMEOUT_MS=1000. Practice-mode scoring as a real user (supabase-js functions.invoke); the
// ai_usage_events rows are read with SQL on the LLM stack's database.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fake, invoke, llmSql, llmUser, VALID_EVALUATION, withFakeLlm } from './helpers.ts';

// ── the fake vendor ─────────────────────────────────────────────────────────────────────
type Behaviour = 'valid' | 'invalid_json' | 'schema_invalid' | 'http_500' | 'http_429' | 'timeout';
interface RecordedRequest {
  vendor: string;
  path: string;
  behaviour: Behaviour;
  body: { messages?: { role: string; content: string }[] };
}

const fakeRequests = () => fake('/_fake/requests') as Promise<RecordedRequest[]>;

export { VALID_EVALUATION };

// ── practice-mode scoring ───────────────────────────────────────────────────────────────
const QUESTION = {
  text: 'What is a database index and when would you add one?',
  type: 'technical',
  key_points: ['B-tree', 'faster reads', 'slower writes'],
};
const answer = (marker: string) => ({
  text: `An index is usually a B-tree over one or more columns that gives faster reads for selective lookups and joins, at the cost of slower writes and extra storage. I add one when EXPLAIN shows a sequential scan on a hot, selective query; on our orders table (${marker}) that took p95 from 900 ms to 12 ms.`,
});

interface PracticeResult {
  evaluation: { score: number; feedback: string; engine?: string };
  provider: string;
  model: string | null;
  fallback_used: boolean;
  stored: boolean;
}
interface UsageRow {
  provider: string;
  model: string | null;
  success: boolean;
  error_type: string | null;
  error_message: string | null;
  fallback_used: boolean;
  fallback_from: string | null;
  attempt: number;
  latency_ms: number;
  input_tokens: number;
  cost_usd: string;
  metadata: { repair?: boolean; error_kind?: string };
}

/** Scores one practice answer as a fresh user; returns the response, the usage rows and the vendor requests of this call. */
async function practice(label: string) {
  const user = await llmUser(label);
  const marker = randomUUID();
  const result = await invoke<PracticeResult>(user, 'score-answer', { question: QUESTION, answer: answer(marker) });
  const usage = await llmSql<UsageRow>(
    `select provider, model, success, error_type, error_message, fallback_used, fallback_from, attempt, latency_ms, input_tokens, cost_usd::text, metadata
     from public.ai_usage_events where user_id = $1 and operation = 'practice_score' order by attempt`,
    [user.user.id],
  );
  const requests = (await fakeRequests()).filter((r) => JSON.stringify(r.body).includes(marker));
  return { result, usage, requests };
}

describe('provider fallback through the gateway (openai → local)', () => {
  it('a valid vendor answer is used: provider openai, no fallback, one successful usage row with tokens', async () => {
    await withFakeLlm({}, async () => {
      const { result, usage, requests } = await practice('fb-valid');
      expect(result.status, JSON.stringify(result.data)).toBe(200);
      expect(result.data).toMatchObject({ provider: 'openai', fallback_used: false, stored: false });
      expect(result.data.evaluation.score).toBe(77);
      expect(result.data.evaluation.feedback).toContain('FAKE-VENDOR-FEEDBACK');
      expect(requests.map((r) => r.behaviour)).toEqual(['valid']);
      expect(requests[0]!.path).toBe('/v1/chat/completions');
      expect(usage).toHaveLength(1);
      expect(usage[0]).toMatchObject({
        provider: 'openai',
        success: true,
        error_type: null,
        fallback_used: false,
        attempt: 1,
        input_tokens: 42,
      });
      expect(Number(usage[0]!.cost_usd)).toBeGreaterThan(0);
    });
  });

  it('vendor HTTP 500 → falls back to local; the failed openai call and the local success are both recorded', async () => {
    await withFakeLlm({ behaviours: ['http_500'] }, async () => {
      const { result, usage, requests } = await practice('fb-500');
      expect(result.status, JSON.stringify(result.data)).toBe(200);
      expect(result.data).toMatchObject({ provider: 'local', fallback_used: true });
      expect(result.data.evaluation.feedback).not.toContain('FAKE-VENDOR-FEEDBACK');
      expect(requests.map((r) => r.behaviour)).toEqual(['http_500']); // no repair retry for an HTTP error
      expect(usage.map((u) => [u.provider, u.success, u.error_type, u.fallback_used])).toEqual([
        ['openai', false, 'http_error', false],
        ['local', true, null, true],
      ]);
      expect(usage[0]!.error_message).toMatch(/500/);
      expect(usage[1]!.fallback_from).toBe('openai');
    });
  });

  it('invalid JSON twice → one repair call, then fallback to local', async () => {
    await withFakeLlm({ behaviours: ['invalid_json', 'invalid_json'] }, async () => {
      const { result, usage, requests } = await practice('fb-json');
      expect(result.status, JSON.stringify(result.data)).toBe(200);
      expect(result.data).toMatchObject({ provider: 'local', fallback_used: true });
      expect(requests.map((r) => r.behaviour)).toEqual(['invalid_json', 'invalid_json']);
      // the repair call sends the broken reply back with the validation error
      const repairMessages = requests[1]!.body.messages!;
      expect(repairMessages.at(-2)).toMatchObject({ role: 'assistant' });
      expect(repairMessages.at(-1)!.content).toMatch(/could not be used/);
      expect(usage.map((u) => [u.provider, u.success, u.error_type, u.metadata.repair])).toEqual([
        ['openai', false, 'invalid_output', false],
        ['openai', false, 'invalid_output', true],
        ['local', true, null, false],
      ]);
      expect(usage[2]!.fallback_used).toBe(true);
    });
  });

  it('invalid JSON once → the repair succeeds and openai is used (no fallback)', async () => {
    await withFakeLlm({ behaviours: ['invalid_json'] }, async () => {
      const { result, usage } = await practice('fb-repair');
      expect(result.status, JSON.stringify(result.data)).toBe(200);
      expect(result.data).toMatchObject({ provider: 'openai', fallback_used: false });
      expect(usage.map((u) => [u.provider, u.success, u.metadata.repair])).toEqual([
        ['openai', false, false],
        ['openai', true, true],
      ]);
    });
  });

  it('vendor timeout (AI_TIMEOUT_MS=1000) → fallback to local within a few seconds', async () => {
    await withFakeLlm({ behaviours: ['timeout'] }, async () => {
      const started = Date.now();
      const { result, usage, requests } = await practice('fb-timeout');
      const elapsed = Date.now() - started;
      expect(result.status, JSON.stringify(result.data)).toBe(200);
      expect(result.data).toMatchObject({ provider: 'local', fallback_used: true });
      expect(requests.map((r) => r.behaviour)).toEqual(['timeout']);
      expect(usage.map((u) => [u.provider, u.success, u.error_type])).toEqual([
        ['openai', false, 'timeout'],
        ['local', true, null],
      ]);
      expect(usage[0]!.error_message).toMatch(/1000 ms/);
      expect(usage[0]!.latency_ms).toBeGreaterThanOrEqual(1000); // the wait is in the provider stats
      expect(elapsed).toBeGreaterThanOrEqual(1000); // it really waited for the vendor …
      expect(elapsed).toBeLessThan(15_000); // … but only for AI_TIMEOUT_MS
    });
  });
});
