/**
 * A stack, or a bare Postgres, of a test file's own, for tests that would disturb the shared one (killing its
 * processes, replacing its database, other settings): started in a temporary directory on free ports before the
 * file's (or the describe block's) tests, stopped and removed after them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { startStack, type RunningStack, type StackInfo, type StackOptions } from '../../stack/index.ts';
import { freePort, freePortPair } from '../../stack/lib/ports.ts';
import { startPostgres, type RunningPostgres } from '../../stack/postgres/index.ts';
import { sqlOn } from './stack.ts';

export type OwnStackOptions = Omit<StackOptions, 'dir' | 'port'>;

export interface OwnStack {
  /** The stack's data dir (its logs are in `logs/`); a test may put files of its own there. */
  readonly dir: string;
  readonly info: StackInfo;
  readonly running: RunningStack;
  /** SQL as the database owner of this stack. */
  sql<T extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values?: unknown[]): Promise<T[]>;
}

export interface OwnPostgres {
  /** The temporary directory: the cluster is in `db/`, its log beside it. */
  readonly dir: string;
  readonly postgres: RunningPostgres;
}

/**
 * Registers the hooks that start and remove a temporary directory and what runs in it. `start` runs in beforeAll,
 * after the hooks registered before this call.
 */
function ownResource<T extends { stop(): Promise<void> }>(label: string, start: (dir: string) => Promise<T>) {
  let dir: string | undefined;
  let resource: T | undefined;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), `interviewai-${label}-`));
    resource = await start(dir);
  });
  afterAll(async () => {
    await resource?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  return {
    dir: () => dir ?? notStarted(label),
    resource: () => resource ?? notStarted(label),
  };
}

function notStarted(label: string): never {
  throw new Error(`the ${label} stack is used before its beforeAll started it`);
}

/**
 * A whole stack of the file's own, with the test stack's fast password hashing. `options` may be a function: it
 * is called when the stack starts, so it can use what an earlier beforeAll started (a fake vendor's URL).
 */
export function ownStack(label: string, options: OwnStackOptions | (() => OwnStackOptions) = {}): OwnStack {
  const own = ownResource(label, async (dir) =>
    startStack({ bcryptCost: 4, ...(typeof options === 'function' ? options() : options), dir, port: await freePortPair() }),
  );
  return {
    get dir() {
      return own.dir();
    },
    get info() {
      return own.resource().info;
    },
    get running() {
      return own.resource();
    },
    sql: (text, values = []) => sqlOn(own.resource().info, text, values),
  };
}

/** A freshly bootstrapped Postgres of the file's own (no migrations), for tests of the platform itself. */
export function ownPostgres(label: string): OwnPostgres {
  const own = ownResource(label, async (dir) => startPostgres({ dataDir: path.join(dir, 'db'), port: await freePort(), logDir: dir }));
  return {
    get dir() {
      return own.dir();
    },
    get postgres() {
      return own.resource();
    },
  };
}
