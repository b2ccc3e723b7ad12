import fs from 'node:fs';
import { z } from 'zod';
import { AppError } from '../../shared/errors.js';
import { layerFromObject, resolveSyncConfig } from './config.js';

export const PgSettingsSchema = z.object({
  url: z.string().regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://'),
  ssl: z.boolean().default(false),
  /** false for sslmode=verify-ca: the certificate chain is checked, not the host name. */
  verifyHost: z.boolean().default(true),
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
  /** PEM of a private CA the object store's certificate is checked against (BIZCARD_S3_CA, AWS_CA_BUNDLE). */
  ca: z.string().optional(),
  /**
   * Seconds an S3 request may go with nothing arriving (connecting included) before it is cut
   * and counted as a network failure, to be retried later (BIZCARD_S3_TIMEOUT; 30 when not given).
   */
  timeout: z.number().positive('must be more than 0 seconds').max(3600, 'must be at most 3600 seconds').optional(),
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

/**
 * Validates settings given as one form (a Settings form with its secrets, a test's object):
 * the same normalisation and checks as the layered configuration (connection strings, one
 * SSL decision, endpoint URLs); an error names the setting, never its value.
 */
export function parseSettings(...sources: unknown[]): SyncSettings {
  const raw = sources.reduce((acc, s) => merge(acc, s), {});
  return resolveSyncConfig([layerFromObject('settings', raw)]).settings;
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
