// `npm run stack`: the whole local Supabase in one process tree; Ctrl-C stops every child.
import { startStack, type RunningStack } from './index.ts';

export function printStackInfo(stack: RunningStack) {
  const { info } = stack;
  console.log(`
InterviewAI local stack is running.

  API URL        ${info.apiUrl}
  REST           ${info.apiUrl}/rest/v1
  Auth           ${info.apiUrl}/auth/v1
  Functions      ${info.functionsUrl}
  Mailbox        ${info.mailboxUrl}
  DB URL         ${info.dbUrl}
  anon key       ${info.anonKey}
  service_role   ${info.serviceRoleKey}
  JWT secret     ${info.jwtSecret}
  Stripe webhook ${info.stripeWebhookSecret}
  Stripe         ${info.stripeSimulatorUrl ? `local simulator at ${info.stripeSimulatorUrl}` : 'real Stripe (STRIPE_SECRET_KEY set)'}

  Written to ${info.dir}/stack.json · logs in ${info.dir}/logs
`);
}

/** Starts the stack, stops it cleanly on Ctrl-C/SIGTERM and exits non-zero when a child crashes. */
export async function runStackUntilStopped(onReady?: (stack: RunningStack) => Promise<() => void> | (() => void)): Promise<void> {
  let stack: RunningStack;
  try {
    stack = await startStack({ log: (line) => console.log(`[stack] ${line}`) });
  } catch (error) {
    console.error(`\n[stack] could not start: ${(error as Error).message}`);
    process.exit(1);
  }
  printStackInfo(stack);
  const stopExtra = onReady ? await onReady(stack) : () => {};
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log('\n[stack] stopping…');
    stopExtra();
    await stack.stop();
    process.exit(code);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutdown(0));
  // A closed terminal/pipe must not crash the orchestrator mid-shutdown.
  process.stdout.on('error', () => {});
  process.stderr.on('error', () => {});
  void stack.crashed.then((report) => {
    console.error(`\n[stack] ${report}`);
    void shutdown(1);
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await runStackUntilStopped();
