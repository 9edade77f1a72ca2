// Google Gemini (generativelanguage v1beta): models/{model}:generateContent with
// responseMimeType application/json (schema in the instructions), and
// models/{model}:streamGenerateContent?alt=sse for streaming. Key in the x-goog-api-key header.
import { jsonInstructions, parseStructured } from '../json.ts';
import { AiError, type AiProvider, type CompletionRequest, type CompletionResult, type Usage } from '../types.ts';
import { sseEvents, trimSlash, vendorFetch } from './http.ts';

export interface GeminiOptions {
  apiKey?: string;
  baseUrl: string;
  model: string;
}

interface GeminiChunk {
  candidates?: { content?: { parts?: { text?: string }[] } }[];
  usageMetadata?: { promptTokenCount?: number; candidatesTokenCount?: number };
}

const textOf = (chunk: GeminiChunk) => (chunk.candidates?.[0]?.content?.parts ?? []).map((p) => p.text ?? '').join('');

export class GeminiProvider implements AiProvider {
  readonly name = 'gemini' as const;
  readonly model: string;
  constructor(private readonly options: GeminiOptions) {
    this.model = options.model;
  }

  async complete<T>(request: CompletionRequest<T>): Promise<CompletionResult<T>> {
    const started = performance.now();
    const streaming = Boolean(request.stream && request.onToken);
    const generationConfig: Record<string, unknown> = { temperature: request.temperature, maxOutputTokens: request.maxTokens };
    if (request.json) generationConfig.responseMimeType = 'application/json';
    const body = {
      systemInstruction: { parts: [{ text: request.json ? request.system + jsonInstructions(request.schema) : request.system }] },
      contents: request.messages.map((m) => ({ role: m.role === 'assistant' ? 'model' : 'user', parts: [{ text: m.content }] })),
      generationConfig,
    };
    const base = `${trimSlash(this.options.baseUrl)}/v1beta/models/${encodeURIComponent(this.model)}`;
    const url = streaming ? `${base}:streamGenerateContent?alt=sse` : `${base}:generateContent`;
    const headers: Record<string, string> = {};
    if (this.options.apiKey) headers['x-goog-api-key'] = this.options.apiKey;

    const { text, usage } = await vendorFetch({ url, headers, body, timeoutMs: request.timeoutMs }, async (response) => {
      const usage: Usage = { input_tokens: 0, output_tokens: 0 };
      const take = (chunk: GeminiChunk) => {
        if (chunk.usageMetadata) {
          usage.input_tokens = chunk.usageMetadata.promptTokenCount ?? usage.input_tokens;
          usage.output_tokens = chunk.usageMetadata.candidatesTokenCount ?? usage.output_tokens;
        }
      };
      if (!streaming) {
        const data = await response.json() as GeminiChunk;
        take(data);
        return { text: textOf(data), usage };
      }
      let text = '';
      for await (const event of sseEvents(response.body!)) {
        const chunk = JSON.parse(event.data) as GeminiChunk;
        take(chunk);
        const delta = textOf(chunk);
        if (delta) {
          text += delta;
          request.onToken!(delta);
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
