// OpenAI-compatible /v1/chat/completions (OpenAI, Ollama, LM Studio, vLLM, DeepSeek, Groq, ...).
// JSON: response_format json_object (default, widest support) or json_schema (strict structured output),
// chosen by OPENAI_RESPONSE_FORMAT=json_object|json_schema|none; the schema is also in the prompt.
import { jsonInstructions, parseStructured, toJsonSchema } from '../json.ts';
import { AiError, type AiProvider, type CompletionRequest, type CompletionResult, type Usage } from '../types.ts';
import { sseEvents, trimSlash, vendorFetch } from './http.ts';

export interface OpenAiOptions {
  apiKey?: string;
  baseUrl: string;
  model: string;
  responseFormat?: 'json_object' | 'json_schema' | 'none';
}

export class OpenAiProvider implements AiProvider {
  readonly name = 'openai' as const;
  readonly model: string;
  constructor(private readonly options: OpenAiOptions) {
    this.model = options.model;
  }

  async complete<T>(request: CompletionRequest<T>): Promise<CompletionResult<T>> {
    const started = performance.now();
    const system = request.json ? request.system + jsonInstructions(request.schema) : request.system;
    const body: Record<string, unknown> = {
      model: this.model,
      messages: [{ role: 'system', content: system }, ...request.messages],
      max_tokens: request.maxTokens,
      temperature: request.temperature,
    };
    const format = this.options.responseFormat ?? 'json_object';
    if (request.json && format === 'json_object') body.response_format = { type: 'json_object' };
    if (request.json && format === 'json_schema' && request.schema) {
      body.response_format = {
        type: 'json_schema',
        json_schema: { name: request.schemaName ?? 'result', schema: toJsonSchema(request.schema), strict: false },
      };
    }
    const streaming = Boolean(request.stream && request.onToken);
    if (streaming) {
      body.stream = true;
      body.stream_options = { include_usage: true };
    }
    const headers: Record<string, string> = {};
    if (this.options.apiKey) headers.authorization = `Bearer ${this.options.apiKey}`;
    const url = `${trimSlash(this.options.baseUrl)}/chat/completions`;

    const { text, usage } = await vendorFetch({ url, headers, body, timeoutMs: request.timeoutMs }, async (response) => {
      if (!streaming) {
        const data = await response.json() as {
          choices?: { message?: { content?: string | null } }[];
          usage?: { prompt_tokens?: number; completion_tokens?: number };
        };
        return {
          text: data.choices?.[0]?.message?.content ?? '',
          usage: { input_tokens: data.usage?.prompt_tokens ?? 0, output_tokens: data.usage?.completion_tokens ?? 0 },
        };
      }
      let text = '';
      const usage: Usage = { input_tokens: 0, output_tokens: 0 };
      for await (const event of sseEvents(response.body!)) {
        if (event.data === '[DONE]') break;
        const chunk = JSON.parse(event.data) as {
          choices?: { delta?: { content?: string | null } }[];
          usage?: { prompt_tokens?: number; completion_tokens?: number } | null;
        };
        const delta = chunk.choices?.[0]?.delta?.content;
        if (delta) {
          text += delta;
          request.onToken!(delta);
        }
        if (chunk.usage) {
          usage.input_tokens = chunk.usage.prompt_tokens ?? 0;
          usage.output_tokens = chunk.usage.completion_tokens ?? 0;
        }
      }
      return { text, usage };
    });
    const latency_ms = Math.round(performance.now() - started);
    if (!text.trim()) throw new AiError('empty_response', 'The model returned no content.', { usage, latency_ms });
    const parsed = request.json ? parseStructured(text, request.schema, { usage, latency_ms }) : undefined;
    return { text, parsed, usage, latency_ms };
  }
}
