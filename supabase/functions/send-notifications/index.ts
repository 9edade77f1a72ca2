// POST /functions/v1/send-notifications (service role only): sends the queued notification
// e-mails. Invoked every minute by the scheduled job `send_notifications` (pg_cron + pg_net on
// hosted, the stack's scheduler locally).
import { z } from 'npm:zod@3';
import { handler } from '../_shared/handler.ts';
import { HttpError, json } from '../_shared/http.ts';
import { deliverDueNotifications } from '../_shared/notifications/deliver.ts';
import { emailApiConfigFromEnv } from '../_shared/notifications/email-api.ts';
import { serviceClient } from '../_shared/supabase.ts';

const maxRowsMessage = 'max_rows must be a whole number from 1 to 1000.';
const Body = z.object({
  max_rows: z.number({ invalid_type_error: maxRowsMessage }).int(maxRowsMessage).min(1, maxRowsMessage).max(1000, maxRowsMessage)
    .optional(),
}).strict();

Deno.serve(
  handler({ method: 'POST', auth: 'service', body: Body }, async ({ body }) => {
    const emailApi = emailApiConfigFromEnv((name) => Deno.env.get(name));
    if (!emailApi) {
      throw new HttpError(
        503,
        'email_not_configured',
        'Set EMAIL_API_KEY and EMAIL_FROM (and EMAIL_API_URL for a provider other than Resend).',
      );
    }
    const siteUrl = Deno.env.get('SITE_URL');
    if (!siteUrl) throw new HttpError(503, 'site_url_not_configured', 'Set SITE_URL so that e-mails can link to the app.');
    const result = await deliverDueNotifications(serviceClient(), {
      emailApi,
      siteUrl,
      batchSize: 20,
      maxRows: body.max_rows ?? 200,
    });
    return json(result);
  }),
);
