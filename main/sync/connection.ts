import { AppError } from '../../shared/errors.js';

/**
 * Connection strings as people already write them, turned into the one form the sync code
 * uses. PostgreSQL: URLs (postgres://, postgresql://) and libpq keyword strings
 * (`host=db port=5432 dbname=cards user=bob password='a b' sslmode=verify-full`). S3: a
 * host, host:port, or an endpoint URL (`https://minio.example:9000`).
 */

export interface PgParts {
  host: string;
  port: string;
  user: string;
  password: string;
  database: string;
  /** libpq's sslmode, when the string names one. */
  sslmode: string;
  /** CA file named by the string (sslrootcert). */
  sslrootcert: string;
  /** Everything else (application_name, options, ...), passed through in the URL's query. */
  params: Record<string, string>;
}

const SSL_KEYS = new Set(['sslmode', 'ssl', 'sslrootcert', 'sslcert', 'sslkey', 'sslcrl']);
const SSLMODES = ['disable', 'allow', 'prefer', 'require', 'verify-ca', 'verify-full'];

/** libpq keyword/value form: key = value pairs, values optionally in single quotes with \\ and \' escapes. */
export function parseKeywordString(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(?:'((?:\\.|[^'\\])*)'|((?:\\.|[^\s'\\])+))\s*/y;
  let i = 0;
  while (i < s.length) {
    re.lastIndex = i;
    const m = re.exec(s);
    if (!m) {
      if (!s.slice(i).trim()) break;
      throw new AppError('setting', `PostgreSQL connection string: cannot read "${s.slice(i).trim().split(/\s/)[0]!.replace(/password=.*/i, 'password=…')}" (want key=value pairs)`);
    }
    out[m[1]!.toLowerCase()] = (m[2] ?? m[3] ?? '').replace(/\\(.)/g, '$1');
    i = re.lastIndex;
  }
  return out;
}

export function isKeywordString(s: string): boolean {
  return !/^postgres(ql)?:\/\//i.test(s.trim()) && /^\s*[A-Za-z_]+\s*=/.test(s);
}

/** Splits a PostgreSQL URL or keyword string into its parts; a password in userinfo or in `?password=` is a part like any other. */
export function parsePg(conn: string): PgParts {
  const parts: PgParts = { host: '', port: '', user: '', password: '', database: '', sslmode: '', sslrootcert: '', params: {} };
  let kv: Record<string, string>;
  if (isKeywordString(conn)) kv = parseKeywordString(conn);
  else {
    if (!/^postgres(ql)?:\/\//i.test(conn.trim())) throw new AppError('setting', 'must start with postgres:// or postgresql:// (or be a keyword string: host=… dbname=…)');
    let u: URL;
    try {
      u = new URL(conn.trim());
    } catch {
      throw new AppError('setting', 'PostgreSQL URL is not a valid URL');
    }
    kv = {};
    for (const [k, v] of u.searchParams) kv[k.toLowerCase()] = v;
    const dec = (s: string) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    };
    if (u.hostname) kv.host = dec(u.hostname).replace(/^\[(.*)\]$/, '$1');
    if (u.port) kv.port = u.port;
    if (u.username) kv.user = dec(u.username);
    if (u.password) kv.password = dec(u.password);
    const db = dec(u.pathname.replace(/^\//, ''));
    if (db) kv.dbname = db;
  }
  for (const [k, v] of Object.entries(kv)) {
    if (k === 'host' || k === 'hostaddr') parts.host ||= v;
    else if (k === 'port') parts.port = v;
    else if (k === 'user') parts.user = v;
    else if (k === 'password') parts.password = v;
    else if (k === 'dbname') parts.database = v;
    else if (k === 'sslmode') parts.sslmode = v.toLowerCase();
    else if (k === 'ssl') parts.sslmode = /^(1|true|on|yes)$/i.test(v) ? 'verify-full' : 'disable';
    else if (k === 'sslrootcert') parts.sslrootcert = v;
    else if (!SSL_KEYS.has(k)) parts.params[k] = v;
  }
  if (parts.sslmode && !SSLMODES.includes(parts.sslmode)) throw new AppError('setting', `PostgreSQL sslmode "${parts.sslmode}" is not one of ${SSLMODES.join(', ')}`);
  if (parts.port && !/^\d{1,5}$/.test(parts.port)) throw new AppError('setting', `PostgreSQL port "${parts.port}" is not a number`);
  return parts;
}

/** The URL for these parts; the password only when asked for, SSL never (decided apart, see decidePgSsl). */
export function formatPg(p: Pick<PgParts, 'host' | 'port' | 'user' | 'password' | 'database' | 'params'>, withPassword: boolean): string {
  const host = p.host || 'localhost';
  const auth = p.user ? `${encodeURIComponent(p.user)}${withPassword && p.password ? `:${encodeURIComponent(p.password)}` : ''}@` : '';
  const q = new URLSearchParams(p.params).toString();
  return `postgresql://${auth}${host.includes(':') ? `[${host}]` : host}${p.port ? `:${p.port}` : ''}/${encodeURIComponent(p.database)}${q ? `?${q}` : ''}`;
}

/** The URL as it may be stored and shown: no password in userinfo or query, nothing else changed. */
export function pgUrlWithoutPassword(conn: string): { url: string; password: string } {
  const p = parsePg(conn);
  if (isKeywordString(conn)) {
    const kv = parseKeywordString(conn);
    delete kv.password;
    return { url: Object.entries(kv).map(([k, v]) => `${k}=${/[\s'\\]/.test(v) || !v ? `'${v.replace(/(['\\])/g, '\\$1')}'` : v}`).join(' '), password: p.password };
  }
  const u = new URL(conn.trim());
  u.password = '';
  u.searchParams.delete('password');
  return { url: u.toString(), password: p.password };
}

export interface SslDecision {
  ssl: boolean;
  /** false for verify-ca: the chain is checked, the host name is not. */
  verifyHost: boolean;
}

/**
 * The one place that decides TLS for PostgreSQL. `sslmode` from the connection string and a
 * separate switch (the TLS box in Settings, BIZCARD_PG_SSL) must agree when both are given;
 * they are an error, not a silent choice, when they do not. TLS always checks the server's
 * certificate (require is taken as verify-full: an unchecked TLS connection is not offered).
 */
export function decidePgSsl(sslmode: string, sslmodeFrom: string, sw: boolean | undefined, switchFrom: string): SslDecision {
  const wants = sslmode === 'disable' ? false : ['require', 'verify-ca', 'verify-full'].includes(sslmode) ? true : undefined;
  if (wants !== undefined && sw !== undefined && wants !== sw)
    throw new AppError('setting', `PostgreSQL TLS: ${sslmodeFrom} says sslmode=${sslmode} but ${switchFrom} turns TLS ${sw ? 'on' : 'off'}; make them agree (change one, or remove sslmode from the URL)`);
  return { ssl: wants ?? sw ?? false, verifyHost: sslmode !== 'verify-ca' };
}

export interface S3Endpoint {
  endPoint: string;
  port?: number;
  useSSL?: boolean;
}

/** `minio.example`, `minio.example:9000`, `https://minio.example:9000/`: host, port, and TLS when the scheme says. */
export function parseS3Endpoint(s: string): S3Endpoint {
  const t = s.trim();
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(t)) {
    let u: URL;
    try {
      u = new URL(t);
    } catch {
      throw new AppError('setting', `S3 endpoint "${t}" is not a valid URL`);
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new AppError('setting', `S3 endpoint "${t}": the scheme must be http or https`);
    if (u.pathname !== '/' || u.search || u.username) throw new AppError('setting', `S3 endpoint "${t}": only scheme, host and port (no path, query or user)`);
    return { endPoint: u.hostname.replace(/^\[(.*)\]$/, '$1'), port: u.port ? Number(u.port) : undefined, useSSL: u.protocol === 'https:' };
  }
  const m = /^(\[[^\]]+\]|[^:/\s]+)(?::(\d{1,5}))?$/.exec(t);
  if (!m) throw new AppError('setting', `S3 endpoint "${t}" is not a host name, host:port or http(s):// URL`);
  return { endPoint: m[1]!.replace(/^\[(.*)\]$/, '$1'), port: m[2] ? Number(m[2]) : undefined };
}
