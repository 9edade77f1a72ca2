import assert from 'node:assert/strict';
import { z } from 'npm:zod@3';
import { handler } from './handler.ts';
import { HttpError, json } from './http.ts';

const SERVICE_KEY = 'service-role-key-for-handler-tests';

function post(body: string | undefined, headers: Record<string, string> = {}): Request {
  return new Request('http://functions.local/f', { method: 'POST', body, headers });
}

async function errorOf(response: Response): Promise<{ status: number; error: string; message: string; details?: unknown }> {
  const body = await response.json();
  return { status: response.status, ...body };
}

const echo = handler(
  {
    method: 'POST',
    auth: 'none',
    body: z.object({ session_id: z.string().min(8).max(100), count: z.number().int().positive().max(10).optional() }).strict(),
  },
  ({ body }) => json(body),
);

Deno.test('handler: a preflight is answered with the CORS headers before anything else', async () => {
  const response = await echo(new Request('http://functions.local/f', { method: 'OPTIONS' }));
  assert.equal(response.status, 204);
  assert.equal(response.headers.get('Access-Control-Allow-Origin'), '*');
  assert.match(response.headers.get('Access-Control-Allow-Headers') ?? '', /authorization/);
});

Deno.test('handler: without DB_TRACE=1 a response does not reveal the API paths the call used (no Server-Timing)', async () => {
  assert.notEqual(Deno.env.get('DB_TRACE'), '1', 'these tests run without DB_TRACE');
  const ok = await echo(post(JSON.stringify({ session_id: 'session-1' })));
  assert.equal(ok.status, 200);
  assert.equal(ok.headers.get('Server-Timing'), null);
  await ok.body?.cancel();
  const failed = await echo(post('{'));
  assert.equal(failed.status, 400);
  assert.equal(failed.headers.get('Server-Timing'), null);
  await failed.body?.cancel();
});

Deno.test('handler: another method is a 405 naming the allowed one', async () => {
  const response = await echo(new Request('http://functions.local/f', { method: 'GET' }));
  const error = await errorOf(response);
  assert.deepEqual([error.status, error.error, error.message], [405, 'method_not_allowed', 'Use POST for this endpoint.']);
  assert.equal(response.headers.get('Access-Control-Allow-Origin'), '*');
});

Deno.test('handler: a valid body reaches the function parsed; an empty body reads as {}', async () => {
  const ok = await echo(post(JSON.stringify({ session_id: 'session-1', count: 2 })));
  assert.equal(ok.status, 200);
  assert.deepEqual(await ok.json(), { session_id: 'session-1', count: 2 });
  assert.deepEqual(await errorOf(await echo(post(undefined))), {
    status: 400,
    error: 'invalid_request',
    message: 'session_id is required.',
    details: { issues: [{ path: 'session_id', message: 'Required' }] },
  });
});

Deno.test('handler: a bad body is a 400 whose message names the field', async () => {
  const cases: [unknown, string][] = [
    [{ session_id: 'short' }, 'session_id must be at least 8 characters long.'],
    [{ session_id: 12345678 }, 'session_id must be string, not number.'],
    [{ session_id: 'session-1', count: 1.5 }, 'count must be integer, not float.'],
    [{ session_id: 'x'.repeat(101) }, 'session_id must be at most 100 characters long.'],
    [{ session_id: 'session-1', count: 0 }, 'count must be more than 0.'],
    [{ session_id: 'session-1', count: 11 }, 'count must be at most 10.'],
    [{ session_id: 'session-1', extra: true, other: 1 }, "The request has unknown fields 'extra', 'other'."],
    [[], 'The request body must be object, not array.'],
  ];
  for (const [body, message] of cases) {
    const error = await errorOf(await echo(post(JSON.stringify(body))));
    assert.deepEqual([error.status, error.error, error.message], [400, 'invalid_request', message], JSON.stringify(body));
  }
  const notJson = await errorOf(await echo(post('{"session_id":')));
  assert.deepEqual([notJson.status, notJson.error], [400, 'invalid_json']);
});

Deno.test('handler: for a union body the message is about the shape the body came closest to', async () => {
  const scored = handler({
    method: 'POST',
    auth: 'none',
    body: z.union([
      z.object({ response_id: z.string().uuid() }).strict(),
      z.object({ attempt_id: z.string().uuid() }).strict(),
      z.object({ question: z.string(), answer: z.string() }).strict(),
    ]),
  }, () => json({}));
  const error = await errorOf(await scored(post(JSON.stringify({ response_id: 'nope' }))));
  assert.deepEqual([error.status, error.error, error.message], [400, 'invalid_request', 'response_id must be a valid uuid.']);
});

Deno.test('handler: a message written into the schema is used as it is', async () => {
  const plan = handler({
    method: 'POST',
    auth: 'none',
    body: z.object({ plan: z.enum(['pro_monthly', 'pro_yearly'], { errorMap: () => ({ message: "plan must be 'pro_monthly'" }) }) }),
  }, () => json({}));
  assert.equal((await errorOf(await plan(post(JSON.stringify({ plan: 'free' }))))).message, "plan must be 'pro_monthly'.");
  const defaultEnum = handler({ method: 'POST', auth: 'none', body: z.object({ plan: z.enum(['a', 'b']) }) }, () => json({}));
  assert.equal((await errorOf(await defaultEnum(post(JSON.stringify({ plan: 'c' }))))).message, "plan must be one of 'a', 'b'.");
});

Deno.test('handler: without a body schema the body is left unread for the function (raw bytes)', async () => {
  const raw = handler({ method: 'POST', auth: 'none' }, async ({ request, body }) => json({ raw: await request.text(), body }));
  const response = await raw(post('{"a": 1,  "b":2}'));
  assert.deepEqual(await response.json(), { raw: '{"a": 1,  "b":2}' });
});

Deno.test('handler: auth user without a bearer token is a 401 before the body is looked at', async () => {
  let ran = false;
  const user = handler({ method: 'POST', auth: 'user', body: z.object({ id: z.string() }) }, () => {
    ran = true;
    return json({});
  });
  const error = await errorOf(await user(post('not json')));
  assert.deepEqual([error.status, error.error, ran], [401, 'not_authenticated', false]);
});

Deno.test('handler: auth service accepts only the service-role key', async () => {
  Deno.env.set('SUPABASE_SERVICE_ROLE_KEY', SERVICE_KEY);
  try {
    const service = handler(
      { method: 'POST', auth: 'service', body: z.object({ n: z.number().optional() }).strict() },
      ({ body }) => json({ body }),
    );
    assert.equal((await errorOf(await service(post('{"n": "x"}')))).status, 401);
    assert.deepEqual(
      [(await errorOf(await service(post('{}', { Authorization: 'Bearer someone-else' })))).error],
      ['forbidden'],
    );
    const ok = await service(post('{"n": 3}', { Authorization: `Bearer ${SERVICE_KEY}` }));
    assert.deepEqual([ok.status, await ok.json()], [200, { body: { n: 3 } }]);
  } finally {
    Deno.env.delete('SUPABASE_SERVICE_ROLE_KEY');
  }
});

Deno.test('handler: a thrown HttpError keeps its status, code, details and Retry-After', async () => {
  const busy = handler({ method: 'POST', auth: 'none' }, () => {
    throw new HttpError(429, 'rate_limited', 'Slow down.', { retry_after_seconds: 2.2 });
  });
  const response = await busy(post(undefined));
  assert.equal(response.headers.get('Retry-After'), '3');
  assert.deepEqual(await errorOf(response), {
    status: 429,
    error: 'rate_limited',
    message: 'Slow down.',
    details: { retry_after_seconds: 2.2 },
  });
});

Deno.test('handler: any other error is a logged 500 that does not leak its message', async () => {
  const logged: unknown[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => logged.push(...args);
  try {
    const broken = handler({ method: 'POST', auth: 'none' }, () => {
      throw new TypeError('cannot read properties of undefined (secret detail)');
    });
    const error = await errorOf(await broken(post(undefined)));
    assert.equal(error.status, 500);
    assert.equal(error.error, 'internal_error');
    assert.doesNotMatch(error.message, /secret detail/);
    assert.ok(logged.some((entry) => entry instanceof TypeError));
  } finally {
    console.error = original;
  }
});
