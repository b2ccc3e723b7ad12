import type { ApiTargetStatus } from '../../shared/api.js';
import type { BizcardApp } from '../app.js';
import type { SettingsService } from '../settings.js';
import { createSyncEngine } from './create.js';
import type { SyncEngine, SyncProgress, Target } from './engine.js';
import type { SyncSettings } from './settings.js';
import { silentLog, type Logger } from '../log.js';

/**
 * Runs the sync engine in the background of a long-lived process (desktop app, `serve`),
 * rebuilt whenever the server settings change, and remembers the latest progress per target.
 */
export class SyncController {
  private engine: SyncEngine | null = null;
  private close: (() => Promise<void>) | null = null;
  private running: Promise<void> | null = null;
  private readonly progress: Partial<Record<Target, SyncProgress>> = {};
  configError: string | null = null;

  constructor(
    private readonly app: BizcardApp,
    private readonly settings: SettingsService,
    private readonly log: Logger = silentLog,
  ) {}

  async restart(): Promise<void> {
    await this.stop();
    this.configError = null;
    let settings: SyncSettings = { removeLocalAfterUpload: false };
    try {
      settings = this.settings.syncSettings();
    } catch (e) {
      this.configError = (e as Error).message;
      this.log.error({ err: e }, 'sync settings refused');
    }
    // Without servers the engine still answers status (pending counts); it just never runs.
    const { engine, close } = createSyncEngine(this.app, settings);
    engine.on('progress', (p: SyncProgress) => (this.progress[p.target] = p));
    // Reachability changes, not every retry: a server down for a day is one warning, not thousands.
    const lastState: Partial<Record<Target, boolean>> = {};
    engine.on('state', (s: { target: Target; reachable: boolean; error?: string }) => {
      if (lastState[s.target] === s.reachable) return;
      lastState[s.target] = s.reachable;
      if (s.reachable) this.log.info({ target: s.target }, 'sync target reachable');
      else this.log.warn({ target: s.target, error: s.error }, 'sync target unreachable');
    });
    this.log.info({ pg: !!settings.pg, s3: !!settings.s3 }, 'sync started');
    this.engine = engine;
    this.close = close;
    if (settings.pg || settings.s3) this.running = engine.run({ pollMs: 3000 }).catch(() => {});
  }

  async stop(): Promise<void> {
    this.engine?.stop();
    await this.running;
    await this.close?.();
    this.engine = null;
    this.close = null;
    this.running = null;
  }

  poke(): void {
    this.engine?.poke();
  }

  retryParked(target?: Target): number {
    const n = this.engine?.retryParked(target) ?? 0;
    this.poke();
    return n;
  }

  status(): ApiTargetStatus[] {
    return (this.engine?.status() ?? []).map((st) => {
      const p = this.progress[st.target];
      return {
        ...st,
        lastError: st.lastError ?? this.configError,
        progress: p && st.pending > 0 ? { done: p.done, total: p.total, current: p.current, rate: p.rate } : null,
      };
    });
  }
}
