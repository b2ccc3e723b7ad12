import fs from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import roll from 'pino-roll';

/**
 * The support log: JSON lines (pino) in `<data folder>/logs/bizcard.N.log`, rotated by size
 * (pino-roll), the newest few kept, readable by the owner only. The desktop app, `bizcard
 * serve` and the command line all write here, each line saying which. Nothing secret may
 * reach it: known secret fields are redacted by path and every string is scrubbed of
 * passwords in URLs, keyword strings and KEY=value pairs (see scrub()).
 */
export type Logger = pino.Logger;

export const LOG_DIR = 'logs';
export const LOG_BASE = 'bizcard';
const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export interface LogOptions {
  /** Who writes: 'app', 'serve', 'cli'. */
  proc: string;
  level?: string;
  /** Rotate at this size (pino-roll syntax: '5m', '100k'). */
  size?: string;
  /** Rotated files kept. */
  keep?: number;
}

const SECRET_WORDS = 'password|passwd|pwd|secret|secretkey|secret_key|secret_access_key|token|access_token|api_key|apikey|authorization';

/** Takes passwords out of a string: URL userinfo, `password=…` in keyword strings and queries, `X_SECRET…=…`, bearer tokens. */
export function scrub(s: string): string {
  return s
    .replace(/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/g, '$1 ***')
    .replace(/(\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]*:)[^\s@/]*@/gi, '$1***@')
    .replace(new RegExp(`((?:^|[\\s?&;,{"'])[\\w-]*(?:${SECRET_WORDS})[\\w-]*"?\\s*[=:]\\s*"?)('(?:\\\\.|[^'\\\\])*'|[^\\s&;,"'}]+)`, 'gi'), '$1***')
    .replace(/#token=[A-Za-z0-9_-]+/g, '#token=***');
}

function scrubDeep(v: unknown, depth = 0): unknown {
  if (typeof v === 'string') return scrub(v);
  if (depth > 6 || v === null || typeof v !== 'object') return v;
  if (v instanceof Error) return { type: v.name, message: scrub(v.message), code: (v as NodeJS.ErrnoException).code, stack: v.stack && scrub(v.stack) };
  if (Array.isArray(v)) return v.map((x) => scrubDeep(x, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) out[k] = new RegExp(`^(${SECRET_WORDS})$`, 'i').test(k) ? '[Redacted]' : scrubDeep(x, depth + 1);
  return out;
}

/** The newest log file of a data folder, or null. */
export function currentLogFile(dataDir: string): string | null {
  const dir = path.join(dataDir, LOG_DIR);
  if (!fs.existsSync(dir)) return null;
  const files = fs
    .readdirSync(dir)
    .map((f) => ({ f, n: Number(new RegExp(`^${LOG_BASE}\\.(\\d+)\\.log$`).exec(f)?.[1] ?? NaN) }))
    .filter((x) => Number.isFinite(x.n))
    .sort((a, b) => b.n - a.n);
  return files[0] ? path.join(dir, files[0].f) : null;
}

/** The last `n` lines of the log (newest file, and the one before when it is short). */
export function lastLogLines(dataDir: string, n = 50): string[] {
  const dir = path.join(dataDir, LOG_DIR);
  const cur = currentLogFile(dataDir);
  if (!cur) return [];
  const num = Number(/\.(\d+)\.log$/.exec(cur)![1]);
  const files = [path.join(dir, `${LOG_BASE}.${num - 1}.log`), cur].filter((f) => fs.existsSync(f));
  const lines = files.flatMap((f) => fs.readFileSync(f, 'utf8').split('\n').filter(Boolean));
  return lines.slice(-n);
}

/** Opens the data folder's log for one process. BIZCARD_LOG_LEVEL sets the level (default info). */
export async function openLog(dataDir: string, opts: LogOptions): Promise<Logger> {
  const dir = path.join(dataDir, LOG_DIR);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const level = (opts.level ?? process.env.BIZCARD_LOG_LEVEL ?? 'info').toLowerCase();
  const stream = await roll({ file: path.join(dir, LOG_BASE), extension: '.log', size: opts.size ?? '5m', limit: { count: opts.keep ?? 4, removeOtherLogFiles: true }, mode: 0o600 });
  return pino(
    {
      level: LEVELS.includes(level) ? level : 'info',
      base: { proc: opts.proc, pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: ['password', 'secretKey', '*.password', '*.secretKey', '*.*.password', '*.*.secretKey'], censor: '[Redacted]' },
      serializers: { err: (e: unknown) => scrubDeep(e) },
      hooks: {
        // Every argument, message or object, goes through the scrubber before it is written.
        logMethod(args, method) {
          method.apply(this, args.map((a) => scrubDeep(a)) as Parameters<typeof method>);
        },
      },
    },
    stream,
  );
}

/** Writes what is buffered and closes the file (the CLI before it exits). */
export async function closeLog(log: Logger): Promise<void> {
  const stream = (log as unknown as { [k: symbol]: unknown })[pino.symbols.streamSym] as { flush?(cb: (e?: Error) => void): void; end?(): void; once?(ev: string, cb: () => void): void } | undefined;
  if (!stream?.flush) return;
  await new Promise<void>((resolve) => stream.flush!(() => resolve()));
  await new Promise<void>((resolve) => {
    stream.once?.('close', resolve);
    stream.end?.();
    setTimeout(resolve, 1000).unref();
  });
}

/** A logger that writes nowhere, for code used without a data folder's log (tests of one module). */
export const silentLog: Logger = pino({ level: 'silent' });
