// Vendor HTTP plumbing shared by the adapters: one AbortController per attempt that covers the whole
// exchange (headers AND body/stream), vendor error mapping, and an SSE reader.
import { AiError } from '../types.ts';

export interface VendorCall {
  url: string;
  headers: Record<string, string>;
  body: unknown;
  timeoutMs: number;
}

/** Runs `consume(response)` under the timeout; maps failures to AiError. */
export async function vendorFetch<T>(call: VendorCall, consume: (response: Response) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException('timeout', 'TimeoutError'));
  }, call.timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetch(call.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...call.headers },
        body: JSON.stringify(call.body),
        signal: controller.signal,
      });
    } catch (error) {
      if (timedOut) throw new AiError('timeout', `No answer within ${call.timeoutMs} ms.`);
      throw new AiError('network_error', `Could not reach ${new URL(call.url).host}: ${(error as Error).message}`);
    }
    if (!response.ok) {
      const text = await response.text().catch(() => '');
      const type = response.status === 429
        ? 'rate_limited'
        : response.status === 401 || response.status === 403
        ? 'auth_error'
        : 'http_error';
      throw new AiError(type, `HTTP ${response.status}: ${text.slice(0, 300)}`, { status: response.status });
    }
    try {
      return await consume(response);
    } catch (error) {
      if (timedOut) throw new AiError('timeout', `The answer did not finish within ${call.timeoutMs} ms.`);
      if (error instanceof AiError) throw error;
      throw new AiError('network_error', `Reading the answer failed: ${(error as Error).message}`);
    }
  } finally {
    clearTimeout(timer);
  }
}

/** Yields the `data:` payloads of a text/event-stream body (joined per event). */
export async function* sseEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<{ event?: string; data: string }> {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value.replace(/\r\n/g, '\n');
      let boundary: number;
      while ((boundary = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, boundary);
        buffer = buffer.slice(boundary + 2);
        const parsed = parseBlock(block);
        if (parsed) yield parsed;
      }
    }
    const rest = parseBlock(buffer);
    if (rest) yield rest;
  } finally {
    reader.releaseLock();
  }
}

function parseBlock(block: string): { event?: string; data: string } | undefined {
  let event: string | undefined;
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith('event:')) event = line.slice(6).trim();
    else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
  }
  return data.length ? { event, data: data.join('\n') } : undefined;
}

export function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
