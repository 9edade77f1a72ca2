// For functions only the platform calls (schedulers): the bearer must be the service-role key.
import { HttpError } from './http.ts';

function timingSafeEqual(a: string, b: string): boolean {
  const left = new TextEncoder().encode(a);
  const right = new TextEncoder().encode(b);
  if (left.length !== right.length) return false;
  let diff = 0;
  for (let i = 0; i < left.length; i++) diff |= left[i] ^ right[i];
  return diff === 0;
}

export function requireServiceRole(request: Request): void {
  const expected = Deno.env.get('SUPABASE_SERVICE_ROLE_KEY');
  const token = request.headers.get('Authorization')?.replace(/^Bearer\s+/i, '') ?? '';
  if (!expected) throw new HttpError(503, 'not_configured', 'SUPABASE_SERVICE_ROLE_KEY is not set.');
  if (!token) throw new HttpError(401, 'unauthorized', 'Sign in with the service-role key.');
  if (!timingSafeEqual(token, expected)) throw new HttpError(403, 'forbidden', 'Only the service role may call this function.');
}
