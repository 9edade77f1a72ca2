// First-load JavaScript of the SPA, gzip-compressed, measured two ways:
//
//  1. browser (the budgeted figure): the built app is served from dist/ by a tiny static server and loaded
//     in Chromium; every JS response the browser fetches until the landing page (`/`) has rendered and the
//     network is idle is summed (gzip -9 of the served file). This includes what main.tsx imports
//     dynamically after the env check (App, router, the route's lazy chunk, …), i.e. what a visitor
//     really downloads before they can read the page.
//  2. manifest (for reference): the entry chunk plus its static import graph from Vite's manifest. This
//     under-counts (dynamic imports on the critical path are not followed).
//
// Other routes are measured too (informational): sign-in, and what /app adds on top of the landing page.
// Usage: npm run bench:bundle [-- --check] [-- --no-build]   (--check exits 1 when the browser figure is over budget)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, chromiumFlags } from '../../e2e/helpers/chromium.ts';
import { REPO_ROOT } from '../../stack/config.ts';

const BUDGET_KB = 150;
const dist = path.join(REPO_ROOT, 'dist');

interface ManifestChunk {
  file: string;
  imports?: string[];
  isEntry?: boolean;
}

if (!process.argv.includes('--no-build')) {
  execFileSync(path.join(REPO_ROOT, 'node_modules', '.bin', 'vite'), ['build', '--manifest', '--logLevel', 'warn'], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
    env: {
      ...process.env,
      VITE_SUPABASE_URL: process.env.VITE_SUPABASE_URL ?? 'http://127.0.0.1:54321',
      VITE_SUPABASE_ANON_KEY: process.env.VITE_SUPABASE_ANON_KEY ?? 'bench',
    },
  });
}

const gzipCache = new Map<string, number>();
const gzipKb = (file: string) => {
  let kb = gzipCache.get(file);
  if (kb === undefined) {
    kb = gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length / 1024;
    gzipCache.set(file, kb);
  }
  return kb;
};

// ── 1. manifest figure ─────────────────────────────────────────────────────────────────
const manifest = JSON.parse(readFileSync(path.join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
const entry = Object.keys(manifest).find((key) => manifest[key]!.isEntry);
if (!entry) throw new Error('no entry chunk in the Vite manifest');
const staticGraph = new Set<string>();
const visit = (key: string) => {
  const chunk = manifest[key]!;
  if (staticGraph.has(chunk.file)) return;
  staticGraph.add(chunk.file);
  chunk.imports?.forEach(visit);
};
visit(entry);
const manifestKb = [...staticGraph].reduce((sum, file) => sum + gzipKb(file), 0);
const allJs = [...new Set(Object.values(manifest).map((c) => c.file))].filter((f) => f.endsWith('.js'));
const everythingKb = allJs.reduce((sum, file) => sum + gzipKb(file), 0);

// ── 2. browser figure ──────────────────────────────────────────────────────────────────
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

const isFile = (file: string) => file.startsWith(dist) && existsSync(file) && statSync(file).isFile();

/**
 * Static files from dist/, `<path>.html` for `<path>` (the prerendered pages), index.html for every other
 * path (SPA fallback), like the production host.
 */
function serveDist(): Promise<Server> {
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = path.join(dist, pathname);
    if (!isFile(file)) file = isFile(`${file}.html`) ? `${file}.html` : path.join(dist, 'index.html');
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

type PageLoad = { route: string; files: string[] };

async function measure(origin: string, route: string, ready: string): Promise<PageLoad> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: chromiumFlags() });
  try {
    const page = await browser.newPage();
    const files: string[] = [];
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.origin === origin && url.pathname.endsWith('.js')) files.push(url.pathname.replace(/^\//, ''));
    });
    await page.goto(`${origin}${route}`, { waitUntil: 'networkidle' });
    await page.locator(ready).first().waitFor({ timeout: 15_000 });
    await page.waitForLoadState('networkidle');
    return { route, files: [...new Set(files)] };
  } finally {
    await browser.close();
  }
}

const server = await serveDist();
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
let landing: PageLoad;
let signIn: PageLoad;
try {
  landing = await measure(origin, '/', 'h1');
  signIn = await measure(origin, '/sign-in', 'h1');
} finally {
  server.close();
}

const sum = (files: string[]) => files.reduce((total, file) => total + gzipKb(file), 0);
const browserKb = sum(landing.files);

console.log('first-load JS of / (browser, gzip -9):');
for (const file of landing.files) console.log(`  ${file.padEnd(52)} ${gzipKb(file).toFixed(1)} KB`);
console.log(`/sign-in loads ${sum(signIn.files).toFixed(1)} KB gzip (${signIn.files.length} files)`);
console.log(
  `manifest static graph of the entry: ${manifestKb.toFixed(1)} KB gzip; all JS: ${everythingKb.toFixed(1)} KB gzip in ${allJs.length} chunks`,
);
console.log(`first-load JS (browser, /): ${browserKb.toFixed(1)} KB gzip (budget ${BUDGET_KB} KB)`);

if (process.argv.includes('--check') && browserKb > BUDGET_KB) {
  console.error(`Bundle budget exceeded: ${browserKb.toFixed(1)} KB > ${BUDGET_KB} KB. Lazy-load the heavy parts.`);
  process.exit(1);
}
