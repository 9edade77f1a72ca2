import type { Context } from 'hono';
import { isIP } from 'node:net';
import { tooManyRequests, type ErrorCode } from './errors.ts';

/**
 * In-memory fixed-window counters (GoTrue keeps its limiters in memory too). Keys are free-form,
 * e.g. `token:203.0.113.9` or `email:addr:someone@example.com`.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();
  private readonly sweeper: NodeJS.Timeout;

  constructor() {
    this.sweeper = setInterval(() => this.sweep(), 60_000);
    this.sweeper.unref();
  }

  /** Counts one hit; returns the seconds to wait when the limit is exceeded, else null. */
  hit(key: string, limit: number, windowSeconds: number): number | null {
    const now = Date.now();
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + windowSeconds * 1000 };
      this.windows.set(key, window);
    }
    if (window.count >= limit) return (window.resetAt - now) / 1000;
    window.count += 1;
    return null;
  }

  /** Throws GoTrue's 429 when the limit is exceeded. A limit ≤ 0 or non-finite disables the check. */
  enforce(key: string, limit: number | undefined, windowSeconds: number, code: ErrorCode, message: string): void {
    if (limit === undefined || !Number.isFinite(limit) || limit <= 0) return;
    const wait = this.hit(key, limit, windowSeconds);
    if (wait !== null) throw tooManyRequests(code, message, wait);
  }

  private sweep(): void {
    const now = Date.now();
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
  }

  close(): void {
    clearInterval(this.sweeper);
    this.windows.clear();
  }
}

/**
 * The client address: the last X-Forwarded-For hop, which is the one the gateway wrote (it replaces
 * whatever the client sent with the socket address, as Kong does for GoTrue), else the socket peer.
 * Entries before it could be chosen by the client and are never trusted. Only syntactically valid
 * IPs are returned (sessions.ip is an inet column).
 */
export function clientIp(c: Context): string | null {
  const forwarded = c.req.header('x-forwarded-for');
  const last = forwarded?.slice(forwarded.lastIndexOf(',') + 1).trim();
  if (last && isIP(stripPort(last))) return stripPort(last);
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  const peer = incoming?.socket?.remoteAddress;
  if (peer && isIP(peer)) return peer.startsWith('::ffff:') ? peer.slice(7) : peer;
  return null;
}

function stripPort(value: string): string {
  // "203.0.113.9:1234" → "203.0.113.9"; bracketed IPv6 "[::1]:80" → "::1"
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) return bracketed[1]!;
  const v4 = /^(\d+\.\d+\.\d+\.\d+):\d+$/.exec(value);
  return v4 ? v4[1]! : value;
}

export function userAgent(c: Context): string | null {
  return c.req.header('user-agent') ?? null;
}
