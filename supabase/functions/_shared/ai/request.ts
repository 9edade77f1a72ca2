// Request parsing for the AI functions: JSON body validated by zod → 400 with the issues.
import type { z } from 'npm:zod@3';
import { HttpError } from '../http.ts';

export async function parseBody<T>(request: Request, schema: z.ZodType<T>): Promise<T> {
  let body: unknown;
  try {
    const text = await request.text();
    body = text.trim() ? JSON.parse(text) : {};
  } catch {
    throw new HttpError(400, 'invalid_json', 'The request body must be JSON.');
  }
  const result = schema.safeParse(body);
  if (!result.success) {
    const issues = result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    const first = issues[0];
    throw new HttpError(
      400,
      'invalid_request',
      `Invalid request: ${first?.path ? `${first.path}: ` : ''}${first?.message ?? 'bad input'}`,
      { issues },
    );
  }
  return result.data;
}

export const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
