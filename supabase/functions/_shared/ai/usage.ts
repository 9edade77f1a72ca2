// Persists every AI attempt as an ai_usage_events row (service role). A DB trigger folds rows with an
// interview_id into interview_sessions.ai_provider / ai_fallback_used / ai_processing_ms / ai_cost_usd.
// Per-user rate limits are slots taken in the database (private.ai_call_slots) before the AI work starts.
import type { Client } from '../supabase.ts';
import { releaseAiCallSlot, takeAiCallSlot as takeSlot } from '../rpc.ts';
import type { AiErrorType } from './types.ts';
import type { AiOperation, UsageEvent, UsageRecorder } from './run.ts';

/** Our error types → the ai_usage_events.error_type vocabulary. */
export function dbErrorType(type: AiErrorType | undefined): string | null {
  switch (type) {
    case undefined:
      return null;
    case 'timeout':
    case 'http_error':
    case 'rate_limited':
      return type;
    case 'invalid_json':
    case 'schema_invalid':
    case 'empty_response':
      return 'invalid_output';
    case 'network_error':
      return 'network';
    case 'auth_error':
      return 'auth';
    default:
      return 'other';
  }
}

export function usageRow(event: UsageEvent, attempt: number) {
  return {
    user_id: event.context.userId ?? null,
    interview_id: event.context.sessionId ?? null,
    response_id: event.context.responseId ?? null,
    chat_session_id: event.context.chatSessionId ?? null,
    operation: event.operation,
    provider: event.provider,
    model: event.model,
    input_tokens: event.usage.input_tokens,
    output_tokens: event.usage.output_tokens,
    latency_ms: Math.max(0, Math.round(event.latency_ms)),
    cost_usd: event.cost_usd,
    success: event.success,
    error_type: event.success ? null : dbErrorType(event.error_type),
    error_message: event.error_message ?? null,
    fallback_used: event.fallback_used,
    attempt,
    metadata: { repair: event.repair, ...(event.error_type ? { error_kind: event.error_type } : {}) },
  };
}

/** Rows for the attempts of one call, with `fallback_from` naming the first provider that failed. */
export function usageRows(events: UsageEvent[]): ReturnType<typeof usageRow>[] {
  let firstFailed: string | null = null;
  return events.map((event, index) => {
    const row = { ...usageRow(event, index + 1), fallback_from: event.success && event.fallback_used ? firstFailed : null };
    if (!event.success) firstFailed ??= event.provider;
    return row;
  });
}

/** Records attempts in ai_usage_events as they happen (one insert each). */
export function dbRecorder(service: Client): UsageRecorder & { rows: ReturnType<typeof usageRow>[] } {
  const rows: ReturnType<typeof usageRow>[] = [];
  let firstFailed: string | null = null;
  return {
    rows,
    async record(event) {
      const row = { ...usageRow(event, rows.length + 1), fallback_from: event.success && event.fallback_used ? firstFailed : null };
      if (!event.success) firstFailed ??= event.provider;
      rows.push(row);
      const { error } = await service.from('ai_usage_events').insert(row);
      if (error) console.error('ai_usage_events insert failed', error.message);
    },
  };
}

/** Collects attempts in memory, for an RPC that stores them in the same transaction as the result. */
export function memoryRecorder(): UsageRecorder & { events: UsageEvent[] } {
  const events: UsageEvent[] = [];
  return {
    events,
    record(event) {
      events.push(event);
    },
  };
}

/** Per-user limits per rolling window (AI operations that did not fail). Override with AI_RATE_LIMITS='{"score_answer":[60,60]}'. */
const DEFAULT_LIMITS: Record<AiOperation, [max: number, windowSeconds: number]> = {
  generate_questions: [20, 3600],
  score_answer: [120, 3600],
  practice_score: [60, 3600],
  complete_interview: [30, 3600],
  follow_up: [120, 3600],
  coach_chat: [60, 3600],
};

let overrides: Record<string, [number, number]> | undefined;

export function limitFor(operation: AiOperation): [number, number] {
  if (overrides === undefined) {
    overrides = {};
    try {
      const parsed = JSON.parse(Deno.env.get('AI_RATE_LIMITS') ?? '{}');
      if (parsed && typeof parsed === 'object') overrides = parsed as Record<string, [number, number]>;
    } catch { /* ignore a malformed override */ }
  }
  return overrides[operation] ?? DEFAULT_LIMITS[operation];
}

/** The RPC arguments that make a claim RPC take the operation's rate-limit slot. */
export function rateLimitArgs(operation: AiOperation): { p_rate_max: number; p_rate_window_seconds: number } {
  const [max, windowSeconds] = limitFor(operation);
  return { p_rate_max: max, p_rate_window_seconds: windowSeconds };
}

export interface AiCallSlot {
  id: number | null;
  /** Gives the slot back: the call failed and must not count against the limit. */
  release(): Promise<void>;
}

export function slotHandle(id: number | null): AiCallSlot {
  return {
    id,
    async release() {
      if (id === null) return;
      try {
        await releaseAiCallSlot({ p_slot_id: id });
      } catch (error) {
        console.error('release_ai_call_slot failed', error);
      }
    },
  };
}

/**
 * Takes one of the user's slots for this operation or throws 429 rate_limited (with retry_after_seconds).
 * Exact under parallel calls: the database counts and records the slot under a per-user-and-operation lock.
 */
export async function takeAiCallSlot(userId: string, operation: AiOperation): Promise<AiCallSlot> {
  const [max, windowSeconds] = limitFor(operation);
  return slotHandle(await takeSlot({ p_user_id: userId, p_operation: operation, p_max: max, p_window_seconds: windowSeconds }));
}

/** Runs `work` holding a slot; a failure gives the slot back. */
export async function withAiCallSlot<T>(userId: string, operation: AiOperation, work: () => Promise<T>): Promise<T> {
  const slot = await takeAiCallSlot(userId, operation);
  try {
    return await work();
  } catch (error) {
    await slot.release();
    throw error;
  }
}
