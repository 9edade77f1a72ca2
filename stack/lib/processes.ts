import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, createWriteStream, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isPortFree, waitForPort } from './ports.ts';

export interface ProcessSpec {
  name: string;
  command: string;
  args: string[];
  logDir: string;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  uid?: number;
  gid?: number;
  /** Signal that asks the process to shut down cleanly. */
  stopSignal?: NodeJS.Signals;
}

export interface ManagedProcess {
  name: string;
  child: ChildProcess;
  logFile: string;
  /** Settles when the process exits, for whatever reason. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Asks the process to stop; kills it after timeoutMs. An exit after stop() is not a crash. */
  stop(timeoutMs?: number): Promise<void>;
  stopping: boolean;
}

/** Last lines of a log file, for crash reports. */
export function tailLog(file: string, lines = 40): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

// Children run in their own process group, so nothing else stops them if the orchestrator dies
// without calling stop() (an uncaught error, a closed stdout): on exit, ask every live child to stop.
const live = new Set<{ child: ChildProcess; signal: NodeJS.Signals }>();
process.once('exit', () => {
  for (const { child, signal } of live) {
    try {
      child.kill(signal);
    } catch {
      // already gone
    }
  }
});

/** Spawns a child whose stdout/stderr go to <logDir>/<name>.log. */
export function startProcess(spec: ProcessSpec): ManagedProcess {
  mkdirSync(spec.logDir, { recursive: true });
  const logFile = path.join(spec.logDir, `${spec.name}.log`);
  const log = createWriteStream(logFile, { flags: 'a' });
  log.write(`\n--- ${new Date().toISOString()} starting ${spec.command} ${spec.args.join(' ')}\n`);
  const child = spawn(spec.command, spec.args, {
    cwd: spec.cwd,
    env: spec.env ?? process.env,
    uid: spec.uid,
    gid: spec.gid,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Own process group: a terminal Ctrl-C reaches only the orchestrator, which then stops the
    // children in order (an exit during that stop is not mistaken for a crash).
    detached: true,
  });
  // <logDir>/<name>.pid lets an operator (or a test) find and signal one component.
  const pidFile = path.join(spec.logDir, `${spec.name}.pid`);
  if (child.pid) writeFileSync(pidFile, String(child.pid));
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('error', (error) => {
      log.write(`spawn error: ${error.message}\n`);
      resolve({ code: -1, signal: null });
    });
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  const entry = { child, signal: spec.stopSignal ?? 'SIGTERM' };
  live.add(entry);
  void exited.then(() => {
    live.delete(entry);
    rmSync(pidFile, { force: true });
  });
  // 'close' comes after the child's output pipes are drained ('exit' can come before their last data).
  child.once('close', () => log.end());

  const managed: ManagedProcess = {
    name: spec.name,
    child,
    logFile,
    exited,
    stopping: false,
    async stop(timeoutMs = 10_000) {
      managed.stopping = true;
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(spec.stopSignal ?? 'SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      await exited;
      clearTimeout(timer);
    },
  };
  return managed;
}

/** Kills processes a previous orchestrator left behind (it died without stopping them). */
export function killLeftovers(logDir: string): string[] {
  const killed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(logDir).filter((name) => name.endsWith('.pid'));
  } catch {
    return killed;
  }
  for (const name of names) {
    const file = path.join(logDir, name);
    const pid = Number(readFileSync(file, 'utf8'));
    try {
      if (pid) {
        process.kill(pid, 'SIGKILL');
        killed.push(`${name.replace(/\.pid$/, '')} (pid ${pid})`);
      }
    } catch {
      // already gone
    }
    rmSync(file, { force: true });
  }
  return killed;
}

/** The first of `candidates` that is an executable file, or null. */
export function firstExecutable(candidates: readonly string[]): string | null {
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // next
    }
  }
  return null;
}

/**
 * Starts a server (`startProcess`) and resolves once it accepts connections on `port`; rejects with the end of
 * its log when it exits first.
 */
export async function startListening(spec: ProcessSpec, port: number, timeoutMs = 15_000): Promise<ManagedProcess> {
  // Readiness is "something accepts connections on the port": a port another process already listens on would
  // pass it at once while the new process fails to bind.
  if (!(await isPortFree(port))) throw new Error(`${spec.name} cannot start: port ${port} is already in use by another process`);
  const process_ = startProcess(spec);
  const exited = process_.exited.then(({ code }) => {
    throw new Error(`${spec.name} exited during start-up (code ${code}); see ${process_.logFile}:\n${tailLog(process_.logFile, 20)}`);
  });
  const ready = waitForPort(port, timeoutMs);
  ready.catch(() => {});
  exited.catch(() => {});
  await Promise.race([ready, exited]);
  return process_;
}
