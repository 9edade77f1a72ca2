// `npm run dev`: the local stack + Vite; with VITE_SUPABASE_URL/VITE_SUPABASE_ANON_KEY set (env or
// .env files) only Vite starts, against that (e.g. hosted) project.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { loadEnv } from 'vite';
import { REPO_ROOT } from '../stack/config.ts';
import { runStackUntilStopped } from '../stack/cli.ts';

const VITE_BIN = path.join(REPO_ROOT, 'node_modules', '.bin', 'vite');

function startVite(env: NodeJS.ProcessEnv) {
  const vite = spawn(VITE_BIN, ['--port', '5173', '--strictPort'], { cwd: REPO_ROOT, env, stdio: 'inherit' });
  vite.on('exit', (code) => {
    console.error(`[dev] vite exited (code ${code})`);
    process.kill(process.pid, 'SIGTERM');
  });
  return vite;
}

const fileEnv = loadEnv('development', REPO_ROOT, 'VITE_');
const hostedUrl = process.env.VITE_SUPABASE_URL ?? fileEnv.VITE_SUPABASE_URL;
const hostedKey = process.env.VITE_SUPABASE_ANON_KEY ?? fileEnv.VITE_SUPABASE_ANON_KEY;

if (hostedUrl && hostedKey) {
  console.log(`[dev] VITE_SUPABASE_URL is set (${hostedUrl}): starting only Vite.`);
  const vite = startVite(process.env);
  process.on('SIGINT', () => vite.kill('SIGINT'));
} else {
  await runStackUntilStopped((stack) => {
    const vite = startVite({
      ...process.env,
      VITE_SUPABASE_URL: stack.info.apiUrl,
      VITE_SUPABASE_ANON_KEY: stack.info.anonKey,
      VITE_LOCAL_MAILBOX_URL: stack.info.mailboxUrl,
    });
    console.log('[dev] app: http://localhost:5173');
    return () => vite.kill('SIGTERM');
  });
}
