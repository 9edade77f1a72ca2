import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStack, type StackInfo, type StackOptions } from '../../stack/index.ts';
import { removePostgresCluster } from '../../stack/postgres/index.ts';
import { freePortPair } from '../../stack/lib/ports.ts';
import { startFakeLlm } from '../fakes/llm-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The stack every test shares (local AI engine, local Stripe simulator). */
    stack: StackInfo;
    /** A second stack whose functions call a fake LLM vendor first (AI_PROVIDERS=openai,local). */
    llmStack: StackInfo;
    /** Base URL of that fake vendor server (script it with POST /_fake/script). */
    fakeLlmUrl: string;
  }
}

async function isolatedStack(label: string, port: number, options: Partial<StackOptions> = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), `interviewai-test-${label}-`));
  const stack = await startStack({
    dir,
    port,
    bcryptCost: 4, // bcrypt is slow by design; the cost is a setting, the code path is the same
    // Tests run jobs themselves (their own scheduler instance on this stack), never by the clock.
    scheduler: false,
    log: (line) => process.env.STACK_LOG && console.log(`[test-${label}] ${line}`),
    ...options,
    // Every function answers with the Server-Timing trace of its database requests (tests/ai/round-trips).
    functionsEnv: { DB_TRACE: '1', ...options.functionsEnv },
  });
  return {
    stack,
    dispose: async () => {
      await stack.stop();
      await removePostgresCluster(path.join(dir, 'db'));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export default async function setup(project: TestProject) {
  const started = Date.now();
  const fakeLlm = await startFakeLlm();
  const mainPort = await freePortPair();
  const llmPort = await freePortPair([mainPort]);
  const results = await Promise.allSettled([
    isolatedStack('stack', mainPort),
    isolatedStack('llm-stack', llmPort, {
      functionsEnv: {
        AI_PROVIDERS: 'openai,local',
        OPENAI_API_KEY: 'test-key',
        OPENAI_BASE_URL: `${fakeLlm.url}/v1`,
        AI_TIMEOUT_MS: '1000',
      },
    }),
  ]);
  const failure = results.find((result) => result.status === 'rejected');
  if (failure) {
    // Stop whichever stack did start, so a failed setup leaves nothing running.
    await Promise.all(results.map((result) => (result.status === 'fulfilled' ? result.value.dispose() : undefined)));
    await fakeLlm.close();
    throw failure.reason;
  }
  const [main, llm] = results.map((result) => (result as PromiseFulfilledResult<Awaited<ReturnType<typeof isolatedStack>>>).value) as [
    Awaited<ReturnType<typeof isolatedStack>>,
    Awaited<ReturnType<typeof isolatedStack>>,
  ];
  console.log(`[test-stack] ready at ${main.stack.info.apiUrl} (+ LLM stack ${llm.stack.info.apiUrl}) in ${Date.now() - started} ms`);
  project.provide('stack', main.stack.info);
  project.provide('llmStack', llm.stack.info);
  project.provide('fakeLlmUrl', fakeLlm.url);
  return async () => {
    await Promise.all([main.dispose(), llm.dispose()]);
    await fakeLlm.close();
  };
}
