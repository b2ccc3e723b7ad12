import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from './db.js';

/** Contacts, card photos and secrets are private: the folder is the owner's alone. */
export const DIR_MODE = 0o700;
export const FILE_MODE = 0o600;
const IMAGE_KINDS = ['originals', 'cards', 'thumbs'];
/** Temporary files in the folder's root belong to writers (settings, secrets) that hold no database lock. */
const ROOT_TMP_GRACE_MS = 60_000;

/**
 * Makes the data folder (and, on POSIX, everything in it) readable by its owner only:
 * folders 0700, files 0600, whatever umask or an older version left behind. The whole tree
 * is walked when the folder itself was not private yet (first start of this version).
 */
export function secureDataDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: DIR_MODE });
  if (process.platform === 'win32') return;
  const fix = (p: string, st: fs.Stats) => {
    const want = st.isDirectory() ? DIR_MODE : FILE_MODE;
    if ((st.mode & 0o777) !== want && st.uid === process.getuid?.()) fs.chmodSync(p, want);
  };
  const walk = (d: string, deep: boolean) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isSymbolicLink()) continue;
      try {
        fix(p, fs.lstatSync(p));
        if (deep && e.isDirectory()) walk(p, deep);
      } catch {
        // removed meanwhile by another process: nothing to secure
      }
    }
  };
  const st = fs.statSync(dir);
  // A folder already 0700 was walked before, and everything since was created private: only
  // its own entries (database, WAL, config, secrets) are checked, not 30,000 image files
  // (1.6-6 s on a loaded machine) at every start.
  const walkedBefore = (st.mode & 0o777) === DIR_MODE;
  fix(dir, st);
  walk(dir, !walkedBefore);
}

/**
 * Who has the folder open: one marker file per open app (run/<pid>-<n>), removed by
 * `release()`. A marker whose process is gone means that process was killed or crashed, and
 * only then is the image folder searched for what it left (30,000 files take seconds).
 */
export function markOpen(dir: string): { crashed: string[]; release: () => void; forgetCrashed: () => void } {
  const runDir = path.join(dir, 'run');
  fs.mkdirSync(runDir, { recursive: true, mode: DIR_MODE });
  const crashed = safeReaddir(runDir)
    .map((e) => e.name)
    .filter((name) => !processRuns(Number.parseInt(name, 10)));
  const mine = path.join(runDir, `${process.pid}-${crypto.randomBytes(4).toString('hex')}`);
  fs.writeFileSync(mine, '', { mode: FILE_MODE });
  return {
    crashed,
    release: () => fs.rmSync(mine, { force: true }),
    // Only once their leftovers are gone: a clean-up cut short is done again next time.
    forgetCrashed: () => crashed.forEach((name) => fs.rmSync(path.join(runDir, name), { force: true })),
  };
}

function processRuns(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface Leftovers {
  tmp: number;
  orphans: number;
}

/**
 * What a killed process leaves behind: `*.tmp` files (a write cut short, 0-byte on ENOSPC)
 * and image files no row points at (written, then killed before the commit). Runs under
 * the database's write lock: writers hold it from the first image byte to the commit
 * (ContactStore.save, InboxStore.add), so nothing another process is still writing can be
 * taken for junk.
 */
export function removeLeftovers(db: Db, dataDir: string, imagesRoot: string, opts: { images: boolean; now?: number }): Leftovers {
  const now = opts.now ?? Date.now();
  const found: Leftovers = { tmp: 0, orphans: 0 };
  const rm = (p: string) => {
    try {
      fs.rmSync(p, { force: true });
      return true;
    } catch {
      return false;
    }
  };
  for (const e of safeReaddir(dataDir))
    if (e.isFile() && e.name.endsWith('.tmp')) {
      const p = path.join(dataDir, e.name);
      const age = now - (safeStat(p)?.mtimeMs ?? now);
      if (age > ROOT_TMP_GRACE_MS && rm(p)) found.tmp++;
    }
  if (!opts.images) return found;
  db.transaction(() => {
    const known = new Set<string>();
    // Contacts' images and the images of scans waiting in the inbox.
    const rows = db.prepare('SELECT file, card_file, thumb_file FROM images UNION ALL SELECT image_file, card_file, thumb_file FROM inbox');
    for (const r of rows.iterate() as Iterable<{ file: string; card_file: string; thumb_file: string }>)
      for (const f of [r.file, r.card_file, r.thumb_file]) known.add(path.normalize(f));
    for (const kind of IMAGE_KINDS)
      for (const sub of safeReaddir(path.join(imagesRoot, kind))) {
        if (!sub.isDirectory()) continue;
        for (const e of safeReaddir(path.join(imagesRoot, kind, sub.name))) {
          if (!e.isFile()) continue;
          const rel = path.join(kind, sub.name, e.name);
          const p = path.join(imagesRoot, rel);
          if (e.name.endsWith('.tmp')) {
            if (rm(p)) found.tmp++;
          } else if (!known.has(rel) && rm(p)) found.orphans++;
        }
      }
  }).immediate();
  return found;
}

function safeReaddir(dir: string): fs.Dirent[] {
  try {
    return fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

function safeStat(p: string): fs.Stats | null {
  try {
    return fs.statSync(p);
  } catch {
    return null;
  }
}
