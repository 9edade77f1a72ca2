// First-load JavaScript of the SPA, gzip-compressed: the entry chunk plus every chunk it imports
// statically (what the browser must fetch before the first route renders). Lazy routes, charts,
// the editor and the PDF/DOCX parsers must stay out of it.
// Usage: npm run bench:bundle [-- --check]   (--check exits 1 above the budget)
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { REPO_ROOT } from '../../stack/config.ts';

const BUDGET_KB = 150;
const dist = path.join(REPO_ROOT, 'dist');

interface ManifestChunk {
  file: string;
  imports?: string[];
  isEntry?: boolean;
  css?: string[];
}

execFileSync(path.join(REPO_ROOT, 'node_modules', '.bin', 'vite'), ['build', '--manifest', '--logLevel', 'warn'], {
  cwd: REPO_ROOT,
  stdio: 'inherit',
  env: { ...process.env, VITE_SUPABASE_URL: process.env.VITE_SUPABASE_URL ?? 'http://127.0.0.1:54321', VITE_SUPABASE_ANON_KEY: process.env.VITE_SUPABASE_ANON_KEY ?? 'bench' },
});
const manifest = JSON.parse(readFileSync(path.join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
const entry = Object.keys(manifest).find((key) => manifest[key]!.isEntry);
if (!entry) throw new Error('no entry chunk in the Vite manifest');

const firstLoad = new Set<string>();
const visit = (key: string) => {
  const chunk = manifest[key]!;
  if (firstLoad.has(chunk.file)) return;
  firstLoad.add(chunk.file);
  chunk.imports?.forEach(visit);
};
visit(entry);

const gzipKb = (file: string) => gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length / 1024;
const rows = [...firstLoad].map((file) => ({ file, kb: gzipKb(file) }));
const total = rows.reduce((sum, row) => sum + row.kb, 0);
const allJs = Object.values(manifest).map((c) => c.file).filter((f, i, a) => f.endsWith('.js') && a.indexOf(f) === i);
const everything = allJs.reduce((sum, file) => sum + gzipKb(file), 0);

for (const row of rows) console.log(`  ${row.file.padEnd(48)} ${row.kb.toFixed(1)} KB gzip`);
console.log(`first-load JS: ${total.toFixed(1)} KB gzip (budget ${BUDGET_KB} KB); all JS: ${everything.toFixed(1)} KB gzip in ${allJs.length} chunks`);
if (process.argv.includes('--check') && total > BUDGET_KB) {
  console.error(`Bundle budget exceeded: ${total.toFixed(1)} KB > ${BUDGET_KB} KB. Lazy-load the heavy parts.`);
  process.exit(1);
}
