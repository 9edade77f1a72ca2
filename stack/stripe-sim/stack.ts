// How the local stack runs the simulator (called from stack/index.ts before the functions start).
import path from 'node:path';
import { startStripeSimulator, type RunningStripeSimulator } from './index.ts';

export interface StackSimulatorOptions {
  /** The stack's data dir; the simulator keeps its state in <dir>/stripe. */
  dir: string;
  /** Gateway URL (config.apiUrl); webhooks go to <apiUrl>/functions/v1/stripe-webhook. */
  apiUrl: string;
  /** config.secrets.stripeWebhookSecret */
  webhookSecret: string;
  port?: number;
  log?: (line: string) => void;
}

export function startStackStripeSimulator(options: StackSimulatorOptions): Promise<RunningStripeSimulator> {
  return startStripeSimulator({
    port: options.port,
    dataDir: path.join(options.dir, 'stripe'),
    webhookUrl: `${options.apiUrl}/functions/v1/stripe-webhook`,
    webhookSecret: options.webhookSecret,
    log: options.log,
  });
}
