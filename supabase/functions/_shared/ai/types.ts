// Provider layer contract. Every vendor adapter (and the deterministic `local` engine) implements
// AiProvider; the runner (run.ts) chains them with repair + fallback and records usage.
import type { z } from 'npm:zod@3';

export type ProviderName = 'local' | 'openai' | 'anthropic' | 'gemini';

export interface ChatMessage {
  role: 'user' | 'assistant';
  content: string;
}

export interface Usage {
  input_tokens: number;
  output_tokens: number;
}

/** What the local engine does for one operation: returns the structured result (or text). */
export type LocalHandler = () => unknown | Promise<unknown>;

export interface CompletionRequest<T = unknown> {
  system: string;
  messages: ChatMessage[];
  /** Output must match this schema (when json). */
  schema?: z.ZodType<T>;
  /** Name of the structured output (tool / json_schema name). */
  schemaName?: string;
  json: boolean;
  /** Stream text tokens through onToken when the vendor supports it. */
  stream?: boolean;
  onToken?: (chunk: string) => void;
  maxTokens: number;
  temperature: number;
  timeoutMs: number;
  /** The deterministic answer for the `local` provider. */
  local?: LocalHandler;
}

export interface CompletionResult<T = unknown> {
  text: string;
  parsed?: T;
  usage: Usage;
  latency_ms: number;
}

export interface AiProvider {
  readonly name: ProviderName;
  readonly model: string;
  complete<T>(request: CompletionRequest<T>): Promise<CompletionResult<T>>;
}

export type AiErrorType =
  | 'timeout'
  | 'http_error'
  | 'rate_limited'
  | 'auth_error'
  | 'network_error'
  | 'invalid_json'
  | 'schema_invalid'
  | 'empty_response'
  | 'config_error'
  | 'local_error';

export class AiError extends Error {
  constructor(
    readonly type: AiErrorType,
    message: string,
    readonly details: { status?: number; text?: string; usage?: Usage; latency_ms?: number } = {},
  ) {
    super(message);
    this.name = 'AiError';
  }
  /** Output problems worth one repair round-trip (the model answered, just not correctly). */
  get repairable(): boolean {
    return this.type === 'invalid_json' || this.type === 'schema_invalid';
  }
}
