// The local database for operator scripts: the running stack's, or (when none runs) a Postgres
// started just for the command on the same data dir.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { assertPortsFree, resolveConfig, REPO_ROOT, type StackInfo } from '../stack/config.ts';
import { pushMigrations } from '../stack/migrate.ts';
import { startPostgres } from '../stack/postgres/index.ts';

export const stackDir = () => path.resolve(process.env.LOCAL_STACK_DIR ?? path.join(REPO_ROOT, '.stack'));

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

export async function withLocalDatabase<T>(work: (dbUrl: string) => Promise<T>): Promise<T> {
  const dir = stackDir();
  const running = runningStackDbUrl(dir);
  if (running) return work(running);
  const config = await resolveConfig({ dir });
  await assertPortsFree(config);
  const postgres = await startPostgres({ dataDir: path.join(config.dir, 'db'), port: config.dbPort, logDir: config.logDir });
  try {
    // Pending migrations first (also on an existing data dir), so the command sees the current schema.
    await pushMigrations(postgres.url(), { seed: postgres.created });
    return await work(postgres.url());
  } finally {
    await postgres.stop();
  }
}
