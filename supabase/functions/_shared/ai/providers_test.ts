// The REAL provider code against the fake vendor server (tests/fakes/llm-server.ts).
// Run: deno test --allow-read=.,../../tests/fixtures --allow-env --allow-net=127.0.0.1 _shared/ai/
import assert from 'node:assert/strict';
import { z } from 'npm:zod@3';
import { startFakeLlm, type Vendor } from '../../../../tests/fakes/llm-server.ts';
import { loadAiConfig } from './config.ts';
import { runAi, type UsageEvent } from './run.ts';
import { AnthropicProvider } from './providers/anthropic.ts';
import { GeminiProvider } from './providers/gemini.ts';
import { OpenAiProvider } from './providers/openai.ts';
import { AiError, type AiProvider } from './types.ts';

const Verdict = z.object({ score: z.number().int().min(0).max(100), feedback: z.string().min(1) });
const ANSWER = { score: 83, feedback: 'Clear and specific.' };
const LOCAL = { score: 40, feedback: 'local engine' };

function providerFor(vendor: Vendor, url: string): AiProvider {
  if (vendor === 'openai') return new OpenAiProvider({ apiKey: 'sk-test', baseUrl: `${url}/v1`, model: 'gpt-4o-mini' });
  if (vendor === 'anthropic') return new AnthropicProvider({ apiKey: 'ak-test', baseUrl: url, model: 'claude-haiku-4-5' });
  return new GeminiProvider({ apiKey: 'gk-test', baseUrl: url, model: 'gemini-2.5-flash' });
}

function envFor(vendor: Vendor, url: string, timeoutMs = 800) {
  const env: Record<string, string> = { AI_PROVIDERS: `${vendor},local`, AI_TIMEOUT_MS: String(timeoutMs) };
  if (vendor === 'openai') Object.assign(env, { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: `${url}/v1` });
  if (vendor === 'anthropic') Object.assign(env, { ANTHROPIC_API_KEY: 'ak-test', ANTHROPIC_BASE_URL: url });
  if (vendor === 'gemini') Object.assign(env, { GEMINI_API_KEY: 'gk-test', GEMINI_BASE_URL: url });
  return loadAiConfig((name) => env[name]);
}

const task = (onToken?: (c: string) => void) => ({
  operation: 'score_answer' as const,
  system: 'You grade interview answers.',
  messages: [{ role: 'user' as const, content: 'Grade: "I used a hash map."' }],
  schema: Verdict,
  schemaName: 'verdict',
  local: () => LOCAL,
  stream: Boolean(onToken),
  onToken,
  context: { userId: 'u1', sessionId: 's1' },
});

for (const vendor of ['openai', 'anthropic', 'gemini'] as const) {
  Deno.test(`${vendor}: valid structured answer, vendor wire format and auth header`, async () => {
    const fake = await startFakeLlm();
    try {
      fake.setAnswer(ANSWER);
      const result = await providerFor(vendor, fake.url).complete({
        ...task(),
        json: true,
        maxTokens: 200,
        temperature: 0,
        timeoutMs: 2000,
      });
      assert.deepEqual(result.parsed, ANSWER);
      assert.deepEqual(result.usage, { input_tokens: 42, output_tokens: 17 });
      const seen = fake.requests[0]!;
      if (vendor === 'openai') {
        assert.deepEqual(seen.headers.authorization, 'Bearer sk-test');
        assert.deepEqual((seen.body.response_format as { type: string }).type, 'json_object');
      } else if (vendor === 'anthropic') {
        assert.deepEqual(seen.headers['x-api-key'], 'ak-test');
        assert.deepEqual(seen.headers['anthropic-version'], '2023-06-01');
        assert.deepEqual((seen.body.tool_choice as { name: string }).name, 'verdict');
      } else {
        assert.deepEqual(seen.headers['x-goog-api-key'], 'gk-test');
        assert.ok(seen.path.endsWith('/v1beta/models/gemini-2.5-flash:generateContent'));
        assert.deepEqual((seen.body.generationConfig as { responseMimeType: string }).responseMimeType, 'application/json');
      }
    } finally {
      await fake.close();
    }
  });

  Deno.test(`${vendor}: invalid JSON → one repair retry succeeds (no fallback)`, async () => {
    const fake = await startFakeLlm();
    try {
      fake.setAnswer(ANSWER);
      fake.script(vendor, 'invalid_json', 'valid');
      const events: UsageEvent[] = [];
      const outcome = await runAi(task(), { config: envFor(vendor, fake.url), recorder: { record: (e) => void events.push(e) } });
      assert.deepEqual(outcome.value, ANSWER);
      assert.deepEqual(outcome.provider, vendor);
      assert.deepEqual(outcome.fallback_used, false);
      assert.deepEqual(fake.requests.length, 2);
      // the repair request carries the bad reply and the validation error
      const repairMessages = JSON.stringify(fake.requests[1]!.body);
      assert.ok(repairMessages.includes('could not be used'), 'repair prompt sent back');
      assert.deepEqual(events.map((e) => [e.provider, e.success, e.repair, e.error_type ?? null]), [
        [vendor, false, false, 'invalid_json'],
        [vendor, true, true, null],
      ]);
    } finally {
      await fake.close();
    }
  });

  Deno.test(`${vendor}: schema-invalid twice → falls back to local, recorded`, async () => {
    const fake = await startFakeLlm();
    try {
      fake.script(vendor, 'schema_invalid', 'schema_invalid');
      const events: UsageEvent[] = [];
      const outcome = await runAi(task(), { config: envFor(vendor, fake.url), recorder: { record: (e) => void events.push(e) } });
      assert.deepEqual(outcome.value, LOCAL);
      assert.deepEqual(outcome.provider, 'local');
      assert.deepEqual(outcome.fallback_used, true);
      assert.deepEqual(events.map((e) => [e.provider, e.success, e.error_type ?? null, e.fallback_used]), [
        [vendor, false, 'schema_invalid', false],
        [vendor, false, 'schema_invalid', false],
        ['local', true, null, true],
      ]);
      assert.deepEqual(events[2]!.operation, 'score_answer');
      assert.deepEqual(events[2]!.context.sessionId, 's1');
      assert.deepEqual(events[0]!.usage, { input_tokens: 42, output_tokens: 17 }, 'tokens of failed calls are still counted');
      assert.ok(events[0]!.cost_usd > 0, 'failed calls still cost money');
    } finally {
      await fake.close();
    }
  });

  Deno.test(`${vendor}: HTTP 500 → no repair, falls back to local`, async () => {
    const fake = await startFakeLlm();
    try {
      fake.script(vendor, 'http_500');
      const events: UsageEvent[] = [];
      const outcome = await runAi(task(), { config: envFor(vendor, fake.url), recorder: { record: (e) => void events.push(e) } });
      assert.deepEqual(outcome.provider, 'local');
      assert.deepEqual(fake.requests.length, 1);
      assert.deepEqual(events[0]!.error_type, 'http_error');
      assert.ok(events[0]!.error_message!.includes('500'));
    } finally {
      await fake.close();
    }
  });

  Deno.test(`${vendor}: timeout (server never answers) → aborted at AI_TIMEOUT_MS, falls back`, async () => {
    const fake = await startFakeLlm();
    try {
      fake.script(vendor, 'timeout');
      const events: UsageEvent[] = [];
      const started = performance.now();
      const outcome = await runAi(task(), { config: envFor(vendor, fake.url, 300), recorder: { record: (e) => void events.push(e) } });
      const elapsed = performance.now() - started;
      assert.deepEqual(outcome.provider, 'local');
      assert.deepEqual(events[0]!.error_type, 'timeout');
      assert.ok(elapsed >= 290 && elapsed < 2000, `took ${elapsed} ms`);
    } finally {
      await fake.close();
    }
  });

  Deno.test(`${vendor}: slow stream delivers every token in order`, async () => {
    const fake = await startFakeLlm();
    try {
      fake.setAnswer('Use the STAR method: situation, task, action, result. Quantify the result.');
      fake.script(vendor, 'slow_stream');
      const tokens: string[] = [];
      const outcome = await runAi(
        {
          operation: 'coach_chat',
          system: 'coach',
          messages: [{ role: 'user', content: 'help' }],
          local: () => 'local',
          stream: true,
          onToken: (t) => tokens.push(t),
        },
        { config: envFor(vendor, fake.url, 3000) },
      );
      assert.deepEqual(outcome.provider, vendor);
      assert.deepEqual(outcome.value, 'Use the STAR method: situation, task, action, result. Quantify the result.');
      assert.ok(tokens.length >= 5, `streamed in ${tokens.length} chunks`);
      assert.deepEqual(tokens.join(''), outcome.value);
      assert.deepEqual(outcome.usage.output_tokens, 17);
    } finally {
      await fake.close();
    }
  });

  Deno.test(`${vendor}: stream that stalls mid-way times out, client is told to reset, local answers`, async () => {
    const fake = await startFakeLlm();
    try {
      fake.setAnswer('A long streamed answer that will never finish because the server stalls.');
      fake.script(vendor, 'stall_stream');
      const tokens: string[] = [];
      let resets = 0;
      const outcome = await runAi(
        {
          operation: 'coach_chat',
          system: 'coach',
          messages: [{ role: 'user', content: 'help' }],
          local: () => 'local answer',
          stream: true,
          onToken: (t) => tokens.push(t),
          onReset: () => void resets++,
        },
        { config: envFor(vendor, fake.url, 400) },
      );
      assert.deepEqual(outcome.provider, 'local');
      assert.deepEqual(outcome.value, 'local answer');
      assert.deepEqual(outcome.attempts[0]!.error_type, 'timeout');
      assert.deepEqual(resets, 1);
    } finally {
      await fake.close();
    }
  });
}

Deno.test('fallback chain gemini → openai → local: first 500, second valid', async () => {
  const fake = await startFakeLlm();
  try {
    fake.setAnswer(ANSWER);
    fake.script('gemini', 'http_500');
    const env: Record<string, string> = {
      AI_PROVIDERS: 'gemini,openai',
      GEMINI_API_KEY: 'g',
      GEMINI_BASE_URL: fake.url,
      OPENAI_API_KEY: 'o',
      OPENAI_BASE_URL: `${fake.url}/v1`,
    };
    const config = loadAiConfig((n) => env[n]);
    assert.deepEqual(config.providers.map((p) => p.name), ['gemini', 'openai', 'local']);
    const outcome = await runAi(task(), { config });
    assert.deepEqual(outcome.provider, 'openai');
    assert.deepEqual(outcome.fallback_used, true);
    assert.deepEqual(outcome.attempts.map((a) => a.success), [false, true]);
  } finally {
    await fake.close();
  }
});

Deno.test('config: default is local only; vendors without keys are skipped with a reason', () => {
  assert.deepEqual(loadAiConfig(() => undefined).providers.map((p) => p.name), ['local']);
  const config = loadAiConfig((n) => ({ AI_PROVIDERS: 'openai,anthropic,gemini,bogus' } as Record<string, string>)[n]);
  assert.deepEqual(config.providers.map((p) => p.name), ['local']);
  assert.deepEqual(config.skipped.map((s) => s.name), ['openai', 'anthropic', 'gemini', 'bogus']);
});

Deno.test('openai json_schema mode sends the zod schema as JSON Schema', async () => {
  const fake = await startFakeLlm();
  try {
    fake.setAnswer(ANSWER);
    const provider = new OpenAiProvider({ baseUrl: `${fake.url}/v1`, model: 'llama3.1', responseFormat: 'json_schema' });
    await provider.complete({ ...task(), json: true, maxTokens: 100, temperature: 0, timeoutMs: 2000 });
    const format = fake.requests[0]!.body.response_format as { type: string; json_schema: { schema: { required: string[] } } };
    assert.deepEqual(format.type, 'json_schema');
    assert.deepEqual(format.json_schema.schema.required, ['score', 'feedback']);
    assert.deepEqual(fake.requests[0]!.headers.authorization, undefined, 'keyless local servers get no auth header');
  } finally {
    await fake.close();
  }
});

Deno.test('anthropic prefill mode: "{" prefilled and re-attached', async () => {
  const fake = await startFakeLlm();
  try {
    fake.setAnswer(ANSWER);
    const provider = new AnthropicProvider({ apiKey: 'k', baseUrl: fake.url, model: 'claude-haiku-4-5', jsonMode: 'prefill' });
    const result = await provider.complete({ ...task(), json: true, maxTokens: 100, temperature: 0, timeoutMs: 2000 });
    assert.deepEqual(result.parsed, ANSWER);
    const messages = fake.requests[0]!.body.messages as { role: string; content: string }[];
    assert.deepEqual(messages.at(-1), { role: 'assistant', content: '{' });
  } finally {
    await fake.close();
  }
});

Deno.test('a provider error surfaces as AiError with a type', async () => {
  const fake = await startFakeLlm();
  try {
    fake.script('openai', 'http_429');
    const provider = providerFor('openai', fake.url);
    await assert.rejects(
      () => provider.complete({ ...task(), json: true, maxTokens: 10, temperature: 0, timeoutMs: 1000 }),
      (error) => error instanceof AiError && error.type === 'rate_limited',
    );
  } finally {
    await fake.close();
  }
});

Deno.test('local provider validates its own output against the schema', async () => {
  const outcome = await runAi({ ...task(), local: () => ({ score: 101, feedback: 'x' }) }, { config: loadAiConfig(() => undefined) }).catch(
    (e) => e,
  );
  assert.ok(outcome instanceof AiError);
  assert.deepEqual(outcome.type, 'schema_invalid');
});
