// Splits a V8 CPU profile (the inspector's Profiler.stop) of a functions worker into categories: each sample goes to
// the innermost frame on its stack that belongs to a known part (a package, a folder of the functions' code), so
// Deno's own `ext:` code counts under whichever part called it (postgres.js' socket writes under postgres.js).
// V8's pseudo-frames stand for themselves: (garbage collector), (program) = work of V8 on the JavaScript thread
// outside any JavaScript function (compiling lazily, inline-cache misses, the runtime), (idle).

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber?: number };
  children?: number[];
}
export interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

const PARTS: [string, RegExp][] = [
  ['QuickJS engine (wasm and its glue)', /quickjs|^wasm:/],
  ['sandbox.ts', /_shared\/ai\/sandbox\.ts/],
  ['postgres.js', /\/postgres\/|npm\/.*postgres@/],
  ['db.ts, rpc.ts, db-errors.ts', /_shared\/(db|rpc|db-errors|db-trace)\.ts/],
  ['zod', /\/zod\//],
  ['supabase-js', /@supabase\//],
  ['scoring engine (_shared/scoring)', /_shared\/scoring\//],
  ['other _shared/ai', /_shared\/ai\//],
  ['JWT (jwt.ts, verify-jwt.ts)', /(_shared\/jwt|stack\/functions\/verify-jwt)\.ts/],
  ['handler, body, http (_shared)', /_shared\/(handler|body|http|supabase|service-role|quiet-console)\.ts/],
  ['_shared (other)', /_shared\//],
  ['generate-questions', /functions\/generate-questions\//],
  ['score-answer', /functions\/score-answer\//],
  ['complete-interview', /functions\/complete-interview\//],
  ['other functions', /supabase\/functions\//],
  ['local runtime (stack/functions/main.ts)', /stack\/functions\//],
  ['other npm packages', /npm|registry/],
];

function partOf(url: string): string | undefined {
  if (!url) return undefined;
  for (const [name, pattern] of PARTS) if (pattern.test(url)) return name;
  return undefined;
}

export interface Categories {
  sampledMs: number;
  busyMs: number;
  byCategory: Record<string, number>;
  /** Inclusive: samples under a module's top-level code or the runtime's function imports. */
  moduleEvaluationMs: number;
  /** The first seconds of the segment: busy ms per second. */
  busyPerSecond: number[];
  topSelf: [string, number][];
}

export function categorize(profile: Profile): Categories {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const categoryOf = new Map<number, string>();
  const inModule = new Map<number, boolean>();
  const category = (id: number): string => {
    const known = categoryOf.get(id);
    if (known) return known;
    const leaf = byId.get(id)!;
    const name = leaf.callFrame.functionName;
    let result: string | undefined;
    if (name === '(idle)') result = 'idle';
    else if (name === '(garbage collector)') result = 'garbage collector';
    else if (name === '(program)') result = 'V8 outside JS (program: lazy compiles, ICs, runtime)';
    for (let cur: number | undefined = id; !result && cur !== undefined; cur = parent.get(cur)) {
      result = partOf(byId.get(cur)!.callFrame.url);
    }
    result ??= /^ext:|^node:/.test(leaf.callFrame.url) ? 'Deno runtime (ext:, nothing of ours above)' : `other: ${name || '(anonymous)'}`;
    categoryOf.set(id, result);
    return result;
  };
  const underModule = (id: number): boolean => {
    const known = inModule.get(id);
    if (known !== undefined) return known;
    let result = false;
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const frame = byId.get(cur)!.callFrame;
      if (
        (frame.functionName === '' && frame.lineNumber === 0 && (frame.columnNumber ?? 0) === 0 && frame.url) ||
        frame.functionName === 'loadFunction' ||
        frame.functionName === 'preloadFunctions'
      ) {
        result = true;
        break;
      }
    }
    inModule.set(id, result);
    return result;
  };
  const byCategory = new Map<string, number>();
  const self = new Map<string, number>();
  const perSecond: number[] = [];
  let sampled = 0;
  let idle = 0;
  let moduleMs = 0;
  let t = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    t += ms;
    sampled += ms;
    const name = category(id);
    if (name === 'idle') {
      idle += ms;
      return;
    }
    byCategory.set(name, (byCategory.get(name) ?? 0) + ms);
    const second = Math.floor(t / 1000);
    perSecond[second] = (perSecond[second] ?? 0) + ms;
    if (underModule(id)) moduleMs += ms;
    const frame = byId.get(id)!.callFrame;
    const key = `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^.*\/(supabase\/functions|stack|npm)\//, '$1/')}:${frame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + ms);
  });
  return {
    sampledMs: sampled,
    busyMs: sampled - idle,
    byCategory: Object.fromEntries([...byCategory].sort((a, b) => b[1] - a[1])),
    moduleEvaluationMs: moduleMs,
    busyPerSecond: Array.from(perSecond, (ms) => Math.round(ms ?? 0)),
    topSelf: [...self].sort((a, b) => b[1] - a[1]).slice(0, 40),
  };
}
