// Shared HTTP helpers for every edge function: CORS, JSON responses, and the error shape
// `{ error, message }` with the right status.

export const corsHeaders: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'authorization, x-client-info, apikey, content-type, x-supabase-api-version',
  'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  'Access-Control-Expose-Headers': 'Retry-After',
};

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { ...corsHeaders, 'Content-Type': 'application/json', ...headers },
  });
}

/** An error a person can act on; `code` is machine-readable, `message` is for humans. */
export class HttpError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly details?: unknown) {
    super(message);
  }

  /** Seconds after which a retry can succeed (409 busy, 429): sent as `Retry-After` and in details. */
  get retryAfterSeconds(): number | undefined {
    const value = (this.details as { retry_after_seconds?: unknown } | undefined)?.retry_after_seconds;
    return typeof value === 'number' && value > 0 ? Math.ceil(value) : undefined;
  }
}

export function errorResponse(error: unknown): Response {
  if (error instanceof HttpError) {
    const retryAfter = error.retryAfterSeconds;
    return json(
      { error: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) },
      error.status,
      retryAfter ? { 'Retry-After': String(retryAfter) } : {},
    );
  }
  console.error(error);
  return json({ error: 'internal_error', message: 'Something went wrong on our side. Please try again.' }, 500);
}
