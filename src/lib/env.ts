// The mini build of zod: this runs before anything else on every page, so it stays out of the full
// zod that forms and API parsing load later with their routes.
import * as z from 'zod/v4-mini';

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

const trimmed = (value: unknown) => (typeof value === 'string' ? value.trim() : value);
/** Empty / whitespace-only values count as "not set". */
const blankAsUnset = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

export const envSchema = z.object({
  VITE_SUPABASE_URL: z.pipe(
    z.transform(trimmed),
    z.string({ error: 'VITE_SUPABASE_URL is not set.' }).check(
      z.minLength(1, 'VITE_SUPABASE_URL is not set.'),
      z.refine((value) => value === '' || isHttpUrl(value), 'VITE_SUPABASE_URL must be a valid http(s) URL, e.g. http://127.0.0.1:54321.'),
    ),
  ),
  VITE_SUPABASE_ANON_KEY: z.pipe(
    z.transform(trimmed),
    z.string({ error: 'VITE_SUPABASE_ANON_KEY is not set.' }).check(z.minLength(1, 'VITE_SUPABASE_ANON_KEY is not set.')),
  ),
  VITE_LOCAL_MAILBOX_URL: z.pipe(
    z.transform(blankAsUnset),
    z.optional(z.string().check(z.refine(isHttpUrl, 'VITE_LOCAL_MAILBOX_URL must be a valid http(s) URL when set.'))),
  ),
});

export type Env = {
  VITE_SUPABASE_URL: string;
  VITE_SUPABASE_ANON_KEY: string;
  VITE_LOCAL_MAILBOX_URL?: string | undefined;
};

export type EnvResult = { ok: true; env: Env } | { ok: false; issues: string[] };

export function parseEnv(raw: Record<string, unknown>): EnvResult {
  const result = envSchema.safeParse(raw);
  if (result.success) return { ok: true, env: result.data as Env };
  return { ok: false, issues: result.error.issues.map((issue) => issue.message) };
}

/** Validated once, at module load. */
export const envResult: EnvResult = parseEnv(import.meta.env as unknown as Record<string, unknown>);

export class EnvError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid environment configuration:\n- ${issues.join('\n- ')}`);
    this.name = 'EnvError';
  }
}

/** The validated env. Throws an EnvError if configuration is invalid (main.tsx renders a screen instead). */
export function getEnv(): Env {
  if (!envResult.ok) throw new EnvError(envResult.issues);
  return envResult.env;
}

/** Local dev mailbox URL (Mailpit/Inbucket), if configured. Never throws. */
export function getLocalMailboxUrl(): string | undefined {
  return envResult.ok ? envResult.env.VITE_LOCAL_MAILBOX_URL : undefined;
}
