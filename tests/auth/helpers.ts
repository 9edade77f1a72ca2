/**
 * Shared helpers for the auth conformance tests: they talk to the stack booted by the integration
 * globalSetup (tests/setup/global-stack.ts) through the gateway, with the official supabase-js.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { createFileMailbox, type MailMessage } from '../../stack/lib/mailbox.ts';
import { fetchFrom, loopbackAddress } from '../helpers/loopback-fetch.ts';
import { clientFor, stack as sharedStack, uniqueEmail } from '../helpers/stack.ts';

export { sql, uniqueEmail } from '../helpers/stack.ts';
export { fetchFrom } from '../helpers/loopback-fetch.ts';

/** Provided by tests/setup/global-stack.ts (one isolated stack per run). */
export const stack = sharedStack();
export const authUrl = `${stack.apiUrl}/auth/v1`;
export const mailbox = createFileMailbox(path.join(stack.dir, 'mail'));

/**
 * A distinct client address per client so per-IP rate limits never couple tests: the loopback
 * address its connections leave from (the gateway takes the client address from the connection).
 */
export const uniqueIp = loopbackAddress;
export const strongPassword = () => `Str0ng-${randomUUID().slice(0, 8)}`;

export function client(ip = uniqueIp(), key = stack.anonKey): SupabaseClient {
  return clientFor(stack, { ip, key });
}

export const adminClient = () => client(uniqueIp(), stack.serviceRoleKey);

/**
 * Raw HTTP to the auth API (through the gateway). Sends the apikey like supabase-js; pass
 * `versioned: false` to get GoTrue's legacy error format (no X-Supabase-Api-Version header).
 */
export async function raw(
  pathAndQuery: string,
  init: {
    method?: string;
    body?: unknown;
    token?: string;
    ip?: string;
    versioned?: boolean;
    headers?: Record<string, string>;
    redirect?: RequestRedirect;
  } = {},
): Promise<{ status: number; body: AuthBody; headers: Headers }> {
  const headers: Record<string, string> = {
    apikey: stack.anonKey,
    Authorization: `Bearer ${init.token ?? stack.anonKey}`,
    ...(init.versioned === false ? {} : { 'X-Supabase-Api-Version': '2024-01-01' }),
    ...init.headers,
  };
  let body: string | undefined;
  if (init.body !== undefined) {
    body = typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
    headers['Content-Type'] = 'application/json';
  }
  const res = await fetchFrom(init.ip ?? uniqueIp())(`${authUrl}${pathAndQuery}`, {
    method: init.method ?? 'GET',
    headers,
    body,
    redirect: init.redirect,
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    /* keep text */
  }
  return { status: res.status, body: parsed as AuthBody, headers: res.headers };
}

/**
 * The fields of auth's JSON answers that the tests read: an error (`code`, `msg`), a session, a user,
 * the admin user list or the settings. One answer carries only some of them; reading one it lacks gives
 * `undefined` and fails the assertion, as it should.
 */
export interface AuthBody {
  code: string | number;
  msg: string;
  message: string;
  access_token: string;
  refresh_token: string;
  aud: string;
  email: string;
  new_email: string;
  email_confirmed_at: string | null;
  users: { email: string }[];
  external: Record<string, boolean>;
  id: string;
}

/** Signs up through supabase-js and returns the session (autoconfirm is on locally). */
export async function signUp(opts: { email?: string; password?: string; data?: Record<string, unknown>; ip?: string } = {}) {
  const email = opts.email ?? uniqueEmail();
  const password = opts.password ?? strongPassword();
  const sb = client(opts.ip);
  const { data, error } = await sb.auth.signUp({ email, password, options: { data: opts.data } });
  if (error) throw error;
  if (!data.session) throw new Error('sign-up returned no session');
  return { email, password, session: data.session, user: data.user!, client: sb };
}

/** Waits for the newest mail to an address (optionally newer than a known id). */
export async function waitForMail(to: string, after?: string, timeoutMs = 5000): Promise<MailMessage> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mails = await mailbox.list(to);
    const fresh = mails.find((m) => !after || m.id > after);
    if (fresh) return fresh;
    if (Date.now() > deadline) throw new Error(`no mail to ${to} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function linkFrom(mail: MailMessage): string {
  const match = /href="([^"]+)"/.exec(mail.html);
  if (!match) throw new Error(`no link in mail: ${mail.html}`);
  return match[1]!.replace(/&amp;/g, '&');
}

/** Parses a URL fragment ("#a=1&b=2") into an object. */
export function fragmentParams(url: string): Record<string, string> {
  const hash = new URL(url).hash.replace(/^#/, '');
  return Object.fromEntries(new URLSearchParams(hash));
}

/** The access-token claims the tests read; the rest stay unknown. */
export interface JwtClaims {
  sub: string;
  session_id: string;
  exp: number;
  iat: number;
  amr: { method: string; timestamp: number }[];
  [claim: string]: unknown;
}

export function decodeJwt(token: string): JwtClaims {
  return JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8'));
}
