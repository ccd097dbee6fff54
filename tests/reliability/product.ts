// Drives the real built product: the bundled CLI (`serve`, `init`, `demo-data`) and core worker.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ApiResult } from '../../shared/api/errors';
import { startCoreWorker } from '../../main/core/client';
import type { CoreCaller } from '../../main/core/core-caller';
import { serveApi } from '../support/serve-api';

/** This runner is bundled into dist/reliability/; the product sits beside it in dist/main/. */
export const CLI_PATH = fileURLToPath(new URL('../main/cli.js', import.meta.url));
export const WORKER_PATH = fileURLToPath(new URL('../main/core-worker.js', import.meta.url));

export const ADMIN = { username: 'admin', password: 'reliable-river-2026' };

export interface ExitedCli {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Node options and environment for a product process (a fault injected by a preload). */
export interface ProcessTweaks {
  nodeArgs?: string[];
  env?: NodeJS.ProcessEnv;
}

/** Every product process this run started and that has not ended yet. */
const running = new Set<ChildProcess>();

function spawnCli(args: string[], tweaks: ProcessTweaks = {}): ChildProcess {
  const child = spawn(process.execPath, [...(tweaks.nodeArgs ?? []), CLI_PATH, ...args], {
    env: { ...process.env, CIRCLEKEEPER_LANGUAGE: 'en', ...tweaks.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
}

/** Ends whatever a failed or timed-out scenario left running, so the run can finish. */
export function killLeftovers(): number {
  for (const child of running) child.kill('SIGKILL');
  return running.size;
}

/** Runs one CLI command to its end, with `stdin` piped in (passwords, one a line). */
export function runCli(args: string[], stdin = '', timeoutMs = 60_000): Promise<ExitedCli> {
  const child = spawnCli(args);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin!.end(stdin);
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** What both a `serve` process and a core worker answer: the API's `call`. */
export interface Caller {
  call(method: string, input: unknown): Promise<ApiResult<unknown>>;
}

/** A `circlekeeper serve` process, called over HTTP as the browser would call it. */
export interface ServeProcess extends Caller {
  pid: number;
  /** Resolves when the process has gone, however it ended. */
  exited: Promise<ExitedCli>;
  kill(signal: NodeJS.Signals): Promise<ExitedCli>;
}

/**
 * Starts `serve` on `dataDir`. Resolves with the running process once it prints its address,
 * or with how it ended if it exits first (a refused second process, for instance).
 */
export function startServe(
  dataDir: string,
  tweaks?: ProcessTweaks,
): Promise<ServeProcess | ExitedCli> {
  const child = spawnCli(['serve', '--data-dir', dataDir], tweaks);
  child.stdin!.end();
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<ExitedCli>((resolve) =>
    child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return new Promise((resolve) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+)\/\?token=(\S+)/.exec(stdout);
      if (match) resolve(serveProcess(child, match[1]!, match[2]!, exited));
    });
    void exited.then(resolve);
  });
}

function serveProcess(
  child: ChildProcess,
  origin: string,
  token: string,
  exited: Promise<ExitedCli>,
): ServeProcess {
  const call = serveApi(origin, token);
  return {
    pid: child.pid!,
    exited,
    call: (method, input) => call(method, input),
    kill(signal) {
      child.kill(signal);
      return exited;
    },
  };
}

export function isRunning(started: ServeProcess | ExitedCli): started is ServeProcess {
  return 'call' in started;
}

/** The core worker in this process, as the Electron host and the CLI run it. */
export function openCoreWorker(dataDir: string): CoreCaller {
  return startCoreWorker({ dataDir, workerPath: WORKER_PATH });
}

/** Calls a method that must succeed, or throws with the error code. */
export async function must(caller: Caller, method: string, input: unknown): Promise<unknown> {
  const result = await caller.call(method, input);
  if (!result.ok) throw new Error(`${method} was refused with ${result.error.code}`);
  return result.value;
}
