import fs from 'node:fs';
import { AppError } from '../../shared/errors.js';
import { decidePgSsl, formatPg, parsePg, parseS3Endpoint } from './connection.js';
import { SyncSettingsSchema, type SyncSettings } from './settings.js';

/**
 * Where each sync setting comes from. Sources, lowest first: the app's Settings (and its
 * secret store), sync.json, MinIO's MINIO_* variables, the AWS_* variables, DATABASE_URL,
 * then BIZCARD_* variables, which win. libpq's PG* variables fill in what the PostgreSQL
 * connection string leaves out, as they do for psql.
 */

export type Key = 'pg.url' | 'pg.password' | 'pg.ssl' | 'pg.ca' | 'pg.schema' | 's3.endPoint' | 's3.port' | 's3.useSSL' | 's3.accessKey' | 's3.secretKey' | 's3.bucket' | 's3.region' | 's3.ca' | 's3.timeout' | 'removeLocalAfterUpload';
type Value = string | number | boolean;
interface Given {
  value: Value;
  source: string;
  rank: number;
}
export type Layer = { name: string; values: Partial<Record<Key, { value: Value; source?: string }>> };

/** What `bizcard config` prints: the value (secrets masked) and where it came from. */
export interface Origin {
  key: string;
  value: string;
  source: string;
}

const SECRET_KEYS = new Set(['pg.password', 's3.secretKey']);

/** Where a missing value may be given, for error messages. */
const HINT: Record<string, string> = {
  'pg.url': 'BIZCARD_PG_URL or DATABASE_URL',
  's3.endPoint': 'BIZCARD_S3_ENDPOINT or AWS_ENDPOINT_URL_S3',
  's3.port': 'BIZCARD_S3_PORT',
  's3.accessKey': 'BIZCARD_S3_ACCESS_KEY or AWS_ACCESS_KEY_ID',
  's3.secretKey': 'BIZCARD_S3_SECRET_KEY or AWS_SECRET_ACCESS_KEY',
  's3.bucket': 'BIZCARD_S3_BUCKET',
  's3.region': 'BIZCARD_S3_REGION or AWS_REGION',
  's3.timeout': 'BIZCARD_S3_TIMEOUT',
};

/** Runs a parse step; its error names the setting and where the value came from. */
function named<T>(key: string, source: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw new AppError('setting', `setting ${key} (from ${source}): ${(e as Error).message}`);
  }
}

function bool(v: string | undefined, name: string): boolean | undefined {
  if (v === undefined || v === '') return undefined;
  if (/^(1|true|yes|on)$/i.test(v)) return true;
  if (/^(0|false|no|off)$/i.test(v)) return false;
  throw new AppError('setting', `${name} must be true or false, not "${v}"`);
}

/** A layer from the nested settings shape ({pg: {url, password, ssl, ca}, s3: {...}}) as Settings and sync.json hold it. */
export function layerFromObject(name: string, raw: unknown, secretSource?: string): Layer {
  const values: Layer['values'] = {};
  const o = (raw && typeof raw === 'object' ? raw : {}) as Record<string, Record<string, unknown> | undefined>;
  const put = (key: Key, v: unknown, source = name) => {
    if (v !== undefined && v !== null && v !== '') values[key] = { value: v as Value, source };
  };
  if (o.pg && typeof o.pg === 'object') {
    put('pg.url', o.pg.url);
    put('pg.password', o.pg.password, secretSource ?? name);
    put('pg.ssl', o.pg.ssl);
    put('pg.ca', o.pg.ca);
    put('pg.schema', o.pg.schema);
  }
  if (o.s3 && typeof o.s3 === 'object') {
    for (const k of ['endPoint', 'port', 'useSSL', 'accessKey', 'bucket', 'region', 'ca', 'timeout'] as const) put(`s3.${k}`, o.s3[k]);
    put('s3.secretKey', o.s3.secretKey, secretSource ?? name);
  }
  put('removeLocalAfterUpload', (o as Record<string, unknown>).removeLocalAfterUpload);
  return { name, values };
}

/** Environment variables as layers, lowest first: MINIO_*, AWS_*, DATABASE_URL, BIZCARD_*. */
export function envLayers(env: NodeJS.ProcessEnv): Layer[] {
  const layer = (name: string, map: Partial<Record<Key, string[]>>, parse: Partial<Record<Key, (v: string, n: string) => Value | undefined>> = {}): Layer => {
    const values: Layer['values'] = {};
    for (const [key, names] of Object.entries(map) as [Key, string[]][])
      for (const n of names) {
        const v = env[n];
        if (v === undefined || v === '') continue;
        const parsed = parse[key] ? parse[key]!(v, n) : v;
        if (parsed !== undefined) values[key] = { value: parsed, source: `env ${n}` };
        break;
      }
    return { name, values };
  };
  const file = (v: string, n: string) => {
    try {
      return fs.readFileSync(v, 'utf8');
    } catch (e) {
      throw new AppError('setting', `${n}: cannot read the CA file ${v} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
  };
  const port = (v: string, n: string) => {
    if (!/^\d{1,5}$/.test(v)) throw new AppError('setting', `${n} must be a port number, not "${v}"`);
    return Number(v);
  };
  const seconds = (v: string, n: string) => {
    if (!/^\d+(\.\d+)?$/.test(v)) throw new AppError('setting', `${n} must be a number of seconds, not "${v}"`);
    return Number(v);
  };
  return [
    layer('MinIO variables', { 's3.endPoint': ['MINIO_ENDPOINT'], 's3.accessKey': ['MINIO_ACCESS_KEY', 'MINIO_ROOT_USER'], 's3.secretKey': ['MINIO_SECRET_KEY', 'MINIO_ROOT_PASSWORD'], 's3.region': ['MINIO_REGION', 'MINIO_REGION_NAME'] }),
    layer('AWS variables', { 's3.endPoint': ['AWS_ENDPOINT_URL_S3', 'AWS_ENDPOINT_URL'], 's3.accessKey': ['AWS_ACCESS_KEY_ID'], 's3.secretKey': ['AWS_SECRET_ACCESS_KEY'], 's3.region': ['AWS_REGION', 'AWS_DEFAULT_REGION'], 's3.ca': ['AWS_CA_BUNDLE'] }, { 's3.ca': file }),
    layer('DATABASE_URL', { 'pg.url': ['DATABASE_URL'] }),
    layer(
      'BIZCARD variables',
      {
        'pg.url': ['BIZCARD_PG_URL'],
        'pg.ssl': ['BIZCARD_PG_SSL'],
        'pg.ca': ['BIZCARD_PG_CA'],
        'pg.schema': ['BIZCARD_PG_SCHEMA'],
        's3.endPoint': ['BIZCARD_S3_ENDPOINT'],
        's3.port': ['BIZCARD_S3_PORT'],
        's3.useSSL': ['BIZCARD_S3_SSL'],
        's3.accessKey': ['BIZCARD_S3_ACCESS_KEY'],
        's3.secretKey': ['BIZCARD_S3_SECRET_KEY'],
        's3.bucket': ['BIZCARD_S3_BUCKET'],
        's3.region': ['BIZCARD_S3_REGION'],
        's3.ca': ['BIZCARD_S3_CA'],
        's3.timeout': ['BIZCARD_S3_TIMEOUT'],
        removeLocalAfterUpload: ['BIZCARD_REMOVE_LOCAL_AFTER_UPLOAD'],
      },
      { 'pg.ssl': bool, 's3.useSSL': bool, removeLocalAfterUpload: bool, 'pg.ca': file, 's3.ca': file, 's3.port': port, 's3.timeout': seconds },
    ),
  ];
}

export interface Resolved {
  settings: SyncSettings;
  origins: Origin[];
}

/**
 * Resolves layers (lowest first) into validated sync settings plus the origin of each value.
 * `env` also supplies libpq's PG* defaults. Errors name the setting and where it came from.
 */
export function resolveSyncConfig(layers: Layer[], env: NodeJS.ProcessEnv = {}): Resolved {
  const origins: Origin[] = [];
  const pick = (key: Key): Given | undefined => {
    for (let rank = layers.length - 1; rank >= 0; rank--) {
      const v = layers[rank]!.values[key];
      if (v !== undefined) return { value: v.value, source: v.source ?? layers[rank]!.name, rank };
    }
    return undefined;
  };
  const note = (key: string, value: Value | undefined, source: string) => {
    if (value === undefined || value === '') return;
    origins.push({ key, value: SECRET_KEYS.has(key) ? '********' : key.endsWith('.ca') ? '(PEM certificate)' : String(value), source });
  };
  const raw: { pg?: Record<string, unknown>; s3?: Record<string, unknown>; removeLocalAfterUpload?: boolean } = {};

  // PostgreSQL: the connection string of the highest source, whole; PG* fill what it leaves out.
  const url = pick('pg.url');
  const pgEnvGiven = ['PGHOST', 'PGDATABASE', 'PGUSER'].some((n) => env[n]);
  if (url || pgEnvGiven) {
    const urlSource = url?.source ?? 'env PG*';
    const parts = url ? named('pg.url', urlSource, () => parsePg(String(url.value))) : parsePg('postgresql://');
    const fill = (field: 'host' | 'port' | 'user' | 'database' | 'sslmode' | 'sslrootcert', name: string) => {
      if (!parts[field] && env[name]) {
        parts[field] = field === 'sslmode' ? env[name]!.toLowerCase() : env[name]!;
        return `env ${name}`;
      }
      return parts[field] ? urlSource : '';
    };
    const hostFrom = fill('host', 'PGHOST');
    const portFrom = fill('port', 'PGPORT');
    const userFrom = fill('user', 'PGUSER');
    const dbFrom = fill('database', 'PGDATABASE');
    const sslmodeFrom = fill('sslmode', 'PGSSLMODE');
    const rootFrom = fill('sslrootcert', 'PGSSLROOTCERT');
    if (!parts.database && parts.user) parts.database = parts.user;
    // The password: the connection string's own, else PGPASSWORD, else the one stored with this same source.
    let passwordFrom = parts.password ? urlSource : '';
    if (!parts.password && env.PGPASSWORD) [parts.password, passwordFrom] = [env.PGPASSWORD, 'env PGPASSWORD'];
    const stored = pick('pg.password');
    if (!parts.password && stored && url && stored.rank === url.rank) [parts.password, passwordFrom] = [String(stored.value), stored.source];
    // The TLS switch counts when it comes from the connection string's source or a higher one.
    const sw = pick('pg.ssl');
    const swGiven = sw && (!url || sw.rank >= url.rank) ? sw : undefined;
    const decision = decidePgSsl(parts.sslmode, `${sslmodeFrom || urlSource}`, swGiven?.value as boolean | undefined, swGiven ? `${swGiven.source} (TLS switch)` : '');
    let ca = pick('pg.ca');
    if (!ca && parts.sslrootcert && parts.sslrootcert !== 'system') {
      try {
        ca = { value: fs.readFileSync(parts.sslrootcert, 'utf8'), source: `${rootFrom} (sslrootcert)`, rank: 0 };
      } catch (e) {
        throw new AppError('setting', `PostgreSQL sslrootcert: cannot read ${parts.sslrootcert} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      }
    }
    const schema = pick('pg.schema');
    raw.pg = { url: formatPg(parts, true), ssl: decision.ssl, verifyHost: decision.verifyHost, ca: ca ? String(ca.value) : undefined, schema: schema?.value };
    if (schema) note('pg.schema', schema.value, schema.source);
    note('pg.url', formatPg(parts, false), [urlSource, ...new Set([hostFrom, portFrom, userFrom, dbFrom].filter((s) => s && s !== urlSource))].join(' + '));
    note('pg.password', parts.password, passwordFrom);
    origins.push({ key: 'pg.ssl', value: decision.ssl ? (decision.verifyHost ? 'on (verify-full)' : 'on (verify-ca)') : 'off', source: parts.sslmode && sslmodeFrom ? `${sslmodeFrom} (sslmode=${parts.sslmode})` : swGiven ? swGiven.source : 'default' });
    if (ca) note('pg.ca', String(ca.value), ca.source);
  }

  // S3: each value from its highest source; an endpoint URL brings its host, port and scheme.
  const endpoint = pick('s3.endPoint');
  const bizcardOnly = pick('s3.accessKey');
  if (endpoint || (bizcardOnly && bizcardOnly.source.startsWith('env BIZCARD_'))) {
    const ep = endpoint ? named('s3.endPoint', endpoint.source, () => parseS3Endpoint(String(endpoint.value))) : { endPoint: '' };
    const s3: Record<string, unknown> = { endPoint: ep.endPoint };
    note('s3.endPoint', ep.endPoint, endpoint?.source ?? '');
    const atOrAbove = (g: Given | undefined) => (g && (!endpoint || g.rank >= endpoint.rank) ? g : undefined);
    const port = atOrAbove(pick('s3.port'));
    if (port && ep.port !== undefined && Number(port.value) !== ep.port && port.rank === endpoint!.rank)
      throw new AppError('setting', `S3 port: ${endpoint!.source} says ${ep.port} but ${port.source} says ${port.value}; make them agree`);
    s3.port = port ? Number(port.value) : ep.port;
    note('s3.port', s3.port as number | undefined, port ? port.source : (endpoint?.source ?? ''));
    const sw = pick('s3.useSSL');
    const swAt = atOrAbove(sw);
    if (ep.useSSL !== undefined && swAt && swAt.value !== ep.useSSL)
      throw new AppError('setting', `S3 TLS: ${endpoint!.source} is an ${ep.useSSL ? 'https' : 'http'}:// URL but ${swAt.source} (TLS switch) turns TLS ${swAt.value ? 'on' : 'off'}; make them agree`);
    s3.useSSL = ep.useSSL ?? sw?.value ?? true;
    origins.push({ key: 's3.useSSL', value: s3.useSSL ? 'on' : 'off', source: ep.useSSL !== undefined ? `${endpoint!.source} (scheme)` : (sw?.source ?? 'default') });
    for (const k of ['accessKey', 'secretKey', 'bucket', 'region', 'ca', 'timeout'] as const) {
      const g = pick(`s3.${k}`);
      if (g) s3[k] = g.value;
      note(`s3.${k}`, g?.value, g?.source ?? '');
    }
    s3.accessKey ??= '';
    s3.secretKey ??= '';
    raw.s3 = s3;
  }
  const rm = pick('removeLocalAfterUpload');
  if (rm) raw.removeLocalAfterUpload = rm.value as boolean;

  const r = SyncSettingsSchema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    const key = issue.path.join('.');
    const from = origins.find((o) => o.key === key)?.source;
    throw new AppError('setting', `setting ${key} (${from ? `from ${from}` : `give it in Settings, sync.json or ${HINT[key] ?? 'the environment'}`}) ${issue.message}`);
  }
  return { settings: r.data, origins };
}
