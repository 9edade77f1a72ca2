// Helpers shared by the AI function tests: edge-function calls as a user, the LLM stack (same shape as
// inject('stack'); its functions call the fake vendor first) and the fake vendor (tests/fakes/llm-server.ts).
import { FunctionsHttpError } from '@supabase/supabase-js';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import { inject } from 'vitest';
import { runDeno } from '../helpers/deno.ts';
import { signedInUser, sqlOn, stack, type Client } from '../helpers/stack.ts';

/** Calls an edge function as a user (supabase-js functions.invoke); an HTTP error becomes its status and JSON body. */
export async function invoke<T = Record<string, unknown>>(
  user: { client: Client },
  name: string,
  body: unknown,
): Promise<{ status: number; data: T }> {
  const { data, error } = await user.client.functions.invoke(name, { body: body as Record<string, unknown> });
  if (error) {
    if (error instanceof FunctionsHttpError) {
      const response = error.context as Response;
      return { status: response.status, data: (await response.json()) as T };
    }
    throw error;
  }
  return { status: 200, data: data as T };
}

// ── the LLM stack ───────────────────────────────────────────────────────────────────────
export const llm = () => inject('llmStack');
export const llmUser = (label: string) => signedInUser(label, { on: llm() });
export const llmSql = <T extends pg.QueryResultRow>(text: string, values: unknown[] = []) => sqlOn<T>(llm(), text, values);

// ── the fake vendor ─────────────────────────────────────────────────────────────────────
export const fakeUrl = () => inject('fakeLlmUrl');

export async function fake(pathname: string, body?: unknown) {
  const response = await fetch(
    `${fakeUrl()}${pathname}`,
    body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
  );
  if (!response.ok) throw new Error(`fake LLM ${pathname}: HTTP ${response.status}`);
  return response.json();
}

/** A reply that satisfies the LlmEvaluation schema (supabase/functions/_shared/ai/schemas.ts). */
export const VALID_EVALUATION = {
  score: 77,
  criteria: [{ name: 'Accuracy', score: 80, rationale: 'Correct description of B-tree indexes.' }],
  strengths: ['Names the read/write trade-off'],
  weaknesses: ['Could mention covering indexes'],
  missed_key_points: [],
  suggested_outline: ['Define an index', 'Trade-offs', 'When to add one'],
  dimensions: { communication: 75, technical: 80, behavioral: 60 },
  feedback: 'FAKE-VENDOR-FEEDBACK: solid answer with a concrete example.',
};

/**
 * The fake's script queue and request log are global to the test run, and test files run in parallel:
 * every test that scripts the fake holds this cross-process lock (an atomic mkdir next to the OS temp dir,
 * keyed by the fake's port) and resets the fake first. The answer defaults to VALID_EVALUATION.
 */
export async function withFakeLlm<T>(script: { behaviours?: string[]; answer?: unknown }, fn: () => Promise<T>): Promise<T> {
  const lock = path.join(tmpdir(), `interviewai-fake-llm-${new URL(fakeUrl()).port}.lock`);
  const deadline = Date.now() + 45_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      try {
        if (Date.now() - statSync(lock).mtimeMs > 60_000) rmSync(lock, { recursive: true, force: true }); // holder died
      } catch {
        /* released meanwhile */
      }
      if (Date.now() > deadline) throw new Error('timed out waiting for the fake LLM lock', { cause: error });
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  try {
    await fake('/_fake/reset', {});
    await fake('/_fake/script', { vendor: 'openai', behaviours: script.behaviours ?? [], answer: script.answer ?? VALID_EVALUATION });
    return await fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

// ── database round trips of a function call ─────────────────────────────────────────────
export interface TracedCall<T> {
  status: number;
  data: T;
  /** The call's database API requests, in order, from its Server-Timing header: "sql claim_response_scoring", "sql question_bank", "POST rpc/…" over PostgREST. */
  dbRequests: string[];
}

/** Calls an edge function as a user with plain fetch (on the shared stack unless told otherwise) and reads its Server-Timing. */
export async function invokeTraced<T = Record<string, unknown>>(
  user: { session: { access_token: string } },
  name: string,
  body: unknown,
  info: { apiUrl: string; anonKey: string } = inject('stack'),
): Promise<TracedCall<T>> {
  const response = await fetch(`${info.apiUrl}/functions/v1/${name}`, {
    method: 'POST',
    headers: { apikey: info.anonKey, authorization: `Bearer ${user.session.access_token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const timing = response.headers.get('server-timing') ?? '';
  return {
    status: response.status,
    data: (await response.json()) as T,
    dbRequests: [...timing.matchAll(/(?:^|,\s*)db;desc="([^"]*)"/g)].map((m) => m[1]!),
  };
}

/**
 * Runs a Deno test file of supabase/functions/_shared against this stack's Postgres (SUPABASE_DB_URL) with the
 * given environment, and returns its output. Such files end in `_against_stack.ts`, so that `npm run test:deno`,
 * which has no database, does not pick them up.
 */
export async function denoTestAgainstStack(file: string, env: Record<string, string>): Promise<{ stdout: string; stderr: string }> {
  const run = runDeno(['test', '--no-check', '--allow-net=127.0.0.1', '--allow-env', '--allow-read=.', `_shared/${file}`], {
    SUPABASE_DB_URL: stack().dbUrl,
    ...env,
  });
  const output = await run.catch((error: { stdout?: string; stderr?: string }) => error);
  return { stdout: output.stdout ?? '', stderr: output.stderr ?? '' };
}
