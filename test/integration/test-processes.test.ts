/**
 * The suites start `bizcard serve` (and through tsx an esbuild child) and an embedded
 * PostgreSQL: none of it may outlive the test process, nor may PostgreSQL's folder, whether
 * the test stopped it, ended without stopping it, or was killed.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startServe } from '../e2e/serve-process.js';
import { tempDir } from '../helpers.js';
import { descendants, processAlive } from '../process-guard.js';

const LEAKER = path.join(import.meta.dirname, 'serve-leaker.ts');
const PG_LEAKER = path.join(import.meta.dirname, 'pg-leaker.ts');

/** Which of `pids` still run after `ms`. */
async function survivors(pids: number[], ms: number): Promise<number[]> {
  const end = Date.now() + ms;
  while (Date.now() < end && pids.some(processAlive)) await new Promise((r) => setTimeout(r, 200));
  return [...pids.filter(processAlive), ...groupMembers(pids[0]!)];
}

/** Processes in the server's process group (its esbuild child, whenever tsx started one). */
function groupMembers(pgid: number): number[] {
  return execFileSync('ps', ['-eo', 'pid=,pgid='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((l) => l.trim().split(/\s+/).map(Number))
    .filter(([pid, g]) => g === pgid && processAlive(pid!))
    .map(([pid]) => pid!);
}

/** Runs a test-like process that starts a server and then `how` ends; returns the server's pid and its children's. */
function leak(how: 'exit' | 'sigkill'): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', LEAKER, how, tempDir()], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /^([\d ]+)\n/.exec(out);
      if (m && how === 'sigkill') child.kill('SIGKILL');
      if (m) child.once('exit', () => resolve(m[1]!.split(' ').map(Number)));
    });
    child.once('error', reject);
  });
}

/** Runs a test-like process that starts the tests' PostgreSQL and then `how` ends; returns the postmaster's pid and the server's folder. */
function leakPostgres(how: 'exit' | 'sigkill'): Promise<{ pid: number; folder: string }> {
  const env = { ...process.env };
  delete env.DATABASE_URL; // the embedded server, not an external one
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', PG_LEAKER, how], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /^(\d+) (\S+)\n/.exec(out);
      if (m && how === 'sigkill') child.kill('SIGKILL');
      if (m) child.once('exit', () => resolve({ pid: Number(m[1]), folder: m[2]! }));
    });
    child.once('error', reject);
    child.once('exit', (code) => (out ? undefined : reject(new Error(`the PostgreSQL leaker ended (${code}) before its server started`))));
  });
}

/** Whether `pid` and `folder` are both gone within `ms`. */
async function allGone(pid: number, folder: string, ms: number): Promise<{ running: boolean; folder: boolean }> {
  const end = Date.now() + ms;
  while (Date.now() < end && (processAlive(pid) || fs.existsSync(folder))) await new Promise((r) => setTimeout(r, 200));
  return { running: processAlive(pid), folder: fs.existsSync(folder) };
}

describe('processes started by the tests', () => {
  it('stop() ends bizcard serve and its esbuild child', async () => {
    const served = await startServe(tempDir());
    const pids = [served.child.pid!, ...descendants(served.child.pid!)];
    expect(pids.every(processAlive)).toBe(true);
    await served.stop();
    expect(await survivors(pids, 3000)).toEqual([]);
  });

  it('a test process that ends without stopping its server takes it along', async () => {
    const pids = await leak('exit');
    expect(await survivors(pids, 5000)).toEqual([]);
  });

  it('a test process killed with SIGKILL takes its server along (watchdog)', async () => {
    const pids = await leak('sigkill');
    expect(await survivors(pids, 8000)).toEqual([]);
  });

  it('a test process that ends without stopping its PostgreSQL leaves neither postgres nor its folder', async () => {
    const { pid, folder } = await leakPostgres('exit');
    expect(folder).toMatch(/bizcard-pg-/);
    expect(await allGone(pid, folder, 15_000)).toEqual({ running: false, folder: false });
  });

  it('a test process killed with SIGKILL leaves neither postgres nor its folder (watchdog)', async () => {
    const { pid, folder } = await leakPostgres('sigkill');
    expect(await allGone(pid, folder, 15_000)).toEqual({ running: false, folder: false });
  });
});
