import path from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../shared/errors.js';
import type { Command } from '../cli.js';
import { openApp } from '../cli.js';
import { createSyncEngine, loadSyncSettings } from '../sync/create.js';
import type { SyncProgress, TargetStatus } from '../sync/engine.js';
import type { BizcardApp } from '../app.js';
import { Progress } from './progress.js';
import { startServices } from '../services.js';
import { defaultDataDir } from '../paths.js';
import { openSecretStore } from '../secrets.js';
import { SettingsService } from '../settings.js';
import { serve } from '../server.js';
import { silentLog } from '../log.js';
import { probeTargets } from '../sync/probe.js';

const DEFAULT_SYNC_TIMEOUT_S = 30;
const HARD_STOP_GRACE_MS = 5000;

/** Waits for `p` at most `ms`; true when it did not settle in time. */
async function within(p: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<true>((r) => (timer = setTimeout(() => r(true), ms)));
  try {
    return await Promise.race([p.then(() => false as const, () => false as const), late]);
  } finally {
    clearTimeout(timer);
  }
}
const TARGET_NAME: Record<string, string> = { db: 'PostgreSQL', objects: 'S3' };

/** One line per configured target: what is still queued, and why. */
export function syncSummary(status: TargetStatus[], app: BizcardApp): { ok: boolean; text: string }[] {
  return status
    .filter((t) => t.configured)
    .map((t) => {
      const what = t.target === 'db' ? 'contacts' : 'images';
      const parked = t.parked.length ? `, ${t.parked.length} ${what} parked (bizcard status shows why)` : '';
      if (!t.pending) return { ok: !t.parked.length, text: `${TARGET_NAME[t.target]}: all ${what} synced${parked}` };
      // Images wait for their contact's server id; without it they cannot be named.
      const waitingForDb = t.target === 'objects' && t.reachable !== false ? (app.db.prepare(`SELECT count(*) AS n FROM outbox o JOIN contacts c ON c.uid = o.contact_uid WHERE o.status = 'pending' AND o.target = 'objects' AND c.server_id IS NULL AND o.op = 'upsert'`).get() as { n: number }).n : 0;
      // A server that answered but has a table in our way is not "unreachable": say what it is.
      const conflict = t.lastErrorKind === 'schema' && t.lastErrorAt && (!t.lastOkAt || t.lastErrorAt >= t.lastOkAt);
      const state = conflict ? `schema conflict: ${t.pending} ${what} still queued (${t.lastError})` : t.reachable === false ? `unreachable: ${t.pending} ${what} still queued (${t.lastError ?? 'no answer'})` : waitingForDb ? `${t.pending} ${what} still queued (waiting for their contacts to reach PostgreSQL)` : `${t.pending} ${what} still queued`;
      return { ok: false, text: `${TARGET_NAME[t.target]} ${state}${parked}` };
    });
}

const COMMON = { 'data-dir': { type: 'string' }, country: { type: 'string' }, langs: { type: 'string' } } as const;

export function registerSyncCommands(commands: Map<string, Command>): void {
  commands.set('serve', async ({ args, out, err, log }) => {
    const { values } = parseArgs({ args, options: { ...COMMON, port: { type: 'string' }, open: { type: 'boolean' } } });
    const port = values.port ? Number(values.port) : 0;
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new AppError('invalid_input', `--port must be a port number, not "${values.port}"`);
    const services = await startServices({ dataDir: values['data-dir'], proc: 'serve', log });
    const server = await serve(services.api, { port });
    if (services.settings.notice) err(`warning: ${services.settings.notice}`);
    if (server.uiMissing) err(server.uiMissing);
    out(`BizCard Scanner is serving on ${server.url}`);
    out('Open that address in a browser on this machine (the token in it is new at every start). Ctrl+C stops.');
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await server.close();
    await services.close();
    return 0;
  });

  commands.set('sync', async ({ args, out, err, log = silentLog }) => {
    const { values } = parseArgs({ args, options: { ...COMMON, watch: { type: 'boolean' }, timeout: { type: 'string' } } });
    const timeoutS = values.timeout === undefined ? DEFAULT_SYNC_TIMEOUT_S : Number(values.timeout);
    if (!Number.isFinite(timeoutS) || timeoutS <= 0) throw new AppError('invalid_input', `--timeout must be a number of seconds, not "${values.timeout}"`);
    const app = openApp(values);
    try {
      const settings = loadSyncSettings(app.dataDir, process.env, (n) => err(`warning: ${n}`));
      if (!settings.pg && !settings.s3) throw new AppError('setting', 'no server configured: set BIZCARD_PG_URL and BIZCARD_S3_* (or write them to sync.json in the data folder, mode 0600)');
      const { engine, close } = createSyncEngine(app, settings);
      const bars = new Map<string, Progress>();
      engine.on('progress', (p: SyncProgress) => {
        if (!bars.has(p.target)) bars.set(p.target, new Progress(p.total, p.target === 'db' ? 'Contacts' : 'Images  '));
        bars.get(p.target)!.tick(p.current, p.done);
      });
      // Each outage once, not at every retry.
      const down = new Set<string>();
      engine.on('state', (s: { target: string; reachable: boolean; error?: string }) => {
        if (s.reachable) down.delete(s.target);
        else if (!down.has(s.target)) {
          down.add(s.target);
          log.warn({ target: s.target, error: s.error }, 'sync target unreachable');
          err(`${TARGET_NAME[s.target]}: ${s.error} (${values.watch ? 'will retry' : `retrying for up to ${timeoutS} s`})`);
        }
      });
      const stop = () => engine.stop();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      let hung = false;
      try {
        // One-off: bounded. --watch: waits for the servers, as long as it runs.
        if (values.watch) await engine.run({});
        else {
          // The deadline is checked between attempts; a server that accepts and never answers
          // could hold one attempt open far longer, so the command stops waiting for it too.
          const run = engine.run({ untilEmpty: true, deadlineMs: timeoutS * 1000 });
          hung = await within(run, timeoutS * 1000 + HARD_STOP_GRACE_MS);
          if (hung) engine.stop();
        }
      } finally {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        for (const b of bars.values()) b.end();
        if (!hung) await close();
        else await within(close(), 1000);
      }
      if (hung) err(`sync: a server took more than ${timeoutS} s to answer; stopped waiting`);
      const lines = syncSummary(engine.status(), app);
      for (const l of lines) (l.ok ? out : err)(l.text);
      for (const l of lines) log[l.ok ? 'info' : 'warn']({ summary: l.text }, 'sync finished');
      return lines.every((l) => l.ok) ? 0 : 1;
    } finally {
      await app.close();
    }
  });

  commands.set('config', async ({ args, out }) => {
    const { values } = parseArgs({ args, options: { ...COMMON, json: { type: 'boolean' } } });
    const dataDir = path.resolve(values['data-dir'] ?? defaultDataDir());
    const secrets = openSecretStore(dataDir);
    const { origins } = new SettingsService(dataDir, secrets).syncConfig();
    if (values.json) {
      out(JSON.stringify({ dataDir, secrets: secrets.info, settings: origins }));
      return 0;
    }
    out(`data folder    ${dataDir}`);
    out(`secrets        ${secrets.info.kind === 'keychain' ? `system keychain (${secrets.info.location})` : secrets.info.location}`);
    if (secrets.info.warning) out(`               warning: ${secrets.info.warning}`);
    if (!origins.length) out('no server configured (Settings, sync.json, DATABASE_URL / PG*, AWS_* / MINIO_*, BIZCARD_*)');
    const width = Math.max(...origins.map((o) => o.key.length), 14);
    for (const o of origins) out(`${o.key.padEnd(width)} ${o.value}    [${o.source}]`);
    return 0;
  });

  commands.set('status', async ({ args, out, err }) => {
    const { values } = parseArgs({ args, options: { ...COMMON, json: { type: 'boolean' }, 'retry-parked': { type: 'boolean' }, timeout: { type: 'string' } } });
    const timeoutS = values.timeout === undefined ? 5 : Number(values.timeout);
    if (!Number.isFinite(timeoutS) || timeoutS <= 0) throw new AppError('invalid_input', `--timeout must be a number of seconds, not "${values.timeout}"`);
    const app = openApp(values);
    try {
      const settings = loadSyncSettings(app.dataDir, process.env, (n) => err(`warning: ${n}`));
      const { engine, close } = createSyncEngine(app, settings);
      await close();
      if (values['retry-parked']) out(`${engine.retryParked()} parked entries queued again`);
      // Each configured server is asked now, within the time-out, side by side.
      const probes = await probeTargets(settings, timeoutS * 1000);
      const st = engine.status().map((t) => ({ ...t, probe: probes.find((p) => p.target === t.target) ?? null }));
      if (values.json) out(JSON.stringify(st));
      else
        for (const t of st) {
          const name = t.target === 'db' ? 'PostgreSQL  ' : 'Object store';
          const schemaConflict = t.lastErrorKind === 'schema' && t.lastErrorAt && (!t.lastOkAt || t.lastErrorAt >= t.lastOkAt);
          const state = !t.configured ? 'not configured' : !t.probe ? 'not tried' : !t.probe.ok ? `unreachable (${t.probe.error})` : schemaConflict ? 'schema conflict' : 'reachable';
          const now = t.probe?.ok ? `; answered in ${t.probe.ms} ms` : '';
          const synced = t.configured ? `; last synced ${t.lastOkAt ?? 'never'}` : '';
          out(`${name} ${state}; ${t.pending} pending, ${t.parked.length} parked${t.lastError ? `; last error ${t.lastErrorAt}: ${t.lastError}` : ''}${now}${synced}`);
          for (const p of t.parked) out(`  parked #${p.id} ${p.op} ${p.uid}: ${p.error}`);
        }
      return probes.every((p) => p.ok) ? 0 : 1;
    } finally {
      await app.close();
    }
  });
}
