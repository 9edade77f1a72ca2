// Child process of the benchmark: starts the local stack of ONE checkout (its own stack/index.ts,
// migrations and functions), so the load generator never shares an event loop with the gateway or auth.
//
//   tsx bench/loop-load/launch-stack.ts <checkout dir> <data dir> <gateway port> <bcrypt cost>
//
// Prints "STACK_READY <StackInfo JSON>" once healthy; stops every component on SIGTERM/SIGINT and
// exits 1 when a component crashes (the benchmark then aborts the run). When its stdin closes (the
// benchmark died without stopping it) it stops the stack and deletes the benchmark's temp data dir.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

interface LaunchedStack {
  info: { apiUrl: string };
  crashed: Promise<string>;
  stop(): Promise<void>;
}

const [checkout, dir, port, cost] = process.argv.slice(2);
if (!checkout || !dir || !port || !cost) {
  console.error('usage: launch-stack.ts <checkout dir> <data dir> <gateway port> <bcrypt cost>');
  process.exit(2);
}

const { startStack } = (await import(pathToFileURL(path.join(path.resolve(checkout), 'stack', 'index.ts')).href)) as {
  startStack(options: { dir: string; port: number; bcryptCost: number; log: (line: string) => void }): Promise<LaunchedStack>;
};

let stack: LaunchedStack;
try {
  stack = await startStack({ dir, port: Number(port), bcryptCost: Number(cost), log: (line) => console.log(`[stack] ${line}`) });
} catch (error) {
  console.error(`[stack] could not start: ${(error as Error).stack ?? error}`);
  process.exit(1);
}

let stopping = false;
async function shutdown(code: number, removeDataDir = false) {
  if (stopping) return;
  stopping = true;
  await stack.stop().catch((error: Error) => console.error(`[stack] stop failed: ${error.message}`));
  // Only ever the benchmark's own temp dir (target-stack.ts names it so).
  if (removeDataDir && path.basename(dir!).startsWith('interviewai-loop-load-')) rmSync(dir!, { recursive: true, force: true });
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutdown(0));
process.stdin.on('close', () => void shutdown(0, true));
process.stdin.resume();
// The benchmark exiting (its end of the pipe closing) must not leave the stack running.
process.stdout.on('error', () => void shutdown(0));
process.stderr.on('error', () => {});
void stack.crashed.then((report) => {
  console.error(`[stack] ${report}`);
  void shutdown(1);
});
console.log(`STACK_READY ${JSON.stringify(stack.info)}`);
