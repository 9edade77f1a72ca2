/**
 * The stack starts from any directory a user clones into — also one only root can traverse, as
 * `mktemp -d` makes them — without changing the permissions of any of the user's directories.
 * (As root, Postgres runs as the `postgres` OS user; not as root there is nothing to reach.)
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../stack/lib/ports.ts';
import { removePostgresCluster, startPostgres } from '../../stack/postgres/index.ts';
import { runtimeRoot, sweepOrphanClusters } from '../../stack/postgres/location.ts';

const REPO = path.resolve(import.meta.dirname, '../..');

/** Every directory from `dir` up to the file system root, with its mode. */
function parentModes(dir: string): Record<string, number> {
  const modes: Record<string, number> = {};
  for (let current = dir; ; current = path.dirname(current)) {
    modes[current] = statSync(current).mode;
    if (current === path.dirname(current)) return modes;
  }
}

describe.skipIf(userInfo().uid !== 0)('a clone in a directory only root can traverse', () => {
  const outer = mkdtempSync(path.join(tmpdir(), 'interviewai-clone-'));
  afterAll(() => rmSync(outer, { recursive: true, force: true }));

  it('starts Postgres with its data dir there and changes no directory’s mode', async () => {
    expect(statSync(outer).mode & 0o777).toBe(0o700);
    // The clone: the stack's code, with the project's node_modules beside it (as `npm install` would make them).
    const clone = path.join(outer, 'nested', 'interviewai');
    mkdirSync(clone, { recursive: true, mode: 0o700 });
    cpSync(path.join(REPO, 'stack'), path.join(clone, 'stack'), { recursive: true });
    cpSync(path.join(REPO, 'package.json'), path.join(clone, 'package.json'));
    execFileSync('ln', ['-s', path.join(REPO, 'node_modules'), path.join(clone, 'node_modules')]);
    const dataDir = path.join(clone, '.stack', 'db');
    const before = parentModes(clone);

    const { startPostgres: startFromClone } = (await import(path.join(clone, 'stack/postgres/index.ts'))) as {
      startPostgres: typeof startPostgres;
    };
    const postgres = await startFromClone({ dataDir, port: await freePort(), logDir: path.join(clone, '.stack', 'logs') });
    try {
      expect(postgres.created).toBe(true);
      const client = new pg.Client({ connectionString: postgres.url() });
      await client.connect();
      const { rows } = await client.query('select current_user as who');
      await client.end();
      expect(rows[0].who).toBe('postgres');
    } finally {
      await postgres.stop();
    }

    expect(parentModes(clone)).toEqual(before);
    // The cluster lives where the postgres user can reach it; the data dir points there.
    const pointer = JSON.parse(readFileSync(path.join(dataDir, 'cluster.json'), 'utf8')) as { clusterDir: string };
    expect(pointer.clusterDir.startsWith(runtimeRoot())).toBe(true);
    expect(existsSync(path.join(pointer.clusterDir, 'PG_VERSION'))).toBe(true);

    // A restart finds the same cluster.
    const again = await startPostgres({ dataDir, port: await freePort(), logDir: path.join(clone, '.stack', 'logs') });
    expect(again.created).toBe(false);
    await again.stop();

    await removePostgresCluster(dataDir);
    expect(existsSync(pointer.clusterDir)).toBe(false);
  });

  it('a cluster whose data dir was deleted is removed at the next start', async () => {
    const dataDir = path.join(outer, 'gone', '.stack', 'db');
    const postgres = await startPostgres({ dataDir, port: await freePort(), logDir: outer });
    await postgres.stop();
    const pointer = JSON.parse(readFileSync(path.join(dataDir, 'cluster.json'), 'utf8')) as { clusterDir: string };
    rmSync(path.join(outer, 'gone'), { recursive: true, force: true });
    expect(existsSync(pointer.clusterDir)).toBe(true);
    expect(await sweepOrphanClusters()).toContain(path.dirname(pointer.clusterDir));
    expect(existsSync(pointer.clusterDir)).toBe(false);
  });
});
