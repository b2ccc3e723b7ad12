import http from 'node:http';
import https from 'node:https';
import { oneLine } from '../../shared/errors.js';
import { MinioObjectStore } from './object-store.js';
import { PgRemoteDb } from './remote-db.js';
import type { SyncSettings } from './settings.js';
import type { Target } from './engine.js';

export interface Probe {
  target: Target;
  ok: boolean;
  ms: number;
  error: string | null;
}

/** Runs `f` for at most `ms`; on time-out `cancel` cuts its connections so nothing is left running. */
async function bounded<T>(ms: number, f: () => Promise<T>, cancel: () => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      f(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          cancel();
          reject(new Error(`no answer within ${ms / 1000} s`));
        }, ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Asks each configured server for an answer now (PostgreSQL: SELECT 1; S3: does the bucket
 * exist), each within `timeoutMs`, side by side: what `bizcard status` and diagnostics show.
 */
export async function probeTargets(s: SyncSettings, timeoutMs = 5000): Promise<Probe[]> {
  const jobs: Promise<Probe>[] = [];
  const timed = async (target: Target, f: () => Promise<unknown>, cancel: () => void): Promise<Probe> => {
    const t0 = performance.now();
    try {
      await bounded(timeoutMs, f, cancel);
      return { target, ok: true, ms: Math.round(performance.now() - t0), error: null };
    } catch (e) {
      return { target, ok: false, ms: Math.round(performance.now() - t0), error: oneLine(e) };
    }
  };
  if (s.pg) {
    const db = new PgRemoteDb({ ...s.pg, connectTimeoutMs: timeoutMs });
    jobs.push(timed('db', () => db.ping(), () => void db.close().catch(() => {})).finally(() => db.close().catch(() => {})));
  }
  if (s.s3) {
    const agent = s.s3.useSSL ? new https.Agent({ ca: s.s3.ca }) : new http.Agent();
    const store = new MinioObjectStore(s.s3, agent);
    jobs.push(timed('objects', () => store.ping(), () => agent.destroy()).finally(() => agent.destroy()));
  }
  return Promise.all(jobs);
}
