import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { transliterate } from '../recognize/extract/scripts.js';
import { DIR_MODE, FILE_MODE } from './data-folder.js';

const EXT: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'image/heic': 'heic', 'image/tiff': 'tiff' };

/**
 * A file name safe on every file system and in an object key: no directories, Latin
 * letters, digits, dot, dash and underscore only, with the extension the content has.
 */
export function safeFilename(original: string, mime: string): string {
  const base = original.split(/[\\/]/).pop() ?? '';
  const stem = transliterate(base.replace(/\.[^.]*$/, ''))
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^[._-]+|[._-]+$/g, '')
    .slice(0, 80);
  return `${stem || 'card'}.${EXT[mime] ?? 'bin'}`;
}

export function sha256(bytes: Buffer): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

function writeDurably(file: string, bytes: Buffer): void {
  if (fs.existsSync(file) && fs.statSync(file).size === bytes.length) return;
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: DIR_MODE });
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    const fd = fs.openSync(tmp, 'w', FILE_MODE);
    try {
      fs.writeSync(fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, file);
  } catch (e) {
    // A full disk (ENOSPC) leaves a 0-byte temporary file behind: not ours to keep.
    fs.rmSync(tmp, { force: true });
    throw e;
  }
  const dir = fs.openSync(path.dirname(file), 'r');
  try {
    fs.fsyncSync(dir);
  } catch {
    // directories cannot be fsynced on Windows; the rename is durable enough there
  } finally {
    fs.closeSync(dir);
  }
}

export interface StoredFiles {
  hash: string;
  file: string;
  cardFile: string;
  thumbFile: string;
}

/** Image files named by content hash under the data folder; written and fsynced before any row points at them. */
export class ImageFiles {
  constructor(readonly root: string) {}

  put(original: Buffer, mime: string, card: Buffer, thumb: Buffer): StoredFiles {
    const hash = sha256(original);
    const sub = hash.slice(0, 2);
    const rel = {
      file: path.join('originals', sub, `${hash}.${EXT[mime] ?? 'bin'}`),
      cardFile: path.join('cards', sub, `${hash}.jpg`),
      thumbFile: path.join('thumbs', sub, `${hash}.jpg`),
    };
    writeDurably(this.abs(rel.file), original);
    writeDurably(this.abs(rel.cardFile), card);
    writeDurably(this.abs(rel.thumbFile), thumb);
    return { hash, ...rel };
  }

  abs(rel: string): string {
    const p = path.resolve(this.root, rel);
    if (!p.startsWith(path.resolve(this.root) + path.sep)) throw new Error(`path escapes the image folder: ${rel}`);
    return p;
  }

  read(rel: string): Buffer {
    return fs.readFileSync(this.abs(rel));
  }

  remove(rel: string): void {
    fs.rmSync(this.abs(rel), { force: true });
  }
}
