// The runner: tries each configured provider in order. Per provider: one call, and on output that is not
// valid JSON / does not match the schema ONE repair call (the validation error is sent back); any other
// error (HTTP, timeout, network) or a failed repair moves on to the next provider. `local` is always the
// last resort. Every attempt is reported to the UsageRecorder (→ one ai_usage_events row each).
import type { z } from 'npm:zod@3';
import { type AiConfig, loadAiConfig } from './config.ts';
import { estimateCost } from './prices.ts';
import { AiError, type AiErrorType, type ChatMessage, type LocalHandler, type ProviderName, type Usage } from './types.ts';

export type AiOperation =
  | 'generate_questions'
  | 'score_answer'
  | 'practice_score'
  | 'complete_interview'
  | 'follow_up'
  | 'coach_chat';

export interface AiContext {
  userId?: string | null;
  sessionId?: string | null;
  chatSessionId?: string | null;
  responseId?: string | null;
}

export interface AiTask<T> {
  operation: AiOperation;
  system: string;
  messages: ChatMessage[];
  /** Structured output; implies JSON mode unless json is false. */
  schema?: z.ZodType<T>;
  schemaName?: string;
  json?: boolean;
  local: LocalHandler;
  maxTokens?: number;
  temperature?: number;
  stream?: boolean;
  onToken?: (chunk: string) => void;
  /** A provider failed after streaming part of its answer: the client should discard what it showed. */
  onReset?: () => void;
  /** Only the deterministic engine (e.g. nothing for an LLM to add). */
  localOnly?: boolean;
  context?: AiContext;
}

export interface AttemptRecord {
  provider: ProviderName;
  model: string;
  success: boolean;
  repair: boolean;
  error_type?: AiErrorType;
  error_message?: string;
  usage: Usage;
  latency_ms: number;
  cost_usd: number;
}

export interface AiOutcome<T> {
  value: T;
  text: string;
  provider: ProviderName;
  model: string;
  usage: Usage;
  /** Latency of the successful call. */
  latency_ms: number;
  /** Wall time over all attempts. */
  total_ms: number;
  /** Cost over all attempts. */
  cost_usd: number;
  fallback_used: boolean;
  attempts: AttemptRecord[];
}

export interface UsageEvent extends AttemptRecord {
  operation: AiOperation;
  fallback_used: boolean;
  context: AiContext;
}

export interface UsageRecorder {
  record(event: UsageEvent): Promise<void> | void;
}

export const nullRecorder: UsageRecorder = { record() {} };

const REPAIR_PROMPT = (error: string) =>
  `Your previous reply could not be used: ${error}\nReply again with ONLY the corrected JSON object, matching the schema exactly.`;

export async function runAi<T>(
  task: AiTask<T>,
  options: { config?: AiConfig; recorder?: UsageRecorder } = {},
): Promise<AiOutcome<T>> {
  const config = options.config ?? loadAiConfig();
  const recorder = options.recorder ?? nullRecorder;
  const providers = task.localOnly ? config.providers.filter((p) => p.name === 'local') : config.providers;
  const json = task.json ?? Boolean(task.schema);
  const started = performance.now();
  const attempts: AttemptRecord[] = [];
  let lastError: AiError | undefined;

  const emit = async (attempt: AttemptRecord, fallback_used: boolean) => {
    attempts.push(attempt);
    try {
      await recorder.record({ ...attempt, operation: task.operation, fallback_used, context: task.context ?? {} });
    } catch (error) {
      console.error('ai usage: could not record event', error);
    }
  };

  for (const [index, provider] of providers.entries()) {
    let streamed = false;
    const base = {
      system: task.system,
      schema: task.schema,
      schemaName: task.schemaName,
      json,
      maxTokens: task.maxTokens ?? 1500,
      temperature: task.temperature ?? 0.2,
      timeoutMs: config.timeoutMs,
      local: task.local,
    };
    const call = (messages: ChatMessage[], stream: boolean) =>
      provider.complete<T>({
        ...base,
        messages,
        stream,
        onToken: stream && task.onToken
          ? (chunk) => {
            streamed = true;
            task.onToken!(chunk);
          }
          : undefined,
      });
    const fallback_used = index > 0;
    let messages = task.messages;
    for (let repair = 0; repair <= 1; repair++) {
      const attemptStarted = performance.now();
      try {
        const result = await call(messages, Boolean(task.stream) && repair === 0);
        const cost_usd = estimateCost(provider.name, provider.model, result.usage);
        await emit({
          provider: provider.name,
          model: provider.model,
          success: true,
          repair: repair > 0,
          usage: result.usage,
          latency_ms: result.latency_ms,
          cost_usd,
        }, fallback_used);
        return {
          value: (json ? result.parsed : result.text) as T,
          text: result.text,
          provider: provider.name,
          model: provider.model,
          usage: result.usage,
          latency_ms: result.latency_ms,
          total_ms: Math.round(performance.now() - started),
          cost_usd: attempts.reduce((sum, a) => sum + a.cost_usd, 0),
          fallback_used,
          attempts,
        };
      } catch (caught) {
        const error = caught instanceof AiError ? caught : new AiError('local_error', (caught as Error)?.message ?? String(caught));
        lastError = error;
        const usage = error.details.usage ?? { input_tokens: 0, output_tokens: 0 };
        await emit({
          provider: provider.name,
          model: provider.model,
          success: false,
          repair: repair > 0,
          error_type: error.type,
          error_message: error.message.slice(0, 500),
          usage,
          // Failed calls (timeouts, HTTP errors) still took time: record it for the provider stats.
          latency_ms: error.details.latency_ms ?? Math.round(performance.now() - attemptStarted),
          cost_usd: estimateCost(provider.name, provider.model, usage),
        }, fallback_used);
        if (streamed) {
          task.onReset?.();
          streamed = false;
        }
        if (repair === 0 && error.repairable && provider.name !== 'local' && error.details.text !== undefined) {
          messages = [...task.messages, { role: 'assistant', content: error.details.text }, {
            role: 'user',
            content: REPAIR_PROMPT(error.message),
          }];
          continue;
        }
        break;
      }
    }
  }
  throw lastError ?? new AiError('config_error', 'No AI provider is configured.');
}
