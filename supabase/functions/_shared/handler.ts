// The one request pipeline of every edge function:
//   CORS preflight → method check → caller (auth) → JSON body validated by zod → your code,
// and every error thrown on the way becomes `{ error, message }` with its status (errorResponse: an
// HttpError keeps its status and code, anything else is a logged 500).
//
//   Deno.serve(handler({ method: 'POST', auth: 'user', body: Body }, ({ caller, body }) => …));
//
// auth: 'user'    the bearer must be a signed-in, active user (requireUser) → ctx.caller
//                 account: 'checked-by-first-rpc' leaves the account status (blocked, pending) to the first RPC
//                 the function calls, which raises the same 403 codes (private.assert_account_active): one
//                 database round trip less. Only for functions whose every path starts with such an RPC, or
//                 calls assertAccountActive itself first.
//       'service' the bearer must be the service-role key (schedulers)
//       'none'    nobody is checked here (health, the Stripe webhook, which checks its own signature)
// With DB_TRACE=1 every response carries a Server-Timing header with the call's database requests (db-trace.ts).
// body: without a schema the body is left unread, so a function can read it raw (the webhook's signature
//       is computed over the exact bytes).
import type { z } from 'npm:zod@3';
import { parseBody, readJson } from './body.ts';
import { dbTraceEnabled, withDbTrace } from './db-trace.ts';
import { corsHeaders, errorResponse, HttpError } from './http.ts';
import { requireServiceRole } from './service-role.ts';
import { type Caller, requireUser } from './supabase.ts';

export type Auth = 'user' | 'service' | 'none';
export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestContext<A extends Auth, B> {
  request: Request;
  /** The signed-in user (auth: 'user' only). */
  caller: A extends 'user' ? Caller : undefined;
  /** The validated body (only with a body schema). */
  body: B;
}

/** What a function with auth: 'user' and a body schema receives. */
export type UserRequest<B> = RequestContext<'user', B>;

export interface HandlerOptions<A extends Auth, B> {
  method: Method | Method[];
  auth: A;
  /** Who refuses a blocked or pending account (auth: 'user'): the pipeline (default) or the function's first RPC. */
  account?: 'checked' | 'checked-by-first-rpc';
  body?: z.ZodType<B, z.ZodTypeDef, unknown>;
}

export function handler<A extends Auth, B = undefined>(
  options: HandlerOptions<A, B>,
  run: (ctx: RequestContext<A, B>) => Promise<Response> | Response,
): (request: Request) => Promise<Response> {
  const methods: string[] = Array.isArray(options.method) ? options.method : [options.method];
  const checkAccount = options.account !== 'checked-by-first-rpc';
  return (request) => {
    if (request.method === 'OPTIONS') return Promise.resolve(new Response(null, { status: 204, headers: corsHeaders }));
    const call = async () => {
      try {
        if (!methods.includes(request.method)) {
          throw new HttpError(405, 'method_not_allowed', `Use ${methods.join(' or ')} for this endpoint.`);
        }
        const caller = await authenticate(request, options.auth, checkAccount);
        const body = options.body ? parseBody(options.body, await readJson(request)) : undefined;
        return await run({ request, caller, body } as RequestContext<A, B>);
      } catch (error) {
        return errorResponse(error);
      }
    };
    return dbTraceEnabled() ? withDbTrace(call) : call();
  };
}

async function authenticate(request: Request, auth: Auth, checkAccount: boolean): Promise<Caller | undefined> {
  if (auth === 'user') return await requireUser(request, { checkAccount });
  if (auth === 'service') requireServiceRole(request);
  return undefined;
}
