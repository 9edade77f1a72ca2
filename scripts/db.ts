// `npm run db:reset` / `npm run db:types` / `npm run db:push`: the real Supabase CLI against the local
// database — the running stack's, or (when none runs) a Postgres started just for the command.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { assertPortsFree, resolveConfig, REPO_ROOT, type StackInfo } from '../stack/config.ts';
import { generateTypes, pushMigrations, resetDatabase } from '../stack/migrate.ts';
import { startPostgres } from '../stack/postgres/index.ts';

export const TYPES_FILE = path.join(REPO_ROOT, 'src', 'lib', 'database.types.ts');

function runningStackDbUrl(dir: string): string | undefined {
  const file = path.join(dir, 'stack.json');
  if (!existsSync(file)) return undefined;
  const info = JSON.parse(readFileSync(file, 'utf8')) as StackInfo;
  try {
    process.kill(info.pid, 0);
    return info.dbUrl;
  } catch {
    return undefined;
  }
}

async function withDatabase<T>(work: (dbUrl: string) => Promise<T>): Promise<T> {
  const dir = path.resolve(process.env.LOCAL_STACK_DIR ?? path.join(REPO_ROOT, '.stack'));
  const running = runningStackDbUrl(dir);
  if (running) return work(running);
  const config = await resolveConfig({ dir });
  await assertPortsFree(config);
  const postgres = await startPostgres({ dataDir: path.join(config.dir, 'db'), port: config.dbPort, logDir: config.logDir });
  try {
    if (postgres.created) await pushMigrations(postgres.url(), { seed: true });
    return await work(postgres.url());
  } finally {
    await postgres.stop();
  }
}

const command = process.argv[2];
if (command === 'reset') {
  await withDatabase(async (url) => console.log(await resetDatabase(url)));
  console.log('Database reset: migrations and seed re-applied.');
} else if (command === 'push') {
  await withDatabase(async (url) => console.log(await pushMigrations(url, { seed: false })));
} else if (command === 'types') {
  const types = await withDatabase(generateTypes);
  writeFileSync(TYPES_FILE, types);
  console.log(`Wrote ${path.relative(REPO_ROOT, TYPES_FILE)}`);
} else {
  console.error('usage: tsx scripts/db.ts reset|push|types');
  process.exit(2);
}
