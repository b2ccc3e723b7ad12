import crypto from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import * as Minio from 'minio';
import type { S3Settings } from './settings.js';

export interface PutMeta {
  contentType: string;
  /** SHA-256 of the bytes when already known (the desk names images by it). */
  sha256?: string;
  metadata: Record<string, string>;
}

export interface ObjectStore {
  ensureBucket(): Promise<void>;
  /** Uploads and checks the server holds exactly these bytes (MD5 ETag and our SHA-256 metadata). */
  putVerified(key: string, bytes: Buffer, meta: PutMeta): Promise<void>;
  remove(key: string): Promise<void>;
  stat(key: string): Promise<{ size: number; etag: string; metadata: Record<string, string> } | null>;
  ping(): Promise<void>;
}

/**
 * S3 metadata travels as HTTP headers: ASCII only. A value that is not plain printable
 * ASCII (a Cyrillic file name, a control character, or text that itself looks like an
 * encoded-word) is sent as RFC 2047 encoded-words, base64 of the UTF-8, each at most 75
 * characters and never splitting a character: the form AWS S3 itself uses for non-ASCII
 * metadata, which mail and HTTP libraries decode. The caller marks such a key with
 * `<key>_encoding: rfc2047`.
 */
export function metaValue(s: string): { value: string; encoded: boolean } {
  if (/^[\x20-\x7e]*$/.test(s) && !s.includes('=?')) return { value: s, encoded: false };
  const words: string[] = [];
  let chunk = '';
  const word = (t: string) => `=?UTF-8?B?${Buffer.from(t, 'utf8').toString('base64')}?=`;
  for (const ch of s) {
    if (word(chunk + ch).length > 75) {
      words.push(word(chunk));
      chunk = '';
    }
    chunk += ch;
  }
  if (chunk || !words.length) words.push(word(chunk));
  return { value: words.join(' '), encoded: true };
}

/** The inverse of metaValue, for tools and tests reading the metadata back. */
export function decodeMetaValue(value: string, encoding?: string): string {
  if (encoding !== 'rfc2047') return value;
  const bytes = [...value.matchAll(/=\?UTF-8\?B\?([A-Za-z0-9+/=]*)\?=/gi)].map((m) => Buffer.from(m[1]!, 'base64'));
  return Buffer.concat(bytes).toString('utf8');
}

/** How long an S3 request may go with nothing arriving when the settings do not say (PostgreSQL's query_timeout is the same). */
export const DEFAULT_S3_TIMEOUT_S = 30;

type Transport = Pick<typeof http, 'request'>;
type OnResponse = (res: http.IncomingMessage) => void;

/**
 * http(s).request with a time-out: a request on which nothing arrives for `ms` (connecting
 * included; each byte restarts the clock, so a slow upload that moves is not cut) is ended
 * with an ETIMEDOUT error, which the sync counts as a network failure and retries later.
 * Without it, a server that accepts a connection and never answers holds the request, and
 * the sync loop waiting on it, for as long as the server keeps the connection open.
 */
function timedTransport(scheme: Transport, ms: number): Transport {
  function request(options: http.RequestOptions | string | URL, callback?: OnResponse): http.ClientRequest;
  function request(url: string | URL, options: http.RequestOptions, callback?: OnResponse): http.ClientRequest;
  function request(a: http.RequestOptions | string | URL, b?: http.RequestOptions | OnResponse, c?: OnResponse): http.ClientRequest {
    const options = typeof b === 'object' ? b : {};
    const callback = typeof b === 'function' ? b : c;
    let response: http.IncomingMessage | null = null;
    const onResponse = (res: http.IncomingMessage) => {
      response = res;
      callback?.(res);
    };
    const req = typeof a === 'string' || a instanceof URL ? scheme.request(a, { ...options, timeout: ms }, onResponse) : scheme.request({ ...a, timeout: ms }, onResponse);
    req.once('timeout', () => {
      // Once the head has come, the body's reader waits on the response: it gets the error.
      const err = Object.assign(new Error(`S3 server sent nothing for ${ms / 1000} s`), { code: 'ETIMEDOUT' });
      (response ?? req).destroy(err);
    });
    return req;
  }
  return { request };
}

export class MinioObjectStore implements ObjectStore {
  readonly client: Minio.Client;
  readonly bucket: string;

  /** Its own connection pool unless the caller lends one: `close()` cuts requests a hung server holds open. */
  private readonly ownAgent: http.Agent | null;

  /** `agent`: a connection pool of the caller's, which it may destroy to cut a probe short. */
  constructor(
    private readonly s: S3Settings,
    agent?: http.Agent,
  ) {
    // Idle keep-alive sockets do not hold the process; an unanswered request does, until close().
    this.ownAgent = agent ? null : s.useSSL ? new https.Agent({ keepAlive: true, ...(s.ca ? { ca: s.ca } : {}) }) : new http.Agent({ keepAlive: true });
    this.client = new Minio.Client({
      endPoint: s.endPoint,
      port: s.port,
      useSSL: s.useSSL,
      accessKey: s.accessKey,
      secretKey: s.secretKey,
      region: s.region,
      // A private CA, as BIZCARD_PG_CA is for PostgreSQL; the certificate is still checked.
      transportAgent: agent ?? this.ownAgent!,
      transport: timedTransport(s.useSSL ? https : http, (s.timeout ?? DEFAULT_S3_TIMEOUT_S) * 1000),
    });
    this.bucket = s.bucket;
  }

  /** Ends every request still waiting on the server (a one-off sync that gave up on it). */
  close(): void {
    this.ownAgent?.destroy();
  }

  async ensureBucket(): Promise<void> {
    // Created private (no bucket policy): images are read through presigned URLs only.
    if (!(await this.client.bucketExists(this.bucket))) await this.client.makeBucket(this.bucket, this.s.region).catch(async (e: { code?: string }) => {
      if (e.code !== 'BucketAlreadyOwnedByYou' && e.code !== 'BucketAlreadyExists') throw e;
    });
  }

  async putVerified(key: string, bytes: Buffer, meta: PutMeta): Promise<void> {
    const md5 = crypto.createHash('md5').update(bytes).digest('hex');
    const sha256 = meta.sha256 ?? crypto.createHash('sha256').update(bytes).digest('hex');
    const headers: Record<string, string> = { 'Content-Type': meta.contentType, sha256 };
    for (const [k, v] of Object.entries(meta.metadata)) {
      const m = metaValue(v);
      headers[k] = m.value;
      if (m.encoded) headers[`${k}_encoding`] = 'rfc2047';
    }
    const res = await this.client.putObject(this.bucket, key, bytes, bytes.length, headers);
    // The ETag of a single-part upload is the MD5 the server computed over what it stored:
    // a match is the server's own confirmation. Without one, ask the server (HEAD).
    const etag = (res.etag ?? '').replace(/"/g, '');
    if (etag === md5) return;
    const st = await this.stat(key);
    if (!st || st.size !== bytes.length || st.etag.replace(/"/g, '') !== md5 || (st.metadata.sha256 && st.metadata.sha256 !== sha256))
      throw Object.assign(new Error(`checksum mismatch after upload of ${key}`), { code: 'BadDigest' });
  }

  async stat(key: string) {
    try {
      const st = await this.client.statObject(this.bucket, key);
      const metadata: Record<string, string> = {};
      for (const [k, v] of Object.entries(st.metaData ?? {})) metadata[k.toLowerCase().replace(/^x-amz-meta-/, '')] = String(v);
      return { size: st.size, etag: st.etag, metadata };
    } catch (e) {
      if ((e as { code?: string }).code === 'NotFound' || (e as { code?: string }).code === 'NoSuchKey') return null;
      throw e;
    }
  }

  async remove(key: string): Promise<void> {
    await this.client.removeObject(this.bucket, key);
  }

  async ping(): Promise<void> {
    await this.client.bucketExists(this.bucket);
  }
}
