// A fake LLM vendor server speaking the real HTTP APIs of
//   - OpenAI chat completions   POST /v1/chat/completions        (JSON and SSE with stream: true)
//   - Anthropic messages        POST /v1/messages                (JSON, tool_use, and SSE events)
//   - Gemini                    POST /v1beta/models/{m}:generateContent | :streamGenerateContent?alt=sse
// with scripted behaviours per vendor (a queue; default "valid"):
//   valid | invalid_json | schema_invalid | http_500 | http_429 | timeout (never answers) |
//   slow_stream (valid, 10 chunks 60 ms apart) | stall_stream (a first chunk, then nothing)
// Plain TypeScript on web APIs: runs under Deno (Deno.serve) and Node (node:http) alike.
// Control over HTTP too (for a server shared with the edge functions): POST /_fake/script
// {vendor, behaviours[], answer?}, GET /_fake/requests, POST /_fake/reset.

export type Vendor = 'openai' | 'anthropic' | 'gemini';
export type Behaviour = 'valid' | 'invalid_json' | 'schema_invalid' | 'http_500' | 'http_429' | 'timeout' | 'slow_stream' | 'stall_stream';

export interface RecordedRequest {
  vendor: Vendor;
  path: string;
  headers: Record<string, string>;
  body: Record<string, unknown>;
  behaviour: Behaviour;
}

export interface FakeLlm {
  url: string;
  port: number;
  requests: RecordedRequest[];
  /** Queue behaviours for a vendor (consumed one per request). */
  script(vendor: Vendor, ...behaviours: Behaviour[]): void;
  /** The value a "valid" reply carries: a JSON value (or plain text for non-JSON requests). */
  setAnswer(answer: unknown | ((vendor: Vendor, body: Record<string, unknown>) => unknown)): void;
  reset(): void;
  handler(request: Request): Promise<Response>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function createFakeLlmHandler() {
  const queues: Record<Vendor, Behaviour[]> = { openai: [], anthropic: [], gemini: [] };
  const requests: RecordedRequest[] = [];
  let answer: unknown | ((vendor: Vendor, body: Record<string, unknown>) => unknown) = { ok: true };
  const pending = new Set<() => void>();

  const answerFor = (vendor: Vendor, body: Record<string, unknown>) =>
    typeof answer === 'function' ? (answer as (v: Vendor, b: Record<string, unknown>) => unknown)(vendor, body) : answer;
  const wantsJson = (vendor: Vendor, body: Record<string, unknown>): boolean => {
    if (vendor === 'openai')
      return Boolean(body.response_format) || String((body.messages as { content: string }[])?.[0]?.content ?? '').includes('JSON');
    if (vendor === 'anthropic') return Boolean(body.tools) || String(body.system ?? '').includes('JSON');
    const config = body.generationConfig as { responseMimeType?: string } | undefined;
    return config?.responseMimeType === 'application/json';
  };
  const textFor = (vendor: Vendor, body: Record<string, unknown>, behaviour: Behaviour): string => {
    if (behaviour === 'invalid_json') return 'Sure! Here is the result: {"score": 80, "feedback": "good"';
    if (behaviour === 'schema_invalid') return JSON.stringify({ unexpected: 'shape', score: 'eighty' });
    const value = answerFor(vendor, body);
    if (typeof value === 'string' && !wantsJson(vendor, body)) return value;
    return JSON.stringify(value);
  };

  const neverAnswer = () =>
    new Promise<Response>((resolve) => {
      const done = () => {
        pending.delete(done);
        resolve(new Response('closed', { status: 503 }));
      };
      pending.add(done);
    });

  const chunks = (text: string, n: number) => {
    const size = Math.max(1, Math.ceil(text.length / n));
    const out: string[] = [];
    for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
    return out;
  };

  /** `stallAfter`: index of the first event that carries text (stall_stream stops right after it). */
  function sse(events: string[], behaviour: Behaviour, stallAfter = 0): Response {
    const encoder = new TextEncoder();
    let cancelled = false;
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        for (const [i, event] of events.entries()) {
          if (cancelled) return;
          controller.enqueue(encoder.encode(event));
          if (behaviour === 'stall_stream' && i === stallAfter) {
            await new Promise<void>((resolve) => pending.add(resolve));
            try {
              controller.close();
            } catch {
              /* already closed */
            }
            return;
          }
          if (behaviour === 'slow_stream') await sleep(60);
        }
        controller.close();
      },
      cancel() {
        cancelled = true;
      },
    });
    return new Response(stream, { headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' } });
  }

  const json = (body: unknown, status = 200) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  const usage = { input: 42, output: 17 };

  function openai(body: Record<string, unknown>, behaviour: Behaviour): Response {
    const text = textFor('openai', body, behaviour);
    if (!body.stream) {
      return json({
        id: 'chatcmpl-fake',
        object: 'chat.completion',
        created: 1,
        model: body.model,
        choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }],
        usage: { prompt_tokens: usage.input, completion_tokens: usage.output, total_tokens: usage.input + usage.output },
      });
    }
    const base = { id: 'chatcmpl-fake', object: 'chat.completion.chunk', created: 1, model: body.model };
    const events = chunks(text, 10).map(
      (piece) => `data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta: { content: piece }, finish_reason: null }] })}\n\n`,
    );
    events.push(
      `data: ${JSON.stringify({ ...base, choices: [], usage: { prompt_tokens: usage.input, completion_tokens: usage.output, total_tokens: usage.input + usage.output } })}\n\n`,
    );
    events.push('data: [DONE]\n\n');
    return sse(events, behaviour);
  }

  function anthropic(body: Record<string, unknown>, behaviour: Behaviour): Response {
    let text = textFor('anthropic', body, behaviour);
    const messages = body.messages as { role: string; content: string }[];
    const prefilled = messages.at(-1)?.role === 'assistant' ? messages.at(-1)!.content : '';
    if (prefilled && text.startsWith(prefilled)) text = text.slice(prefilled.length);
    const tools = body.tools as { name: string }[] | undefined;
    if (!body.stream) {
      let content: unknown[] = [{ type: 'text', text }];
      if (tools?.length && behaviour !== 'invalid_json') {
        let input: unknown;
        try {
          input = JSON.parse(text);
        } catch {
          input = { raw: text };
        }
        content = [{ type: 'tool_use', id: 'toolu_fake', name: tools[0]!.name, input }];
      }
      return json({
        id: 'msg_fake',
        type: 'message',
        role: 'assistant',
        model: body.model,
        content,
        stop_reason: tools?.length ? 'tool_use' : 'end_turn',
        usage: { input_tokens: usage.input, output_tokens: usage.output },
      });
    }
    const event = (type: string, data: Record<string, unknown>) => `event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`;
    const events = [
      event('message_start', {
        message: {
          id: 'msg_fake',
          type: 'message',
          role: 'assistant',
          model: body.model,
          content: [],
          usage: { input_tokens: usage.input, output_tokens: 1 },
        },
      }),
      event('content_block_start', { index: 0, content_block: { type: 'text', text: '' } }),
      ...chunks(text, 10).map((piece) => event('content_block_delta', { index: 0, delta: { type: 'text_delta', text: piece } })),
      event('content_block_stop', { index: 0 }),
      event('message_delta', { delta: { stop_reason: 'end_turn' }, usage: { output_tokens: usage.output } }),
      event('message_stop', {}),
    ];
    return sse(events, behaviour, 2);
  }

  function gemini(body: Record<string, unknown>, behaviour: Behaviour, stream: boolean): Response {
    const text = textFor('gemini', body, behaviour);
    const chunk = (piece: string, final: boolean) => ({
      candidates: [{ content: { role: 'model', parts: [{ text: piece }] }, ...(final ? { finishReason: 'STOP' } : {}), index: 0 }],
      usageMetadata: { promptTokenCount: usage.input, candidatesTokenCount: usage.output, totalTokenCount: usage.input + usage.output },
    });
    if (!stream) return json(chunk(text, true));
    const pieces = chunks(text, 10);
    return sse(
      pieces.map((piece, i) => `data: ${JSON.stringify(chunk(piece, i === pieces.length - 1))}\r\n\r\n`),
      behaviour,
    );
  }

  async function handler(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === '/_fake/script' && request.method === 'POST') {
      const body = (await request.json()) as { vendor?: Vendor; behaviours?: Behaviour[]; answer?: unknown };
      if (body.vendor) queues[body.vendor].push(...(body.behaviours ?? []));
      if ('answer' in body) answer = body.answer;
      return json({ ok: true });
    }
    if (url.pathname === '/_fake/requests') return json(requests);
    if (url.pathname === '/_fake/reset') {
      reset();
      return json({ ok: true });
    }
    let vendor: Vendor | undefined;
    let geminiStream = false;
    if (/\/chat\/completions$/.test(url.pathname)) vendor = 'openai';
    else if (/\/v1\/messages$/.test(url.pathname)) vendor = 'anthropic';
    else if (/\/v1beta\/models\/[^/:]+:(generateContent|streamGenerateContent)$/.test(url.pathname)) {
      vendor = 'gemini';
      geminiStream = url.pathname.endsWith(':streamGenerateContent');
    }
    if (!vendor) return json({ error: { message: `fake: no route for ${url.pathname}` } }, 404);
    const body = (await request.json()) as Record<string, unknown>;
    const behaviour = queues[vendor].shift() ?? 'valid';
    const headers: Record<string, string> = {};
    request.headers.forEach((value, key) => (headers[key] = value));
    requests.push({ vendor, path: url.pathname + url.search, headers, body, behaviour });
    if (behaviour === 'timeout') return neverAnswer();
    if (behaviour === 'http_500') return json({ error: { type: 'server_error', message: 'fake: internal error' } }, 500);
    if (behaviour === 'http_429') return json({ error: { type: 'rate_limit_error', message: 'fake: slow down' } }, 429);
    const stream = behaviour === 'slow_stream' || behaviour === 'stall_stream' ? true : undefined;
    if (vendor === 'openai') return openai(stream ? { ...body, stream: body.stream ?? true } : body, behaviour);
    if (vendor === 'anthropic') return anthropic(stream ? { ...body, stream: body.stream ?? true } : body, behaviour);
    return gemini(body, behaviour, geminiStream || Boolean(stream && url.search.includes('alt=sse')));
  }

  function reset() {
    for (const key of Object.keys(queues) as Vendor[]) queues[key] = [];
    requests.length = 0;
    answer = { ok: true };
    releaseAll();
  }
  function releaseAll() {
    for (const release of [...pending]) release();
    pending.clear();
  }

  return {
    handler,
    requests,
    reset,
    releaseAll,
    script: (vendor: Vendor, ...behaviours: Behaviour[]) => void queues[vendor].push(...behaviours),
    setAnswer: (value: unknown) => void (answer = value),
  };
}

/** Starts the fake on 127.0.0.1 with a free port (Deno.serve under Deno, node:http under Node). */
export async function startFakeLlm(): Promise<FakeLlm> {
  const fake = createFakeLlmHandler();
  // Typed structurally so this file also type-checks under Node's tsconfig (no Deno globals there).
  type DenoServe = (
    options: { port: number; hostname: string; onListen: () => void },
    handler: (request: Request) => Promise<Response>,
  ) => {
    addr: { port: number };
    shutdown(): Promise<void>;
  };
  const deno = (globalThis as { Deno?: { serve?: DenoServe } }).Deno;
  let port: number;
  let close: () => Promise<void>;
  if (deno?.serve) {
    const server = deno.serve({ port: 0, hostname: '127.0.0.1', onListen: () => {} }, fake.handler);
    port = server.addr.port;
    close = async () => {
      fake.releaseAll();
      await server.shutdown();
    };
  } else {
    const http = await import('node:http');
    const server = http.createServer(async (req, res) => {
      const controller = new AbortController();
      res.on('close', () => controller.abort());
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const headers = new Headers();
      for (const [key, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(key, value);
      const request = new Request(`http://127.0.0.1${req.url}`, {
        method: req.method,
        headers,
        body: req.method === 'GET' || req.method === 'HEAD' ? undefined : Buffer.concat(chunks),
        signal: controller.signal,
      });
      const response = await fake.handler(request);
      res.writeHead(response.status, Object.fromEntries(response.headers.entries()));
      if (!response.body) return void res.end();
      const reader = response.body.getReader();
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          res.write(value);
        }
      } catch {
        /* client went away */
      }
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as { port: number }).port;
    close = () =>
      new Promise<void>((resolve) => {
        fake.releaseAll();
        server.closeAllConnections?.();
        server.close(() => resolve());
      });
  }
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests: fake.requests,
    script: fake.script,
    setAnswer: fake.setAnswer,
    reset: fake.reset,
    handler: fake.handler,
    close,
  };
}
