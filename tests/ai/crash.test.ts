// A functions process killed (SIGKILL) in the middle of complete-interview: the stack starts it again, and a
// retry completes the interview as soon as the dead request's lease runs out, with exactly one report and
// one completion usage event. A stack of its own: killing the shared stack's functions would fail other
// test files' calls; its functions call a fake vendor that never answers, so the kill lands mid-completion.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeLlm, type FakeLlm } from '../fakes/llm-server.ts';
import { ownStack } from '../helpers/own-stack.ts';
import { signedInUser } from '../helpers/stack.ts';
import { invoke } from './helpers.ts';

let vendor: FakeLlm;
beforeAll(async () => {
  vendor = await startFakeLlm();
});
afterAll(async () => {
  await vendor?.close();
});

const running = ownStack('crash', () => ({
  functionsEnv: {
    AI_PROVIDERS: 'openai,local',
    OPENAI_API_KEY: 'test-key',
    OPENAI_BASE_URL: `${vendor.url}/v1`,
    AI_TIMEOUT_MS: '120000',
  },
}));
const { sql } = running;
const count = async (text: string, values: unknown[]) => Number((await sql(text, values))[0]!.n);

/** Every functions worker's pid (<dir>/logs/functions*.pid). */
function functionPids(): number[] {
  const logs = path.join(running.dir, 'logs');
  return readdirSync(logs)
    .filter((name) => /^functions(-\d+)?\.pid$/.test(name))
    .map((name) => Number(readFileSync(path.join(logs, name), 'utf8')));
}

async function until<T>(what: string, probe: () => Promise<T | undefined | false>): Promise<T> {
  for (let attempt = 0; attempt < 600; attempt++) {
    const value = await probe();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`gave up waiting for ${what}`);
}

describe('a functions process killed mid-completion', () => {
  it('is restarted, and a retry completes the interview once: one report, one completion usage event', async () => {
    const user = await signedInUser('crash', { on: running.info });
    const { data: created, error } = await user.client.rpc('create_interview_session', {
      p_job_role: 'Frontend Developer',
      p_interview_type: 'technical',
      p_total_questions: 1,
    });
    if (error) throw new Error(error.message);
    const session = created as { id: string; session_id: string };
    const generated = await invoke<{ questions: { id: string }[] }>(user, 'generate-questions', { session_id: session.session_id });
    expect(generated.status, JSON.stringify(generated.data)).toBe(200);
    const submitted = await user.client.rpc('submit_response', {
      p_question_id: generated.data.questions[0]!.id,
      p_answer_text: 'An index is a B-tree over a column: lookups become logarithmic instead of a full scan, and writes pay for it.',
    });
    expect(submitted.error).toBeNull();

    // The completion scores the answer first; the vendor never answers that call.
    const seen = vendor.requests.length;
    vendor.script('openai', 'timeout');
    const dying = invoke(user, 'complete-interview', { session_id: session.session_id }).catch((e: Error) => e);
    await until('the completion claim', async () =>
      (await count('select count(*) as n from private.interview_completion_claims where interview_id = $1', [session.id])) > 0
        ? true
        : false,
    );
    await until('the scoring call to reach the vendor', async () => vendor.requests.length > seen);
    const killed = functionPids();
    expect(killed.length).toBeGreaterThan(0);
    for (const pid of killed) process.kill(pid, 'SIGKILL');
    const lost = await dying;
    expect(lost instanceof Error || (lost as { status: number }).status >= 500).toBe(true);

    // the stack replaces the workers (new pids) and keeps running
    await until('new functions workers', async () => {
      const pids = functionPids();
      return pids.length === killed.length && pids.every((pid) => !killed.includes(pid));
    });
    const health = await until('a healthy stack', async () => {
      const response = await fetch(`${running.info.apiUrl}/health`);
      return response.ok ? response : false;
    });
    expect(health.status).toBe(200);

    // The vendor now fails fast (the local engine answers). A retry either waits for the dead lease itself or
    // says honestly how long to wait; the waits it asks for are within one lease.
    vendor.script('openai', 'http_500', 'http_500', 'http_500', 'http_500');
    let result = await invoke<{ status?: string; already_completed?: boolean; details?: { retry_after_seconds: number } }>(
      user,
      'complete-interview',
      { session_id: session.session_id },
    );
    for (let retry = 0; retry < 3 && result.status === 409; retry++) {
      const wait = result.data.details!.retry_after_seconds;
      expect(wait).toBeLessThanOrEqual(15);
      await new Promise((resolve) => setTimeout(resolve, wait * 1000));
      result = await invoke(user, 'complete-interview', { session_id: session.session_id });
    }
    expect(result.status, JSON.stringify(result.data)).toBe(200);
    expect(result.data).toMatchObject({ status: 'completed', already_completed: false });
    expect(
      await count("select count(*) as n from public.interview_reports where interview_id = $1 and report_type = 'detailed'", [session.id]),
    ).toBe(1);
    // One completion stored and billed: the retry's attempts only (the vendor's 500s, then the local
    // engine). A second stored call would repeat attempt numbers; the killed request stored nothing.
    const attempts = await sql(
      `select count(*) filter (where success) as succeeded, count(*) as attempts, count(distinct attempt) as numbers
       from public.ai_usage_events where interview_id = $1 and operation = 'complete_interview'`,
      [session.id],
    );
    expect(Number(attempts[0]!.succeeded)).toBe(1);
    expect(attempts[0]!.attempts).toBe(attempts[0]!.numbers);
  }, 120_000);
});
