// Where a page's start spends the main thread: a CPU profile of one cold load of the production build in
// Chromium under 4× CPU throttling (Lighthouse's mobile preset), self time summed by script and by
// function, plus the long tasks. Proportions hold up under machine load better than Lighthouse's scores.
//
// Usage: npx tsx bench/lighthouse/profile.ts [--pages app,report,new,/,/sign-in] [--no-minify]
//   The current tree is built into a temp dir (--no-minify keeps the functions' names). Signed-in pages get a
//   stored session.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { REPO_ROOT } from '../../stack/config.ts';
import { startStack } from '../../stack/index.ts';
import { freePortPair } from '../../stack/lib/ports.ts';
import { CHROMIUM_PATH, chromiumFlags } from '../../e2e/helpers/chromium.ts';
import { PASSWORD, userWithReport } from './report-user.ts';

const option = (name: string, fallback: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1]! : fallback;
};
const pageKeys = option('pages', 'app,report').split(',');

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/** A user with one finished interview, signed in (their session goes into the page's storage). */
async function signedInUserWithReport(apiUrl: string, anonKey: string) {
  const { client, email, interviewId } = await userWithReport(apiUrl, anonKey, 'profile');
  const signedIn = await client.auth.signInWithPassword({ email, password: PASSWORD });
  if (signedIn.error) throw signedIn.error;
  return { session: signedIn.data.session, interviewId };
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; beginData?: { url?: string }; data?: { url?: string; functionName?: string; frame?: string; type?: string } };
}
const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'];
// What a task spent its time in, as the DevTools timeline names it (script, parse, style, layout…).
const TASK_PARTS = new Set([
  'EvaluateScript',
  'v8.evaluateModule',
  'FunctionCall',
  'TimerFire',
  'FireAnimationFrame',
  'FireIdleCallback',
  'RunMicrotasks',
  'ParseHTML',
  'ParseAuthorStyleSheet',
  'UpdateLayoutTree',
  'Layout',
  'Paint',
  'PrePaint',
  'Layerize',
  'EventDispatch',
  'HandlePostMessage',
  'v8.compileModule',
  'V8.GC_SCAVENGER',
  'MajorGC',
  'MinorGC',
  'XHRReadyStateChange',
]);

/**
 * The page's long tasks with what each did: its top-level timeline events (script by URL or function, parse,
 * style, layout) and the functions that took the most self time in it (CPU profile samples in its window;
 * the trace and the profile share the monotonic clock).
 */
function longTasks(
  events: TraceEvent[],
  profile: { startTime?: number; samples: number[]; timeDeltas: number[] },
  byId: Map<number, ProfileNode>,
  origin: string,
): string {
  const parse = events.find((e) => e.name === 'ParseHTML' && (e.args?.beginData?.url ?? e.args?.data?.url)?.startsWith(origin));
  const navigation = events.find((e) => e.name === 'navigationStart' && e.pid === parse?.pid);
  if (!parse) return '    (no main thread found in the trace)';
  const thread = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid && (e.ph === 'X' || e.ph === 'B'));
  const zero = navigation?.ts ?? thread[0]!.ts;
  const sampleTimes: number[] = [];
  let time = profile.startTime ?? 0;
  for (const delta of profile.timeDeltas) sampleTimes.push((time += delta));
  const short = (url = '') => url.replace(origin, '').replace(/-[\w-]{8}\.js$/, '');
  const lines: string[] = [];
  for (const task of thread.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > 50_000)) {
    const end = task.ts + task.dur!;
    const parts = new Map<string, number>();
    for (const e of thread) {
      if (e === task || !TASK_PARTS.has(e.name) || e.ts < task.ts || e.ts >= end || (e.dur ?? 0) < 3_000) continue;
      const data = e.args?.data;
      const what = data?.functionName || data?.url ? `${e.name} ${data.functionName ?? ''} ${short(data.url)}`.replace(/ +/g, ' ') : e.name;
      parts.set(what, (parts.get(what) ?? 0) + e.dur! / 1000);
    }
    const selfTime = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      const at = sampleTimes[i]!;
      if (at < task.ts || at >= end) return;
      const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
      const fn = `${functionName || '(anonymous)'} ${url ? short(url) : ''}:${lineNumber}`;
      selfTime.set(fn, (selfTime.get(fn) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
    });
    const list = (map: Map<string, number>, n: number) =>
      [...map]
        .sort((a, b) => b[1] - a[1])
        .slice(0, n)
        .map(([name, ms]) => `${name} ${ms.toFixed(0)}`)
        .join('; ');
    lines.push(
      `    ${((task.ts - zero) / 1000).toFixed(0).padStart(6)} +${(task.dur! / 1000).toFixed(0).padStart(4)} ms  ${list(parts, 4)}`,
    );
    lines.push(`                      self: ${list(selfTime, 4)}`);
  }
  return lines.join('\n') || '    none';
}

const dir = mkdtempSync(path.join(tmpdir(), 'interviewai-profile-'));
const stack = await startStack({ dir: path.join(dir, 'stack'), port: await freePortPair(), log: () => {} });
try {
  const { apiUrl, anonKey } = stack.info;
  process.env.VITE_SUPABASE_URL = apiUrl;
  process.env.VITE_SUPABASE_ANON_KEY = anonKey;
  const outDir = path.join(dir, 'dist');
  const configFile = path.join(REPO_ROOT, 'vite.config.ts');
  await build({
    root: REPO_ROOT,
    configFile,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, minify: !process.argv.includes('--no-minify') },
  });
  const server = await preview({
    root: REPO_ROOT,
    configFile,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1' },
  });
  const origin = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
  const { session, interviewId } = await signedInUserWithReport(apiUrl, anonKey);
  const storageKey = `sb-${new URL(apiUrl).hostname.split('.')[0]}-auth-token`;
  const paths: Record<string, { path: string; signedIn: boolean }> = {
    '/': { path: '/', signedIn: false },
    '/sign-in': { path: '/sign-in', signedIn: false },
    app: { path: '/app', signedIn: true },
    new: { path: '/app/interviews/new', signedIn: true },
    report: { path: `/app/interviews/${interviewId}/report`, signedIn: true },
  };
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: chromiumFlags() });
  for (const key of pageKeys) {
    const target = paths[key]!;
    const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
    if (target.signedIn)
      await context.addInitScript(([k, v]) => localStorage.setItem(k, v), [storageKey, JSON.stringify(session)] as const);
    const page = await context.newPage();
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    const started = Date.now();
    await page.goto(`${origin}${target.path}`, { waitUntil: 'networkidle' });
    // The app's render (and what its data brings) comes after the first network idle on a slow machine.
    await page.waitForSelector('html[data-app-ready]', { state: 'attached' });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1000);
    const settled = Date.now() - started;
    const lcp = await page.evaluate(
      () =>
        new Promise<{ time: number; element: string }>((resolve) =>
          new PerformanceObserver((list) => {
            const last = list.getEntries().at(-1) as PerformanceEntry & { element?: Element };
            resolve({ time: Math.round(last.startTime), element: last.element?.outerHTML.slice(0, 80) ?? '' });
          }).observe({ type: 'largest-contentful-paint', buffered: true }),
        ),
    );
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
      profile: { nodes: ProfileNode[]; startTime: number; samples: number[]; timeDeltas: number[] };
    };
    const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const self = new Map<number, number>();
    profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000));
    const byScript = new Map<string, number>();
    const byFunction = new Map<string, number>();
    for (const [id, ms] of self) {
      const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
      const script = url ? url.replace(origin, '').replace(/-[\w-]{8}\.js$/, '') : `(${functionName || 'native'})`;
      byScript.set(script, (byScript.get(script) ?? 0) + ms);
      const fn = `${functionName || '(anonymous)'} ${script}:${lineNumber}`;
      byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
    }
    const top = (map: Map<string, number>, n: number) =>
      [...map]
        .sort((a, b) => b[1] - a[1])
        .slice(0, n)
        .map(([name, ms]) => `    ${ms.toFixed(0).padStart(6)} ms  ${name}`)
        .join('\n');
    console.log(`\n${key} (${target.path}): settled after ${settled} ms, LCP ${lcp.time} ms ${lcp.element}`);
    console.log(`  self time by script:\n${top(byScript, 15)}\n  by function:\n${top(byFunction, 25)}`);
    console.log(`  long tasks (> 50 ms, ms after navigation start):\n${longTasks(trace.traceEvents, profile, byId, origin)}`);
    await context.close();
  }
  await browser.close();
  server.httpServer.close();
} finally {
  await stack.stop();
  rmSync(dir, { recursive: true, force: true });
}
process.exit();
