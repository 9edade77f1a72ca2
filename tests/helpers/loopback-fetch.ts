/**
 * A fetch whose connections leave from a chosen loopback address (any of 127.0.0.0/8 works on
 * Linux without configuration). The gateway takes the client address from the TCP connection, so
 * this is how a test appears as a distinct client; a forged X-Forwarded-For header no longer does.
 */
import { Agent, fetch as undiciFetch } from 'undici';

const agents = new Map<string, Agent>();

function agentFor(localAddress: string): Agent {
  let agent = agents.get(localAddress);
  if (!agent) {
    agent = new Agent({ localAddress, keepAliveTimeout: 2000 });
    agents.set(localAddress, agent);
  }
  return agent;
}

/** A random loopback address other than 127.0.0.1 (what browsers and untagged clients use). */
export const loopbackAddress = () =>
  `127.${1 + Math.floor(Math.random() * 254)}.${Math.floor(Math.random() * 256)}.${1 + Math.floor(Math.random() * 254)}`;

/** fetch, connecting from `localAddress`. */
export function fetchFrom(localAddress: string): typeof fetch {
  const dispatcher = agentFor(localAddress);
  return (async (input: Parameters<typeof fetch>[0], init?: RequestInit) => {
    let url = input instanceof Request ? input.url : String(input);
    let options: RequestInit = init ?? {};
    if (input instanceof Request) {
      const body = input.body ? await input.arrayBuffer() : undefined;
      options = { method: input.method, headers: input.headers, body, ...init };
      url = input.url;
    }
    if (options.body instanceof FormData) {
      // undici from npm does not know Node's own FormData class and would send "[object FormData]":
      // encode it here (storage-js uploads Blobs as multipart form data).
      const encoded = new Response(options.body);
      const headers = new Headers(options.headers);
      headers.set('content-type', encoded.headers.get('content-type')!);
      options = { ...options, headers, body: await encoded.arrayBuffer() };
    }
    return undiciFetch(url, { ...(options as object), dispatcher } as never);
  }) as unknown as typeof fetch;
}
