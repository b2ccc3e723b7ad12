import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { spawnGuarded, stopGroup } from '../process-guard.js';

export interface Served {
  origin: string;
  url: string;
  token: string;
  port: number;
  child: ChildProcess;
  /** What the process printed on stderr so far. */
  stderr: () => string;
  stop: () => Promise<void>;
}

const CLI = path.resolve(import.meta.dirname, '../../main/cli.ts');

/**
 * Starts `bizcard serve` as its own process, as a kiosk would, and reads the address it
 * prints. The process (and tsx's esbuild child) cannot outlive the test: see process-guard.
 */
export function startServe(dataDir: string, env: NodeJS.ProcessEnv = {}, timeoutMs = 60_000, args: string[] = []): Promise<Served> {
  const child = spawnGuarded(process.execPath, ['--import', 'tsx', CLI, 'serve', '--data-dir', dataDir, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let errors = '';
  child.stderr!.on('data', (d) => (errors += d));
  const stop = () => stopGroup(child);
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`bizcard serve printed no address within ${timeoutMs} ms: ${errors}`));
    }, timeoutMs);
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /(http:\/\/127\.0\.0\.1:(\d+))\/#token=([\w-]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ origin: m[1]!, url: m[0], port: Number(m[2]), token: m[3]!, child, stderr: () => errors, stop });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`bizcard serve exited with ${code}: ${errors}`));
    });
  });
}
