import { parseArgs } from 'node:util';
import { AppError } from '../../shared/errors.js';
import type { Command } from '../cli.js';
import { openApp } from '../cli.js';
import { createSyncEngine, loadSyncSettings } from '../sync/create.js';
import type { SyncProgress } from '../sync/engine.js';
import { Progress } from './progress.js';
import { startServices } from '../services.js';
import { serve } from '../server.js';

const COMMON = { 'data-dir': { type: 'string' }, country: { type: 'string' }, langs: { type: 'string' } } as const;

export function registerSyncCommands(commands: Map<string, Command>): void {
  commands.set('serve', async ({ args, out }) => {
    const { values } = parseArgs({ args, options: { ...COMMON, port: { type: 'string' }, open: { type: 'boolean' } } });
    const port = values.port ? Number(values.port) : 0;
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new AppError('invalid_input', `--port must be a port number, not "${values.port}"`);
    const services = await startServices({ dataDir: values['data-dir'] });
    const server = await serve(services.api, { port });
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

  commands.set('sync', async ({ args, out, err }) => {
    const { values } = parseArgs({ args, options: { ...COMMON, watch: { type: 'boolean' } } });
    const app = openApp(values);
    try {
      const settings = loadSyncSettings(app.dataDir);
      if (!settings.pg && !settings.s3) throw new AppError('setting', 'no server configured: set BIZCARD_PG_URL and BIZCARD_S3_* (or write them to sync.json in the data folder, mode 0600)');
      const { engine, close } = createSyncEngine(app, settings);
      const bars = new Map<string, Progress>();
      engine.on('progress', (p: SyncProgress) => {
        if (!bars.has(p.target)) bars.set(p.target, new Progress(p.total, p.target === 'db' ? 'Contacts' : 'Images  '));
        bars.get(p.target)!.tick(p.current, p.done);
      });
      engine.on('state', (s: { target: string; reachable: boolean; error?: string }) => {
        if (!s.reachable) err(`${s.target === 'db' ? 'PostgreSQL' : 'object store'}: ${s.error} (will retry)`);
      });
      const stop = () => engine.stop();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      try {
        await engine.run({ untilEmpty: !values.watch });
      } finally {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        for (const b of bars.values()) b.end();
        await close();
      }
      const st = engine.status();
      for (const t of st) out(`${t.target === 'db' ? 'contacts' : 'images  '}: ${t.pending} pending, ${t.parked.length} parked`);
      return st.some((t) => t.parked.length) ? 1 : 0;
    } finally {
      await app.close();
    }
  });

  commands.set('status', async ({ args, out }) => {
    const { values } = parseArgs({ args, options: { ...COMMON, json: { type: 'boolean' }, 'retry-parked': { type: 'boolean' } } });
    const app = openApp(values);
    try {
      const settings = loadSyncSettings(app.dataDir);
      const { engine, close } = createSyncEngine(app, settings);
      await close();
      if (values['retry-parked']) out(`${engine.retryParked()} parked entries queued again`);
      const st = engine.status();
      if (values.json) out(JSON.stringify(st));
      else
        for (const t of st) {
          const name = t.target === 'db' ? 'PostgreSQL  ' : 'Object store';
          const state = !t.configured ? 'not configured' : t.reachable === null ? 'not tried yet' : t.lastErrorKind === 'schema' && t.lastErrorAt && (!t.lastOkAt || t.lastErrorAt >= t.lastOkAt) ? 'schema conflict' : t.reachable ? 'reachable' : 'unreachable';
          out(`${name} ${state}; ${t.pending} pending, ${t.parked.length} parked${t.lastError ? `; last error ${t.lastErrorAt}: ${t.lastError}` : ''}`);
          for (const p of t.parked) out(`  parked #${p.id} ${p.op} ${p.uid}: ${p.error}`);
        }
    } finally {
      await app.close();
    }
    return 0;
  });
}
