// Timed REST reads for the settings benches (nginx-settings.ts, postgrest-settings.ts): blocks of requests
// at a given concurrency, and the median.
import { request, type Agent } from 'undici';

export function timedReads(agent: Agent, headers: Record<string, string>) {
  const one = async (url: string): Promise<number> => {
    const started = performance.now();
    const response = await request(url, { dispatcher: agent, headers });
    const body = await response.body.text();
    if (response.statusCode !== 200 || !body.startsWith('[')) throw new Error(`${url}: ${response.statusCode} ${body.slice(0, 200)}`);
    return performance.now() - started;
  };
  const block = async (url: string, count: number, concurrency: number, into: number[]) => {
    let issued = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (issued < count) {
          issued += 1;
          into.push(await one(url));
        }
      }),
    );
  };
  return { one, block };
}

export const p50 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
