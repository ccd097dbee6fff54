import { spawn } from 'node:child_process';
import path from 'node:path';
import { serveApi, type ServeApiCall } from './serve-api';

export const ROOT = path.resolve(__dirname, '../..');
export const CLI = path.join(ROOT, 'bin', 'circlekeeper.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `circlekeeper …` on this Node (the pinned one) with `stdin` piped in. */
export function runCli(
  args: string[],
  stdin = '',
  env: NodeJS.ProcessEnv = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      env: { ...process.env, CIRCLEKEEPER_LANGUAGE: 'en', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

export interface ServingCli {
  url: string;
  token: string;
  pid: number;
  /** Calls the API as the page would, keeping the session token a sign-in hands back. */
  call: ServeApiCall;
  /** Everything `serve` wrote to stderr so far. */
  stderr(): string;
  stop(): Promise<void>;
}

/** Starts `circlekeeper serve` on a data folder and waits for the address it prints. */
export function startServe(dataDir: string, env: NodeJS.ProcessEnv = {}): Promise<ServingCli> {
  const child = spawn(process.execPath, [CLI, 'serve', '--data-dir', dataDir], {
    env: { ...process.env, CIRCLEKEEPER_LANGUAGE: 'en', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=(\S+)/.exec(output);
      if (!match) return;
      resolve({
        url: match[0],
        token: match[1]!,
        pid: child.pid!,
        call: serveApi(new URL(match[0]).origin, match[1]!),
        stderr: () => errors,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
    child.once('exit', (code) =>
      reject(new Error(`serve exited with ${code}: ${output}${errors}`)),
    );
  });
}

/** Calls an API method of a running `serve` the way its page does, and returns the parsed result. */
export function callServe(
  app: ServingCli,
  method: string,
  input: unknown = {},
): Promise<{ ok: boolean }> {
  return app.call(method, input);
}
