// Lighthouse scores of the production build, the way a visitor meets it: `vite build` + `vite preview`
// against an isolated local stack, Chromium at /usr/bin/chromium, Lighthouse 12 with its mobile
// (default) and desktop presets, the median of N runs per page and preset.
//
// Public pages are measured signed out with Lighthouse's usual storage reset. Signed-in pages keep the
// session (localStorage) between runs, so the storage reset is off there; the HTTP cache is cleared
// before every run instead, so each run is still a cold load.
//
// Usage: npm run bench:lighthouse [-- --runs 3] [-- --pages /,/sign-in,app,new,report] [-- --presets mobile] [-- --check]
//   --check exits 1 when any category of any page/preset is below the target (95).
//   --baseline <dir> also builds the source tree in <dir> (e.g. `git archive main | tar -x -C <dir>` with
//   node_modules linked in) and measures it in the same session, runs interleaved, so that a before/after
//   comparison sees the same machine load.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem, tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { REPO_ROOT } from '../../stack/config.ts';
import { startStack } from '../../stack/index.ts';
import { freePort, freePortPair } from '../../stack/lib/ports.ts';
import { CHROMIUM_PATH, chromiumFlags } from '../../e2e/helpers/chromium.ts';
import { PASSWORD, userWithReport } from './report-user.ts';

const TARGET = 95;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];
type Preset = 'mobile' | 'desktop';

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1]! : fallback;
}
const runs = Number(option('runs', '3'));
const pageKeys = option('pages', '/,/sign-in,app,new,report').split(',');
const check = process.argv.includes('--check');
const presets = option('presets', 'mobile,desktop').split(',') as Preset[];
const baselineRoot = option('baseline', '');
// --save-reports keeps every full Lighthouse report in bench/.data (lhr-<page>-<preset>-<run>.json) to dig into.
const saveReports = process.argv.includes('--save-reports');
// --save-traces also keeps each run's trace and DevTools log (trace-<name>.json, devtoolslog-<name>.json): what
// Lighthouse's simulation of a slow phone starts from, to read the page's tasks and requests in order.
const saveTraces = process.argv.includes('--save-traces');
// Scrollbars are hidden, as Puppeteer's headless default does, unless --show-scrollbars. Headless Chromium's display
// does not draw a page's surface until the browser embeds it after the navigation; compositor frames that an
// overlay scrollbar's fade animation (after the mobile preset resizes the page) submits meanwhile stay undrawn,
// and Chromium then sends that renderer one BeginFrame per second, so a page's first paint waited 1 or 2 s in
// a third to a half of the runs, scripts or none (README: "the late first paint"). A phone's display draws every
// frame.
const showScrollbars = process.argv.includes('--show-scrollbars');
// --trace-categories cc,viz,… records more of Chrome's trace categories in those traces (the compositor's
// scheduler, for one); Lighthouse's own categories stay.
const traceCategories = option('trace-categories', '');
const DATA_DIR = path.join(REPO_ROOT, 'bench', '.data');

// Resolved from this folder's own node_modules (npm install --prefix bench/lighthouse); kept out of the
// type graph so the root type check does not need them.
const LIGHTHOUSE = 'lighthouse';
const LIGHTHOUSE_DESKTOP = 'lighthouse/core/config/desktop-config.js';
const CHROME_LAUNCHER = 'chrome-launcher';
type LighthouseFn = (
  url: string,
  flags: Record<string, unknown>,
  config?: unknown,
) => Promise<{
  lhr: { categories: Record<Category, { score: number | null }>; audits: Record<string, LighthouseAudit> };
  artifacts: { Trace?: unknown; DevtoolsLog?: unknown };
}>;
interface LighthouseAudit {
  id: string;
  score: number | null;
  scoreDisplayMode: string;
  title: string;
  displayValue?: string;
  numericValue?: number;
  details?: {
    items?: { node?: { selector?: string; snippet?: string }; score?: number; resourceType?: string; transferSize?: number }[];
  };
}

/** Facts about a run that machine load distorts little (bytes, requests) or that explain the score. */
function loadFacts(audits: Record<string, LighthouseAudit>) {
  const requests = audits['network-requests']?.details?.items ?? [];
  const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
  return {
    fcpMs: audits['first-contentful-paint']?.numericValue ?? 0,
    transferKb: kb(audits['total-byte-weight']?.numericValue ?? 0),
    scriptKb: kb(requests.filter((r) => r.resourceType === 'Script').reduce((sum, r) => sum + (r.transferSize ?? 0), 0)),
    requests: requests.length,
    scriptMs: audits['bootup-time']?.numericValue ?? 0,
    mainThreadMs: audits['mainthread-work-breakdown']?.numericValue ?? 0,
  };
}
type LoadFacts = ReturnType<typeof loadFacts>;
const lighthouse = (await import(LIGHTHOUSE)).default as LighthouseFn;
const desktopConfig = (await import(LIGHTHOUSE_DESKTOP)).default as unknown;
const { launch } = (await import(CHROME_LAUNCHER)) as {
  launch(options: { chromePath: string; chromeFlags: string[]; userDataDir: string }): Promise<{ port: number; kill(): Promise<void> }>;
};

function configFor(preset: Preset): unknown {
  if (!traceCategories) return preset === 'desktop' ? desktopConfig : undefined;
  const base: { extends?: string; settings?: object } =
    preset === 'desktop' ? (desktopConfig as { settings?: object }) : { extends: 'lighthouse:default' };
  return { ...base, settings: { ...base.settings, additionalTraceCategories: traceCategories } };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
};

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), 'interviewai-lighthouse-'));
  const cleanups: (() => Promise<unknown> | unknown)[] = [() => rmSync(dir, { recursive: true, force: true })];
  try {
    const stack = await startStack({ dir: path.join(dir, 'stack'), port: await freePortPair(), log: () => {} });
    cleanups.push(() => stack.stop());
    const { apiUrl, anonKey, mailboxUrl } = stack.info;

    process.env.VITE_SUPABASE_URL = apiUrl;
    process.env.VITE_SUPABASE_ANON_KEY = anonKey;
    process.env.VITE_LOCAL_MAILBOX_URL = mailboxUrl;
    const sources = [{ label: 'after', root: REPO_ROOT }];
    if (baselineRoot) sources.push({ label: 'before', root: path.resolve(baselineRoot) });
    const builds: { label: string; appUrl: string }[] = [];
    for (const source of sources) {
      const outDir = path.join(dir, `dist-${source.label}`);
      await build({
        root: source.root,
        configFile: path.join(source.root, 'vite.config.ts'),
        logLevel: 'warn',
        build: { outDir, emptyOutDir: true },
      });
      const server = await preview({
        root: source.root,
        configFile: path.join(source.root, 'vite.config.ts'),
        logLevel: 'warn',
        build: { outDir },
        preview: { port: await freePort(), strictPort: true, host: '127.0.0.1' },
      });
      cleanups.push(() => new Promise<void>((resolve) => server.httpServer.close(() => resolve())));
      builds.push({ label: source.label, appUrl: server.resolvedUrls!.local[0]!.replace(/\/$/, '') });
    }

    const user = await userWithReport(apiUrl, anonKey);
    const pages: Record<string, { path: string; signedIn: boolean }> = {
      '/': { path: '/', signedIn: false },
      '/sign-in': { path: '/sign-in', signedIn: false },
      app: { path: '/app', signedIn: true },
      new: { path: '/app/interviews/new', signedIn: true },
      report: { path: `/app/interviews/${user.interviewId}/report`, signedIn: true },
    };

    mkdirSync(path.join(dir, 'chrome'), { recursive: true });
    const chrome = await launch({
      chromePath: CHROMIUM_PATH,
      userDataDir: path.join(dir, 'chrome'),
      chromeFlags: [...chromiumFlags('new'), ...(showScrollbars ? [] : ['--hide-scrollbars'])],
    });
    cleanups.push(() => chrome.kill());
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
    cleanups.push(() => browser.close());
    const control = await browser.contexts()[0]!.newPage();
    const cdp = await control.context().newCDPSession(control);

    const results: {
      build: string;
      page: string;
      preset: Preset;
      scores: Record<Category, number>;
      runs: Record<Category, number>[];
      lcpMs: number;
      cls: number;
      tbtMs: number;
      failing: string[];
      shifts: { element: string; score: number }[];
      facts: LoadFacts;
    }[] = [];
    let signedIn = false;
    // Signed-out pages first: signing in would redirect them.
    const ordered = pageKeys.sort((a, b) => Number(pages[a]!.signedIn) - Number(pages[b]!.signedIn));
    for (const key of ordered) {
      const page = pages[key];
      if (!page) throw new Error(`Unknown page ${key}; use ${Object.keys(pages).join(', ')}`);
      if (page.signedIn && !signedIn) {
        // The session lives in each origin's localStorage: sign in on every build's server.
        for (const { appUrl } of builds) {
          await control.goto(`${appUrl}/sign-in`);
          // a prerendered form submits nothing until the app has taken over (index.html); builds without
          // prerendering (a --baseline from before it) have no such wait
          await control.waitForFunction(
            () => document.documentElement.hasAttribute('data-app-ready') || !document.documentElement.hasAttribute('data-prerendered'),
          );
          await control.getByLabel('Email').fill(user.email);
          await control.getByLabel('Password', { exact: true }).fill(PASSWORD);
          await control.getByRole('button', { name: 'Sign in' }).click();
          await control.waitForURL(`${appUrl}/app`, { timeout: 30_000 });
        }
        await control.goto('about:blank');
        signedIn = true;
      }
      for (const preset of presets) {
        type Collected = {
          perRun: Record<Category, number>[];
          metrics: { lcp: number; cls: number; tbt: number }[];
          facts: LoadFacts[];
          failing: Set<string>;
          shifts: Map<string, number>;
        };
        const collected = new Map<string, Collected>(
          builds.map((b) => [b.label, { perRun: [], metrics: [], facts: [], failing: new Set(), shifts: new Map() }]),
        );
        // Runs of the builds alternate, so that both see the same changes in machine load.
        for (let run = 0; run < runs; run += 1) {
          for (const { label, appUrl } of builds) {
            const into = collected.get(label)!;
            if (page.signedIn) await cdp.send('Network.clearBrowserCache');
            const { lhr, artifacts } = await lighthouse(
              `${appUrl}${page.path}`,
              { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES], disableStorageReset: page.signedIn },
              configFor(preset),
            );
            const name = `${page.path.replace(user.interviewId, 'id').replace(/\W+/g, '_') || 'root'}-${preset}-${label}-${run + 1}`;
            if (saveReports || saveTraces) mkdirSync(DATA_DIR, { recursive: true });
            if (saveReports) writeFileSync(path.join(DATA_DIR, `lhr-${name}.json`), JSON.stringify(lhr));
            if (saveTraces) {
              writeFileSync(path.join(DATA_DIR, `trace-${name}.json`), JSON.stringify(artifacts.Trace));
              writeFileSync(path.join(DATA_DIR, `devtoolslog-${name}.json`), JSON.stringify(artifacts.DevtoolsLog));
            }
            into.perRun.push(
              Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c].score ?? 0) * 100)])) as Record<Category, number>,
            );
            into.metrics.push({
              lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? 0,
              cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? 0,
              tbt: lhr.audits['total-blocking-time']?.numericValue ?? 0,
            });
            into.facts.push(loadFacts(lhr.audits));
            for (const item of lhr.audits['layout-shifts']?.details?.items ?? []) {
              const what = item.node?.selector ?? item.node?.snippet ?? 'unknown element';
              into.shifts.set(what, Math.max(into.shifts.get(what) ?? 0, item.score ?? 0));
            }
            for (const audit of Object.values(lhr.audits)) {
              if (audit.scoreDisplayMode === 'binary' && audit.score === 0) into.failing.add(audit.id);
            }
          }
        }
        for (const { label } of builds) {
          const { perRun, metrics, facts, failing, shifts } = collected.get(label)!;
          const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(perRun.map((r) => r[c]))])) as Record<Category, number>;
          const medianFact = (key: keyof LoadFacts) => median(facts.map((f) => f[key]));
          results.push({
            build: label,
            page: page.path.replace(user.interviewId, ':id'),
            preset,
            scores,
            runs: perRun,
            lcpMs: Math.round(median(metrics.map((m) => m.lcp))),
            cls: Number(median(metrics.map((m) => m.cls)).toFixed(3)),
            tbtMs: Math.round(median(metrics.map((m) => m.tbt))),
            failing: [...failing].sort(),
            shifts: [...shifts]
              .sort((a, b) => b[1] - a[1])
              .slice(0, 3)
              .map(([element, score]) => ({ element, score: Number(score.toFixed(3)) })),
            facts: {
              fcpMs: Math.round(medianFact('fcpMs')),
              transferKb: medianFact('transferKb'),
              scriptKb: medianFact('scriptKb'),
              requests: medianFact('requests'),
              scriptMs: Math.round(medianFact('scriptMs')),
              mainThreadMs: Math.round(medianFact('mainThreadMs')),
            },
          });
          const last = results.at(-1)!;
          console.log(
            `${builds.length > 1 ? `${label.padEnd(7)}` : ''}${last.page.padEnd(28)} ${preset.padEnd(7)} perf ${scores.performance} · a11y ${scores.accessibility} · best ${scores['best-practices']} · seo ${scores.seo}` +
              `   LCP ${last.lcpMs} ms, CLS ${last.cls}, TBT ${last.tbtMs} ms${last.failing.length ? `   failing: ${last.failing.join(', ')}` : ''}` +
              (last.cls >= 0.05 ? `\n    shifted: ${last.shifts.map((x) => `${x.element} (${x.score})`).join('; ')}` : ''),
          );
        }
      }
    }

    const cpu = cpus()[0]?.model ?? 'unknown CPU';
    const load = loadavg()
      .map((value) => value.toFixed(2))
      .join(' / ');
    const machine = `${cpus().length} cores (${cpu}), ${Math.round(totalmem() / 2 ** 30)} GiB (${Math.round(freemem() / 2 ** 30)} GiB free), load average ${load} (1/5/15 min) at the end`;
    const resultsDir = DATA_DIR;
    mkdirSync(resultsDir, { recursive: true });
    const file = path.join(resultsDir, `lighthouse-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), machine, runs, results }, null, 2));
    console.log(`\n${machine}; median of ${runs} run(s); results in ${path.relative(REPO_ROOT, file)}`);
    const buildColumn = builds.length > 1;
    console.log(
      `\n| ${buildColumn ? 'build | ' : ''}page | preset | perf | a11y | best practices | SEO | FCP | LCP | CLS | TBT |` +
        `\n|${buildColumn ? '---|' : ''}---|---|---|---|---|---|---|---|---|---|`,
    );
    for (const r of results) {
      console.log(
        `| ${buildColumn ? `${r.build} | ` : ''}\`${r.page}\` | ${r.preset} | ${r.scores.performance} | ${r.scores.accessibility} | ${r.scores['best-practices']} | ${r.scores.seo} | ${r.facts.fcpMs} ms | ${r.lcpMs} ms | ${r.cls} | ${r.tbtMs} ms |`,
      );
    }
    console.log(
      `\n| ${buildColumn ? 'build | ' : ''}page | preset | requests | transferred | of it JS | script main-thread time | all main-thread work |` +
        `\n|${buildColumn ? '---|' : ''}---|---|---|---|---|---|---|`,
    );
    for (const r of results) {
      console.log(
        `| ${buildColumn ? `${r.build} | ` : ''}\`${r.page}\` | ${r.preset} | ${r.facts.requests} | ${r.facts.transferKb} KiB | ${r.facts.scriptKb} KiB | ${r.facts.scriptMs} ms | ${r.facts.mainThreadMs} ms |`,
      );
    }
    const below = results.filter((r) => CATEGORIES.some((c) => r.scores[c] < TARGET));
    if (check && below.length) {
      console.error(`\n${below.length} page/preset pair(s) below ${TARGET}.`);
      process.exitCode = 1;
    }
  } finally {
    for (const cleanup of cleanups.reverse()) await Promise.resolve(cleanup()).catch(() => {});
  }
}

await main();
process.exit();
