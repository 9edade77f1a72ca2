// Anthropic /v1/messages (x-api-key + anthropic-version). JSON via forced tool use (the tool's
// input_schema is the output schema) by default, or instructions + "{" prefill with
// ANTHROPIC_JSON_MODE=prefill (for models/proxies without tools). Streaming via SSE text deltas.
import { jsonInstructions, parseStructured, toJsonSchema } from '../json.ts';
import { AiError, type AiProvider, type CompletionRequest, type CompletionResult, type Usage } from '../types.ts';
import { sseEvents, trimSlash, vendorFetch } from './http.ts';

export interface AnthropicOptions {
  apiKey?: string;
  baseUrl: string;
  model: string;
  version?: string;
  jsonMode?: 'tool' | 'prefill';
}

interface ContentBlock {
  type: string;
  text?: string;
  input?: unknown;
}

export class AnthropicProvider implements AiProvider {
  readonly name = 'anthropic' as const;
  readonly model: string;
  constructor(private readonly options: AnthropicOptions) {
    this.model = options.model;
  }

  async complete<T>(request: CompletionRequest<T>): Promise<CompletionResult<T>> {
    const started = performance.now();
    const mode = this.options.jsonMode ?? 'tool';
    const useTool = request.json && mode === 'tool' && Boolean(request.schema);
    const usePrefill = request.json && !useTool;
    const toolName = request.schemaName ?? 'respond';
    const messages: { role: string; content: string }[] = [...request.messages];
    if (usePrefill) messages.push({ role: 'assistant', content: '{' });
    const body: Record<string, unknown> = {
      model: this.model,
      max_tokens: request.maxTokens,
      temperature: request.temperature,
      system: request.json ? request.system + jsonInstructions(request.schema) : request.system,
      messages,
    };
    if (useTool) {
      body.tools = [{ name: toolName, description: 'Return the result.', input_schema: toJsonSchema(request.schema!) }];
      body.tool_choice = { type: 'tool', name: toolName };
    }
    const streaming = Boolean(request.stream && request.onToken && !useTool);
    if (streaming) body.stream = true;
    const headers: Record<string, string> = { 'anthropic-version': this.options.version ?? '2023-06-01' };
    if (this.options.apiKey) headers['x-api-key'] = this.options.apiKey;
    const url = `${trimSlash(this.options.baseUrl)}/v1/messages`;

    const { text, usage } = await vendorFetch({ url, headers, body, timeoutMs: request.timeoutMs }, async (response) => {
      if (!streaming) {
        const data = await response.json() as { content?: ContentBlock[]; usage?: { input_tokens?: number; output_tokens?: number } };
        const usage = { input_tokens: data.usage?.input_tokens ?? 0, output_tokens: data.usage?.output_tokens ?? 0 };
        const blocks = data.content ?? [];
        const tool = blocks.find((b) => b.type === 'tool_use');
        if (useTool && tool) return { text: JSON.stringify(tool.input ?? null), usage };
        return { text: blocks.filter((b) => b.type === 'text').map((b) => b.text ?? '').join(''), usage };
      }
      let text = '';
      const usage: Usage = { input_tokens: 0, output_tokens: 0 };
      for await (const event of sseEvents(response.body!)) {
        const payload = JSON.parse(event.data) as {
          type: string;
          delta?: { type?: string; text?: string };
          message?: { usage?: { input_tokens?: number; output_tokens?: number } };
          usage?: { output_tokens?: number };
          error?: { message?: string };
        };
        if (payload.type === 'content_block_delta' && payload.delta?.type === 'text_delta' && payload.delta.text) {
          text += payload.delta.text;
          request.onToken!(payload.delta.text);
        } else if (payload.type === 'message_start') {
          usage.input_tokens = payload.message?.usage?.input_tokens ?? 0;
          usage.output_tokens = payload.message?.usage?.output_tokens ?? 0;
        } else if (payload.type === 'message_delta' && payload.usage) {
          usage.output_tokens = payload.usage.output_tokens ?? usage.output_tokens;
        } else if (payload.type === 'error') {
          throw new AiError('http_error', `Stream error: ${payload.error?.message ?? 'unknown'}`);
        } else if (payload.type === 'message_stop') {
          break;
        }
      }
      return { text, usage };
    });
    const latency_ms = Math.round(performance.now() - started);
    const fullText = usePrefill ? `{${text}` : text;
    if (!text.trim()) throw new AiError('empty_response', 'The model returned no content.', { usage, latency_ms });
    const parsed = request.json ? parseStructured(fullText, request.schema, { usage, latency_ms }) : undefined;
    return { text: fullText, parsed, usage, latency_ms };
  }
}
