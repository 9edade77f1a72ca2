// Persists every AI attempt as an ai_usage_events row (service role). A DB trigger folds rows with an
// interview_id into interview_sessions.ai_provider / ai_fallback_used / ai_processing_ms / ai_cost_usd.
// Also the per-user rate limit, counted from the same table (index ai_usage_events_user_idx).
import { HttpError } from '../http.ts';
import type { Client } from '../supabase.ts';
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

/** Records attempts in ai_usage_events; `fallback_from` names the first provider that failed. */
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

/** Per-user limits per rolling window (successful AI operations). Override with AI_RATE_LIMITS='{"score_answer":[60,60]}'. */
const DEFAULT_LIMITS: Record<AiOperation, [max: number, windowSeconds: number]> = {
  generate_questions: [20, 3600],
  score_answer: [120, 3600],
  practice_score: [60, 3600],
  complete_interview: [30, 3600],
  follow_up: [120, 3600],
  coach_chat: [60, 3600],
};

export function limitFor(operation: AiOperation): [number, number] {
  const override = Deno.env.get('AI_RATE_LIMITS');
  if (override) {
    try {
      const parsed = JSON.parse(override) as Record<string, [number, number]>;
      if (parsed[operation]) return parsed[operation];
    } catch { /* ignore */ }
  }
  return DEFAULT_LIMITS[operation];
}

/** Throws 429 when the user made too many calls of this operation in the window. */
export async function enforceRateLimit(service: Client, userId: string, operation: AiOperation): Promise<void> {
  const [max, windowSeconds] = limitFor(operation);
  const since = new Date(Date.now() - windowSeconds * 1000).toISOString();
  const { count, error } = await service
    .from('ai_usage_events')
    .select('id', { count: 'exact', head: true })
    .eq('user_id', userId)
    .eq('operation', operation)
    .eq('success', true)
    .gte('created_at', since);
  if (error) {
    console.error('rate limit check failed', error.message);
    return; // fail open: the limit protects cost, not data
  }
  if ((count ?? 0) >= max) {
    throw new HttpError(
      429,
      'rate_limited',
      `Too many ${operation.replace('_', ' ')} requests: at most ${max} per ${Math.round(windowSeconds / 60)} minutes. Try again later.`,
      {
        limit: max,
        window_seconds: windowSeconds,
      },
    );
  }
}
