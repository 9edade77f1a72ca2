// An isolated stack of a checkout (temp data dir, free ports) in its own process tree; always stopped.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { freePortPair } from '../../stack/lib/ports.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 30_000;

export interface TargetStackInfo {
  apiUrl: string;
  anonKey: string;
  serviceRoleKey: string;
  dbUrl: string;
  dir: string;
}

export interface TargetStack {
  info: TargetStackInfo;
  /** PostgREST itself, bypassing the gateway (read from the data dir's postgrest.conf). */
  postgrestUrl: string;
  /** Settles with a description when the stack process dies before stop(). */
  crashed: Promise<string>;
  logFile: string;
  /** The root of the stack's process tree (the launcher: gateway, auth; Postgres, PostgREST, Deno below it). */
  pid: number;
  stop(): Promise<void>;
}

function postgrestUrlOf(dataDir: string): string {
  const conf = readFileSync(path.join(dataDir, 'postgrest.conf'), 'utf8');
  const port = /^server-port\s*=\s*(\d+)/m.exec(conf)?.[1];
  if (!port) throw new Error(`no server-port in ${dataDir}/postgrest.conf`);
  return `http://127.0.0.1:${port}`;
}

async function waitExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return true;
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Starts the stack of `checkout` with the given bcrypt cost; resolves once its gateway is healthy. */
export async function startTargetStack(checkout: string, bcryptCost: number, log: (line: string) => void): Promise<TargetStack> {
  if (!existsSync(path.join(checkout, 'stack', 'index.ts')))
    throw new Error(`${checkout} is not a checkout of this project (no stack/index.ts)`);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'interviewai-loop-load-'));
  const logFile = `${dataDir}.launch.log`;
  const port = await freePortPair();
  const output = createWriteStream(logFile);
  output.on('error', () => {}); // a late line after the stack stopped is not worth a crash
  // Node itself with tsx's loader, not the tsx CLI: that wrapper relays a signal and SIGKILLs its
  // child when the child does not acknowledge it within 30 ms (easily missed on a loaded machine),
  // which would orphan the stack. stdin stays an open pipe: when this process dies in any way, the
  // launcher sees it close and stops the stack itself.
  const child = spawn(
    process.execPath,
    ['--import', TSX_LOADER, path.join(HERE, 'launch-stack.ts'), checkout, dataDir, String(port), String(bcryptCost)],
    { cwd: checkout, stdio: ['pipe', 'pipe', 'pipe'], detached: true },
  );
  child.stderr!.pipe(output);
  let stopped = false;
  const exited = new Promise<string>((resolve) =>
    child.once('exit', (code, signal) => resolve(`stack process exited (code ${code}, signal ${signal}); see ${logFile}`)),
  );

  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      if (!(await waitExit(child, STOP_TIMEOUT_MS))) {
        log(`stack did not stop within ${STOP_TIMEOUT_MS / 1000} s; killing its process group`);
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          // already gone
        }
        await waitExit(child, 5_000);
      }
    }
    output.end();
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    const info = await new Promise<TargetStackInfo>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`stack not ready within ${START_TIMEOUT_MS / 1000} s; see ${logFile}`)),
        START_TIMEOUT_MS,
      );
      let buffer = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        output.write(chunk);
        buffer += chunk.toString();
        let newline: number;
        while ((newline = buffer.indexOf('\n')) >= 0) {
          const line = buffer.slice(0, newline);
          buffer = buffer.slice(newline + 1);
          if (line.startsWith('STACK_READY ')) {
            clearTimeout(timer);
            resolve(JSON.parse(line.slice('STACK_READY '.length)) as TargetStackInfo);
          } else if (line.startsWith('[stack] ')) log(line.slice(8));
        }
      });
      void exited.then((reason) => {
        clearTimeout(timer);
        reject(new Error(reason));
      });
    });
    return {
      info,
      postgrestUrl: postgrestUrlOf(dataDir),
      crashed: exited.then((reason) => (stopped ? new Promise<string>(() => {}) : reason)),
      logFile,
      pid: child.pid!,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
