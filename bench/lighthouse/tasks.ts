// The main thread's long tasks during one cold load of the production build in Chromium under 4× CPU
// throttling (Lighthouse's mobile preset): each task over 50 ms with what it spent its time on, and when
// the first contentful and the largest contentful paint came. Total blocking time is made of these tasks.
//
// Usage: npx tsx bench/lighthouse/tasks.ts [--pages new,app] [--runs 2]   (wrap it in /work/bin/heavy)
//   Builds the current tree into a temp dir; signed-in pages get a stored session.
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
const pageKeys = option('pages', 'new').split(',');
const runs = Number(option('runs', '2'));

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; functionName?: string; frame?: string } };
}

// The kinds of work a task is made of (the outermost of them is counted when they nest).
const WORK = new Set([
  'ParseHTML',
  'ParseAuthorStyleSheet',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Commit',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'FunctionCall',
  'TimerFire',
  'FireAnimationFrame',
  'FireIdleCallback',
  'EventDispatch',
  'RunMicrotasks',
  'XHRReadyStateChange',
  'DocumentLoader::CommitNavigation',
]);

/** What a task's time went to, by its children's kind (script URLs shortened to the file's name). */
function describe(children: TraceEvent[], origin: string): string {
  const by = new Map<string, number>();
  for (const child of children) {
    const url = child.args?.data?.url?.replace(origin, '').replace(/-[\w-]{8}\.js$/, '') ?? '';
    const key = url ? `${child.name} ${url}` : child.name;
    by.set(key, (by.get(key) ?? 0) + (child.dur ?? 0) / 1000);
  }
  return [...by]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([name, ms]) => `${name} ${ms.toFixed(0)}`)
    .join(', ');
}

const dir = mkdtempSync(path.join(tmpdir(), 'interviewai-tasks-'));
const stack = await startStack({ dir: path.join(dir, 'stack'), port: await freePortPair(), log: () => {} });
try {
  const { apiUrl, anonKey } = stack.info;
  process.env.VITE_SUPABASE_URL = apiUrl;
  process.env.VITE_SUPABASE_ANON_KEY = anonKey;
  const outDir = path.join(dir, 'dist');
  const configFile = path.join(REPO_ROOT, 'vite.config.ts');
  await build({ root: REPO_ROOT, configFile, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await preview({
    root: REPO_ROOT,
    configFile,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1' },
  });
  const origin = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
  const { client, email, interviewId } = await userWithReport(apiUrl, anonKey, 'tasks');
  const signedIn = await client.auth.signInWithPassword({ email, password: PASSWORD });
  if (signedIn.error) throw signedIn.error;
  const session = signedIn.data.session;
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
    for (let run = 1; run <= runs; run += 1) {
      const target = paths[key]!;
      const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
      if (target.signedIn)
        await context.addInitScript(([k, v]) => localStorage.setItem(k, v), [storageKey, JSON.stringify(session)] as const);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      const events: TraceEvent[] = [];
      cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
      const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.start', {
        categories: 'devtools.timeline,disabled-by-default-devtools.timeline,loading,blink.user_timing,v8.execute,toplevel',
        transferMode: 'ReportEvents',
      });
      await page.goto(`${origin}${target.path}`, { waitUntil: 'networkidle' });
      // the app has rendered, and what it started once it had (idle callbacks, data) had time to run
      await page.waitForFunction(() => document.documentElement.hasAttribute('data-app-ready'), null, { timeout: 60_000 });
      await page.waitForTimeout(2000);
      await cdp.send('Tracing.end');
      await done;
      const navigation = events.find(
        (e) =>
          e.name === 'navigationStart' &&
          String((e.args?.data as { documentLoaderURL?: string } | undefined)?.documentLoaderURL).includes(target.path),
      );
      const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === navigation?.pid);
      if (!navigation || !main) throw new Error('no navigation or main thread in the trace');
      const t0 = navigation.ts;
      const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.ts >= t0);
      const tasks = onMain.filter((e) => e.name === 'RunTask');
      const at = (name: string) => {
        const event = events.find((e) => e.name === name && e.pid === main.pid && e.ts >= t0);
        return event ? `${((event.ts - t0) / 1000).toFixed(0)} ms` : '—';
      };
      const lcps = events.filter((e) => e.name === 'largestContentfulPaint::Candidate' && e.pid === main.pid);
      const lcp = lcps.at(-1);
      let blocking = 0;
      const lines: string[] = [];
      for (const task of tasks) {
        const ms = (task.dur ?? 0) / 1000;
        if (ms < 50) continue;
        blocking += ms - 50;
        const end = task.ts + (task.dur ?? 0);
        const children = onMain.filter((e) => WORK.has(e.name) && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end);
        // only the outermost events of the task: those not inside another child
        const outer = children.filter(
          (c) =>
            !children.some((o) => o !== c && o.ts <= c.ts && o.ts + (o.dur ?? 0) >= c.ts + (c.dur ?? 0) && (o.dur ?? 0) > (c.dur ?? 0)),
        );
        lines.push(`    ${((task.ts - t0) / 1000).toFixed(0).padStart(6)} ms  ${ms.toFixed(0).padStart(4)} ms  ${describe(outer, origin)}`);
      }
      console.log(
        `\n${key} run ${run}: FCP ${at('firstContentfulPaint')}, LCP ${lcp ? `${((lcp.ts - t0) / 1000).toFixed(0)} ms` : '—'} (${lcps.length} candidates), DCL ${at('MarkDOMContent')}; tasks ≥ 50 ms: ${lines.length}, sum of their excess over 50 ms ${blocking.toFixed(0)} ms`,
      );
      console.log(lines.join('\n'));
      await context.close();
    }
  }
  await browser.close();
  server.httpServer.close();
} finally {
  await stack.stop();
  rmSync(dir, { recursive: true, force: true });
}
process.exit();
