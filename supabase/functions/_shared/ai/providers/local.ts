// The `local` provider: no network, no key. Each operation passes its deterministic handler
// (the scoring engine, bank-based generation, rule-based follow-ups, the retrieval coach) in
// `request.local`; the result is validated against the same schema as an LLM's output would be.
import { AiError, type AiProvider, type CompletionRequest, type CompletionResult } from '../types.ts';

export const LOCAL_MODEL = 'interviewai-local-1';

/** Rough token estimate (≈4 characters per token) so usage rows are comparable across providers. */
export const estimateTokens = (text: string) => Math.ceil(text.length / 4);

export class LocalProvider implements AiProvider {
  readonly name = 'local' as const;
  readonly model = LOCAL_MODEL;

  async complete<T>(request: CompletionRequest<T>): Promise<CompletionResult<T>> {
    const started = performance.now();
    if (!request.local) throw new AiError('config_error', 'The local engine has no handler for this operation.');
    let value: unknown;
    try {
      value = await request.local();
    } catch (error) {
      throw new AiError('local_error', `The local engine failed: ${(error as Error).message}`);
    }
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    let parsed: T | undefined;
    if (request.json) {
      if (request.schema) {
        const result = request.schema.safeParse(value);
        if (!result.success) {
          throw new AiError('schema_invalid', `The local engine produced an invalid result: ${result.error.issues[0]?.message}`, { text });
        }
        parsed = result.data;
      } else parsed = value as T;
    }
    if (request.stream && request.onToken) {
      // Stream the local answer in word-sized chunks, so the client code path is the same.
      for (const piece of text.match(/\S+\s*/g) ?? []) request.onToken(piece);
    }
    const input = request.system.length + request.messages.reduce((n, m) => n + m.content.length, 0);
    return {
      text,
      parsed,
      usage: { input_tokens: Math.ceil(input / 4), output_tokens: estimateTokens(text) },
      latency_ms: Math.round((performance.now() - started) * 100) / 100,
    };
  }
}
