/**
 * The suites start `bizcard serve` (and through tsx an esbuild child): none of it may outlive
 * the test process, whether it stopped it, ended without stopping it, or was killed.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startServe } from '../e2e/serve-process.js';
import { tempDir } from '../helpers.js';
import { groupAlive } from '../process-guard.js';

const LEAKER = path.join(import.meta.dirname, 'serve-leaker.ts');

async function goneWithin(pid: number, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (!groupAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return !groupAlive(pid);
}

/** Runs a test-like process that starts a server and then `how` ends; returns the server's pid. */
function leak(how: 'exit' | 'sigkill'): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', LEAKER, how], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /^(\d+)\n/.exec(out);
      if (m && how === 'sigkill') child.kill('SIGKILL');
      if (m) child.once('exit', () => resolve(Number(m[1])));
    });
    child.once('error', reject);
  });
}

describe('processes started by the tests', () => {
  it('stop() ends bizcard serve and its esbuild child', async () => {
    const served = await startServe(tempDir());
    const pid = served.child.pid!;
    expect(groupAlive(pid)).toBe(true);
    await served.stop();
    expect(await goneWithin(pid, 3000)).toBe(true);
  });

  it('a test process that ends without stopping its server takes it along', async () => {
    const pid = await leak('exit');
    expect(await goneWithin(pid, 5000)).toBe(true);
  });

  it('a test process killed with SIGKILL takes its server along (watchdog)', async () => {
    const pid = await leak('sigkill');
    expect(await goneWithin(pid, 8000)).toBe(true);
  });
});
