import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Every folder `tempDir()` makes in this process, until it is removed. The setup file
 * test/setup/remove-temp-dirs.ts removes them once a test file's tests, hooks and clean-ups
 * have all run, passed or failed; scripts outside vitest (benches, test children) lose theirs
 * when the process exits.
 */
const made = new Set<string>();

/** A fresh folder (mode 0755) under the system temp folder, removed once the test file is done. */
export function tempDir(prefix = 'bizcard-test-'): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.chmodSync(d, 0o755);
  made.add(d);
  return d;
}

/** Removes every folder made so far; throws one line per folder that could not be removed (after the others are gone). */
export function removeTempDirs(): void {
  const failed: string[] = [];
  for (const d of made) {
    try {
      // maxRetries: a server or worker closed just before may still be letting go of a file.
      fs.rmSync(d, { recursive: true, force: true, maxRetries: 3 });
      made.delete(d);
    } catch (e) {
      failed.push(`${d}: ${(e as Error).message}`);
    }
  }
  if (failed.length) throw new Error(`temporary folders not removed:\n${failed.join('\n')}`);
}

// Backstop for a process that ends without its test file finishing (a script, a child, a
// worker that exits early). Nothing can run on SIGKILL; those folders stay.
process.once('exit', () => {
  try {
    removeTempDirs();
  } catch {
    // exiting anyway; the folders named are left
  }
});
