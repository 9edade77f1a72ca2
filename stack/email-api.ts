// A local fake of an e-mail HTTP API (the subset of Resend's `POST /emails` the
// send-notifications function uses): authenticated with a bearer key, honours
// `Idempotency-Key`, and delivers into the stack's mailbox, where the auth mails land.
import type { ServerType } from '@hono/node-server';
import { serveOnLoopback } from './lib/serve-loopback.ts';
import { Hono } from 'hono';
import type { Mailbox } from './lib/mailbox.ts';
import { freePort } from './lib/ports.ts';

export interface EmailApiFake {
  url: string;
  apiKey: string;
  close(): Promise<void>;
}

const addressOf = (value: string) => (value.match(/<([^>]+)>/)?.[1] ?? value).trim();

export function createEmailApiApp(mailbox: Mailbox, apiKey: string): Hono {
  const app = new Hono();
  // Idempotency keys seen, with the id the first request got (as Resend keeps them for 24 h).
  const sent = new Map<string, Promise<string>>();
  app.post('/emails', async (c) => {
    if (c.req.header('Authorization') !== `Bearer ${apiKey}`) {
      return c.json({ statusCode: 401, name: 'missing_api_key', message: 'API key is invalid' }, 401);
    }
    let body: { from?: unknown; to?: unknown; subject?: unknown; html?: unknown; text?: unknown };
    try {
      body = await c.req.json();
    } catch {
      return c.json({ statusCode: 422, name: 'validation_error', message: 'Invalid JSON body' }, 422);
    }
    const to = (Array.isArray(body.to) ? body.to : [body.to]).filter((value): value is string => typeof value === 'string');
    if (
      typeof body.from !== 'string' ||
      !to.length ||
      typeof body.subject !== 'string' ||
      (typeof body.html !== 'string' && typeof body.text !== 'string')
    ) {
      return c.json({ statusCode: 422, name: 'validation_error', message: 'from, to, subject and html or text are required' }, 422);
    }
    const deliver = async () => {
      let id = '';
      for (const recipient of to) {
        const message = await mailbox.send({
          to: addressOf(recipient),
          subject: body.subject as string,
          html: typeof body.html === 'string' ? body.html : '',
          text: typeof body.text === 'string' ? body.text : '',
        });
        id ||= message.id;
      }
      return id;
    };
    const key = c.req.header('Idempotency-Key');
    let delivery = key ? sent.get(key) : undefined;
    if (!delivery) {
      delivery = deliver();
      if (key) sent.set(key, delivery);
    }
    return c.json({ id: await delivery });
  });
  return app;
}

export async function startEmailApiFake(mailbox: Mailbox, apiKey: string): Promise<EmailApiFake> {
  const port = await freePort();
  const app = createEmailApiApp(mailbox, apiKey);
  const server: ServerType = await serveOnLoopback(app.fetch, port);
  return {
    url: `http://127.0.0.1:${port}`,
    apiKey,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
