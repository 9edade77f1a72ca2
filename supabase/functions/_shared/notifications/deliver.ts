// Delivers due notification e-mails: claims outbox rows (each row goes to one deliverer only),
// sends each, and records the outcome; failures are retried later by the database's backoff.
import { callRpc, type Client } from '../supabase.ts';
import { type EmailApiConfig, EmailApiError, sendEmail } from './email-api.ts';
import { type NotificationKind, renderNotification } from './templates.ts';

interface ClaimedNotification {
  id: number;
  kind: NotificationKind;
  dedupe_key: string;
  recipient: string;
  language: string;
  payload: unknown;
  attempts: number;
}

export interface DeliveryResult {
  sent: number;
  retrying: number;
  failed: number;
}

export interface DeliveryOptions {
  emailApi: EmailApiConfig;
  siteUrl: string;
  batchSize: number;
  /** Stop claiming new batches after this many rows in one invocation. */
  maxRows: number;
}

/** A permanent API refusal counts as the last attempt; anything else may be retried. */
const PERMANENT_FAILURE_MAX_ATTEMPTS = 1;
const MAX_ATTEMPTS = 6;

export async function deliverDueNotifications(client: Client, options: DeliveryOptions): Promise<DeliveryResult> {
  const result: DeliveryResult = { sent: 0, retrying: 0, failed: 0 };
  let handled = 0;
  while (handled < options.maxRows) {
    const batch = await callRpc<ClaimedNotification[]>(
      client,
      'claim_notifications',
      { p_limit: Math.min(options.batchSize, options.maxRows - handled) },
      'Claiming notifications',
    );
    if (!batch.length) break;
    handled += batch.length;
    for (const row of batch) {
      const outcome = await deliverOne(client, row, options);
      result[outcome === 'sent' ? 'sent' : outcome === 'failed' ? 'failed' : 'retrying'] += 1;
    }
  }
  return result;
}

async function deliverOne(client: Client, row: ClaimedNotification, options: DeliveryOptions): Promise<string> {
  try {
    const email = renderNotification(row.kind, row.payload, row.language, options.siteUrl);
    const messageId = await sendEmail(options.emailApi, { to: row.recipient, ...email, idempotencyKey: row.dedupe_key });
    return await callRpc<string>(
      client,
      'finish_notification',
      { p_id: row.id, p_ok: true, p_provider_message_id: messageId },
      'Recording a sent notification',
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const permanent = error instanceof EmailApiError && !error.retryable;
    console.error(`notification ${row.id} (${row.kind}) not sent: ${message}`);
    return await callRpc<string>(
      client,
      'finish_notification',
      { p_id: row.id, p_ok: false, p_error: message, p_max_attempts: permanent ? PERMANENT_FAILURE_MAX_ATTEMPTS : MAX_ATTEMPTS },
      'Recording a failed notification',
    );
  }
}
