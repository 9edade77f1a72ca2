// Provider chain from env (function secrets on hosted Supabase):
//   AI_PROVIDERS=gemini,openai,local   fallback order; default "local"; local is always appended last
//   OPENAI_API_KEY / OPENAI_BASE_URL (default https://api.openai.com/v1) / OPENAI_MODEL / OPENAI_RESPONSE_FORMAT
//   ANTHROPIC_API_KEY / ANTHROPIC_BASE_URL (default https://api.anthropic.com) / ANTHROPIC_MODEL / ANTHROPIC_JSON_MODE
//   GEMINI_API_KEY / GEMINI_BASE_URL (default https://generativelanguage.googleapis.com) / GEMINI_MODEL
//   AI_TIMEOUT_MS (default 20000)
// A vendor listed without a key is skipped, except openai with a custom base URL (Ollama, LM Studio, vLLM
// need no key).
import { AnthropicProvider } from './providers/anthropic.ts';
import { GeminiProvider } from './providers/gemini.ts';
import { LocalProvider } from './providers/local.ts';
import { OpenAiProvider } from './providers/openai.ts';
import type { AiProvider } from './types.ts';

export type Env = (name: string) => string | undefined;
const denoEnv: Env = (name) => Deno.env.get(name) || undefined;

export interface AiConfig {
  providers: AiProvider[];
  timeoutMs: number;
  /** Names listed in AI_PROVIDERS that could not be configured (missing key, unknown name). */
  skipped: { name: string; reason: string }[];
}

export function loadAiConfig(env: Env = denoEnv): AiConfig {
  const names = (env('AI_PROVIDERS') ?? 'local').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const providers: AiProvider[] = [];
  const skipped: AiConfig['skipped'] = [];
  for (const name of names) {
    if (providers.some((p) => p.name === name)) continue;
    if (name === 'local') continue; // always last
    if (name === 'openai') {
      const baseUrl = env('OPENAI_BASE_URL');
      const apiKey = env('OPENAI_API_KEY');
      if (!apiKey && !baseUrl) {
        skipped.push({ name, reason: 'OPENAI_API_KEY (or OPENAI_BASE_URL for a keyless local server) is not set' });
        continue;
      }
      const format = env('OPENAI_RESPONSE_FORMAT');
      providers.push(
        new OpenAiProvider({
          apiKey,
          baseUrl: baseUrl ?? 'https://api.openai.com/v1',
          model: env('OPENAI_MODEL') ?? 'gpt-4o-mini',
          responseFormat: format === 'json_schema' || format === 'none' ? format : 'json_object',
        }),
      );
    } else if (name === 'anthropic') {
      const apiKey = env('ANTHROPIC_API_KEY');
      const baseUrl = env('ANTHROPIC_BASE_URL');
      if (!apiKey && !baseUrl) {
        skipped.push({ name, reason: 'ANTHROPIC_API_KEY is not set' });
        continue;
      }
      providers.push(
        new AnthropicProvider({
          apiKey,
          baseUrl: baseUrl ?? 'https://api.anthropic.com',
          model: env('ANTHROPIC_MODEL') ?? 'claude-haiku-4-5',
          jsonMode: env('ANTHROPIC_JSON_MODE') === 'prefill' ? 'prefill' : 'tool',
        }),
      );
    } else if (name === 'gemini') {
      const apiKey = env('GEMINI_API_KEY');
      const baseUrl = env('GEMINI_BASE_URL');
      if (!apiKey && !baseUrl) {
        skipped.push({ name, reason: 'GEMINI_API_KEY is not set' });
        continue;
      }
      providers.push(
        new GeminiProvider({
          apiKey,
          baseUrl: baseUrl ?? 'https://generativelanguage.googleapis.com',
          model: env('GEMINI_MODEL') ?? 'gemini-2.5-flash',
        }),
      );
    } else {
      skipped.push({ name, reason: 'unknown provider' });
    }
  }
  providers.push(new LocalProvider());
  const timeout = Number(env('AI_TIMEOUT_MS'));
  return { providers, skipped, timeoutMs: Number.isFinite(timeout) && timeout > 0 ? timeout : 20_000 };
}

/** True when some LLM (non-local) provider is configured. */
export const hasLlm = (config: AiConfig) => config.providers.some((p) => p.name !== 'local');
