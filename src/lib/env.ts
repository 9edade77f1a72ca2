import { z } from 'zod';

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Treat empty / whitespace-only values as "not set". */
const optional = (schema: z.ZodTypeAny) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema);

export const envSchema = z.object({
  VITE_SUPABASE_URL: z.preprocess(
    (value) => (typeof value === 'string' ? value.trim() : value),
    z
      .string({ required_error: 'VITE_SUPABASE_URL is not set.' })
      .min(1, 'VITE_SUPABASE_URL is not set.')
      .refine((value) => value === '' || isHttpUrl(value), 'VITE_SUPABASE_URL must be a valid http(s) URL, e.g. http://127.0.0.1:54321.'),
  ),
  VITE_SUPABASE_ANON_KEY: z.preprocess(
    (value) => (typeof value === 'string' ? value.trim() : value),
    z.string({ required_error: 'VITE_SUPABASE_ANON_KEY is not set.' }).min(1, 'VITE_SUPABASE_ANON_KEY is not set.'),
  ),
  VITE_LOCAL_MAILBOX_URL: optional(z.string().refine(isHttpUrl, 'VITE_LOCAL_MAILBOX_URL must be a valid http(s) URL when set.').optional()),
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
