// Checked by hand rather than with zod: this runs first on every page, before anything else loads, and
// three fields don't justify a validation library in the first-load budget.

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** A set value, trimmed; empty / whitespace-only counts as not set. */
function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

export type Env = {
  VITE_SUPABASE_URL: string;
  VITE_SUPABASE_ANON_KEY: string;
  VITE_LOCAL_MAILBOX_URL?: string | undefined;
};

export type EnvResult = { ok: true; env: Env } | { ok: false; issues: string[] };

export function parseEnv(raw: Record<string, unknown>): EnvResult {
  const issues: string[] = [];
  const url = text(raw.VITE_SUPABASE_URL);
  if (url === undefined) issues.push('VITE_SUPABASE_URL is not set.');
  else if (!isHttpUrl(url)) issues.push('VITE_SUPABASE_URL must be a valid http(s) URL, e.g. http://127.0.0.1:54321.');
  const anonKey = text(raw.VITE_SUPABASE_ANON_KEY);
  if (anonKey === undefined) issues.push('VITE_SUPABASE_ANON_KEY is not set.');
  const mailbox = text(raw.VITE_LOCAL_MAILBOX_URL);
  if (mailbox !== undefined && !isHttpUrl(mailbox)) issues.push('VITE_LOCAL_MAILBOX_URL must be a valid http(s) URL when set.');
  if (issues.length || url === undefined || anonKey === undefined) return { ok: false, issues };
  return { ok: true, env: { VITE_SUPABASE_URL: url, VITE_SUPABASE_ANON_KEY: anonKey, VITE_LOCAL_MAILBOX_URL: mailbox } };
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
