import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStack, type StackInfo } from '../../stack/index.ts';
import { freePort, isPortFree } from '../../stack/lib/ports.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    stack: StackInfo;
  }
}

/** Two consecutive free ports: the gateway and its Postgres. */
async function freePortPair(): Promise<number> {
  for (;;) {
    const port = await freePort();
    if (port < 65000 && (await isPortFree(port + 1))) return port;
  }
}

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(tmpdir(), 'interviewai-test-stack-'));
  const port = await freePortPair();
  const started = Date.now();
  const stack = await startStack({
    dir,
    port,
    bcryptCost: 4, // bcrypt is slow by design; the cost is a setting, the code path is the same
    log: (line) => process.env.STACK_LOG && console.log(`[test-stack] ${line}`),
  });
  console.log(`[test-stack] ready at ${stack.info.apiUrl} in ${Date.now() - started} ms`);
  project.provide('stack', stack.info);
  return async () => {
    await stack.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
