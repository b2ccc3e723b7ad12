import fs from 'node:fs';
import { z } from 'zod';
import { AppError } from '../../shared/errors.js';

export const PgSettingsSchema = z.object({
  url: z.string().regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://'),
  ssl: z.boolean().default(false),
  ca: z.string().optional(),
  /** The PostgreSQL schema our tables live in, so a database's own `contacts` never matters. */
  schema: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'must be lower-case letters, digits and _ (at most 63)')
    .default('bizcard'),
});
export const S3SettingsSchema = z.object({
  endPoint: z.string().min(1, 'is empty'),
  port: z.number().int().min(1).max(65535).optional(),
  useSSL: z.boolean().default(true),
  accessKey: z.string().min(1, 'is empty'),
  secretKey: z.string().min(1, 'is empty'),
  bucket: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'is not a valid bucket name').default('business-cards'),
  region: z.string().default('us-east-1'),
});
export const SyncSettingsSchema = z.object({
  pg: PgSettingsSchema.optional(),
  s3: S3SettingsSchema.optional(),
  /** Remove a card's local original once its object is confirmed on the server. */
  removeLocalAfterUpload: z.boolean().default(false),
});
export type PgSettings = z.infer<typeof PgSettingsSchema>;
export type S3Settings = z.infer<typeof S3SettingsSchema>;
export type SyncSettings = z.infer<typeof SyncSettingsSchema>;

const ENV_NAMES: Record<string, string> = {
  'pg.url': 'BIZCARD_PG_URL',
  'pg.ssl': 'BIZCARD_PG_SSL',
  'pg.schema': 'BIZCARD_PG_SCHEMA',
  's3.endPoint': 'BIZCARD_S3_ENDPOINT',
  's3.port': 'BIZCARD_S3_PORT',
  's3.useSSL': 'BIZCARD_S3_SSL',
  's3.accessKey': 'BIZCARD_S3_ACCESS_KEY',
  's3.secretKey': 'BIZCARD_S3_SECRET_KEY',
  's3.bucket': 'BIZCARD_S3_BUCKET',
  's3.region': 'BIZCARD_S3_REGION',
};

function bool(v: string | undefined, name: string): boolean | undefined {
  if (v === undefined || v === '') return undefined;
  if (/^(1|true|yes|on)$/i.test(v)) return true;
  if (/^(0|false|no|off)$/i.test(v)) return false;
  throw new AppError('setting', `${name} must be true or false, not "${v}"`);
}

/** Settings from BIZCARD_PG_* / BIZCARD_S3_* variables. */
export function settingsFromEnv(env: NodeJS.ProcessEnv = process.env): unknown {
  const s3Given = env.BIZCARD_S3_ENDPOINT || env.BIZCARD_S3_ACCESS_KEY;
  const port = env.BIZCARD_S3_PORT;
  return {
    pg: env.BIZCARD_PG_URL ? { url: env.BIZCARD_PG_URL, ssl: bool(env.BIZCARD_PG_SSL, 'BIZCARD_PG_SSL'), ca: env.BIZCARD_PG_CA ? fs.readFileSync(env.BIZCARD_PG_CA, 'utf8') : undefined, schema: env.BIZCARD_PG_SCHEMA || undefined } : undefined,
    s3: s3Given
      ? {
          endPoint: env.BIZCARD_S3_ENDPOINT ?? '',
          port: port ? Number(port) : undefined,
          useSSL: bool(env.BIZCARD_S3_SSL, 'BIZCARD_S3_SSL'),
          accessKey: env.BIZCARD_S3_ACCESS_KEY ?? '',
          secretKey: env.BIZCARD_S3_SECRET_KEY ?? '',
          bucket: env.BIZCARD_S3_BUCKET || undefined,
          region: env.BIZCARD_S3_REGION || undefined,
        }
      : undefined,
    removeLocalAfterUpload: bool(env.BIZCARD_REMOVE_LOCAL_AFTER_UPLOAD, 'BIZCARD_REMOVE_LOCAL_AFTER_UPLOAD'),
  };
}

/** A secrets file must be readable by its owner only: it holds passwords. */
export function settingsFromFile(file: string): unknown {
  const st = fs.statSync(file);
  if (process.platform !== 'win32' && (st.mode & 0o077) !== 0)
    throw new AppError('setting', `${file} is readable by others (mode ${(st.mode & 0o777).toString(8)}); run chmod 600 ${file}`);
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new AppError('setting', `${file} is not valid JSON (${(e as Error).message})`);
  }
}

function merge(a: unknown, b: unknown): unknown {
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a)) {
    const out: Record<string, unknown> = { ...(a as Record<string, unknown>) };
    for (const [k, v] of Object.entries(b as Record<string, unknown>)) if (v !== undefined) out[k] = merge(out[k], v);
    return out;
  }
  return b === undefined ? a : b;
}

/** Validates settings; an error names the setting (and its variable) and what is wrong, never its value. */
export function parseSettings(...sources: unknown[]): SyncSettings {
  const raw = sources.reduce((acc, s) => merge(acc, s), {});
  const r = SyncSettingsSchema.safeParse(raw);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const key = issue.path.join('.');
  const env = ENV_NAMES[key] ? ` (${ENV_NAMES[key]})` : '';
  throw new AppError('setting', `setting ${key}${env} ${issue.message}`);
}

/** Settings as they may be printed or logged: secrets replaced. */
export function redact(s: SyncSettings): unknown {
  return {
    ...s,
    pg: s.pg && { ...s.pg, url: s.pg.url.replace(/\/\/([^:/@]+):([^@]*)@/, '//$1:***@'), ca: s.pg.ca ? '(set)' : undefined },
    s3: s3Redacted(s.s3),
  };
}
function s3Redacted(s3: S3Settings | undefined) {
  return s3 && { ...s3, secretKey: '***' };
}
