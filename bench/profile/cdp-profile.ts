// Samples the CPU of a running V8 (a Deno functions worker started with FUNCTIONS_DENO_FLAGS=--inspect=…, or
// node --inspect) through the inspector protocol, then prints self and total time by function and by file.
//
//   npx tsx bench/profile/cdp-profile.ts --port 9229 --seconds 60 [--out profile.cpuprofile] [--top 40]
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import WebSocket from 'ws';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '9229' },
    seconds: { type: 'string', default: '60' },
    out: { type: 'string' },
    top: { type: 'string', default: '40' },
    interval: { type: 'string', default: '500' },
  },
});

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

const targets = (await (await fetch(`http://127.0.0.1:${values.port}/json/list`)).json()) as { webSocketDebuggerUrl: string }[];
const socket = new WebSocket(targets[0]!.webSocketDebuggerUrl);
await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
let nextId = 1;
const pending = new Map<number, (result: unknown) => void>();
socket.on('message', (data) => {
  const message = JSON.parse(String(data)) as { id?: number; result?: unknown; error?: unknown };
  if (message.id && pending.has(message.id)) {
    pending.get(message.id)!(message.error ? Promise.reject(new Error(JSON.stringify(message.error))) : message.result);
    pending.delete(message.id);
  }
});
const send = (method: string, params: object = {}) =>
  new Promise<unknown>((resolve) => {
    const id = nextId++;
    pending.set(id, resolve);
    socket.send(JSON.stringify({ id, method, params }));
  });

await send('Profiler.enable');
await send('Profiler.setSamplingInterval', { interval: Number(values.interval) });
await send('Profiler.start');
console.error(`sampling for ${values.seconds} s…`);
await new Promise((r) => setTimeout(r, Number(values.seconds) * 1000));
const { profile } = (await send('Profiler.stop')) as { profile: Profile };
socket.close();
if (values.out) writeFileSync(values.out, JSON.stringify(profile));

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const selfMs = new Map<number, number>();
profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
const total = [...selfMs.values()].reduce((a, b) => a + b, 0);
const idle = [...selfMs].filter(([id]) => /\(idle\)/.test(byId.get(id)!.callFrame.functionName)).reduce((a, [, ms]) => a + ms, 0);

const short = (url: string) =>
  url.replace(/^.*\/(supabase\/functions|stack|registry\.npmjs\.org|npm\/[^/]+)\//, '$1/').replace(/^file:\/\//, '');
const key = (n: Node) => `${n.callFrame.functionName || '(anonymous)'} ${short(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
const self = new Map<string, number>();
const inclusive = new Map<string, number>();
const byFile = new Map<string, number>();
for (const [id, ms] of selfMs) {
  const node = byId.get(id)!;
  self.set(key(node), (self.get(key(node)) ?? 0) + ms);
  byFile.set(
    short(node.callFrame.url) || node.callFrame.functionName,
    (byFile.get(short(node.callFrame.url) || node.callFrame.functionName) ?? 0) + ms,
  );
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const k = key(byId.get(cur)!);
    if (seen.has(k)) continue;
    seen.add(k);
    inclusive.set(k, (inclusive.get(k) ?? 0) + ms);
  }
}
const top = Number(values.top);
const pct = (ms: number) => ((100 * ms) / (total - idle)).toFixed(1).padStart(5);
console.log(`sampled ${total.toFixed(0)} ms, idle ${idle.toFixed(0)} ms, busy ${(total - idle).toFixed(0)} ms`);
console.log('\n## self time by function (% of busy)');
for (const [k, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(ms)}%  ${k}`);
console.log('\n## self time by file');
for (const [k, ms] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(ms)}%  ${k}`);
console.log('\n## total (inclusive) time by function');
for (const [k, ms] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, top * 2)) console.log(`${pct(ms)}%  ${k}`);
