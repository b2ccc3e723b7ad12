import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface Served {
  origin: string;
  url: string;
  token: string;
  child: ChildProcess;
  stop: () => Promise<void>;
}

const CLI = path.resolve(import.meta.dirname, '../../main/cli.ts');

/** Starts `bizcard serve` as its own process, as a kiosk would, and reads the address it prints. */
export function startServe(dataDir: string, env: NodeJS.ProcessEnv = {}): Promise<Served> {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'serve', '--data-dir', dataDir], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let errors = '';
  child.stderr!.on('data', (d) => (errors += d));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /(http:\/\/127\.0\.0\.1:\d+)\/#token=([\w-]+)/.exec(out);
      if (m)
        resolve({
          origin: m[1]!,
          url: m[0],
          token: m[2]!,
          child,
          stop: () =>
            new Promise((r) => {
              child.once('exit', () => r());
              child.kill('SIGTERM');
            }),
        });
    });
    child.once('exit', (code) => reject(new Error(`bizcard serve exited with ${code}: ${errors}`)));
  });
}
