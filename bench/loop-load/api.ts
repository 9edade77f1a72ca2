// The product's HTTP calls, made the way supabase-js makes them from the SPA: every call through the
// gateway with the anon key as `apikey` and the user's own JWT as the bearer token.
import { field, timedCall } from './http.ts';
import type { Recorder } from './recorder.ts';
import type { TargetStackInfo } from './target-stack.ts';

export const PASSWORD = 'LoadBench42!';

export interface VirtualUser {
  index: number;
  email: string;
  id: string;
  accessToken: string;
  refreshToken: string;
  /**
   * The user's own client address, a loopback address its connections really leave from. Real users
   * arrive from distinct addresses; one address for all of them would trip the per-IP sign-up and token
   * rate limits (150 per 5 min) and measure the limiter.
   */
  ip: string;
}

/** A distinct loopback address per index (Linux routes all of 127.0.0.0/8 to the loopback interface). */
export const ipFor = (index: number) => `127.${10 + ((index >> 16) & 127)}.${(index >> 8) & 255}.${index & 255}`;

export interface Session {
  access_token: string;
  refresh_token: string;
  user: { id: string };
}

const hasSession = (body: unknown) =>
  typeof field(body, 'access_token') === 'string' && field(field(body, 'user'), 'id') ? null : 'no session in the answer';

export class Api {
  constructor(
    readonly stack: TargetStackInfo,
    readonly recorder: Recorder,
    readonly timeoutMs: number,
  ) {}

  /** The same client recording into another recorder (e.g. setup calls that are not measured). */
  withRecorder(recorder: Recorder, timeoutMs = this.timeoutMs): Api {
    return new Api(this.stack, recorder, timeoutMs);
  }

  private headers(ip: string, token?: string): Record<string, string> {
    return { apikey: this.stack.anonKey, authorization: `Bearer ${token ?? this.stack.anonKey}`, 'x-forwarded-for': ip };
  }

  /** supabase-js's auth client also names the API version it speaks (it selects GoTrue's error format). */
  private authHeaders(ip: string, token?: string): Record<string, string> {
    return { ...this.headers(ip, token), 'x-supabase-api-version': '2024-01-01' };
  }

  signUp(kind: string, email: string, ip: string): Promise<Session> {
    return timedCall<Session>(this.recorder, kind, `${this.stack.apiUrl}/auth/v1/signup`, {
      headers: this.authHeaders(ip),
      body: { email, password: PASSWORD, data: { full_name: `Load ${email.split('@')[0]}` } },
      timeoutMs: this.timeoutMs,
      check: hasSession,
    });
  }

  passwordGrant(kind: string, email: string, ip: string): Promise<Session> {
    return timedCall<Session>(this.recorder, kind, `${this.stack.apiUrl}/auth/v1/token?grant_type=password`, {
      headers: this.authHeaders(ip),
      body: { email, password: PASSWORD },
      timeoutMs: this.timeoutMs,
      check: hasSession,
    });
  }

  refreshGrant(kind: string, refreshToken: string, ip: string): Promise<Session> {
    return timedCall<Session>(this.recorder, kind, `${this.stack.apiUrl}/auth/v1/token?grant_type=refresh_token`, {
      headers: this.authHeaders(ip),
      body: { refresh_token: refreshToken },
      timeoutMs: this.timeoutMs,
      check: hasSession,
    });
  }

  getUser(kind: string, user: VirtualUser): Promise<{ id: string }> {
    return timedCall(this.recorder, kind, `${this.stack.apiUrl}/auth/v1/user`, {
      headers: this.authHeaders(user.ip, user.accessToken),
      timeoutMs: this.timeoutMs,
      check: (body) => (field(body, 'id') === user.id ? null : 'another or no user'),
    });
  }

  /** POST /rest/v1/rpc/<name>; `single` asks for one object like supabase-js's .select().single(). */
  rpc<T>(
    kind: string,
    user: VirtualUser,
    name: string,
    args: Record<string, unknown>,
    check?: (body: unknown) => string | null,
    single = false,
  ) {
    return timedCall<T>(this.recorder, kind, `${this.stack.apiUrl}/rest/v1/rpc/${name}`, {
      headers: { ...this.headers(user.ip, user.accessToken), ...(single ? { accept: 'application/vnd.pgrst.object+json' } : {}) },
      body: args,
      timeoutMs: this.timeoutMs,
      check,
    });
  }

  /** GET /rest/v1/<path> as the user (a supabase-js select). */
  select<T>(kind: string, user: VirtualUser, pathAndQuery: string, check?: (body: unknown) => string | null) {
    return timedCall<T>(this.recorder, kind, `${this.stack.apiUrl}/rest/v1/${pathAndQuery}`, {
      headers: this.headers(user.ip, user.accessToken),
      timeoutMs: this.timeoutMs,
      check,
    });
  }

  /** POST /functions/v1/<name> (supabase-js functions.invoke). */
  invoke<T>(kind: string, user: VirtualUser, name: string, body: Record<string, unknown>, check?: (body: unknown) => string | null) {
    return timedCall<T>(this.recorder, kind, `${this.stack.apiUrl}/functions/v1/${name}`, {
      headers: this.headers(user.ip, user.accessToken),
      body,
      timeoutMs: this.timeoutMs,
      check,
    });
  }
}
