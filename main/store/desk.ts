import os from 'node:os';
import { AppError } from '../../shared/errors.js';
import type { Db } from './db.js';

/**
 * This desk's human-readable name, as the server shows it beside the desk id. A person
 * may set it ("Reception, 2nd floor"); until then it is the computer's host name.
 */
export function deskName(db: Db): string {
  const r = db.prepare(`SELECT value FROM meta WHERE key = 'desk_name'`).get() as { value: string } | undefined;
  return r?.value || os.hostname() || 'desk';
}

export function setDeskName(db: Db, name: string): string {
  const clean = name.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').replace(/\s+/g, ' ').trim();
  if (clean.length > 100) throw new AppError('invalid_input', `desk name: at most 100 characters, not ${clean.length}`);
  if (clean) db.prepare(`INSERT INTO meta (key, value) VALUES ('desk_name', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`).run(clean);
  else db.prepare(`DELETE FROM meta WHERE key = 'desk_name'`).run();
  return deskName(db);
}
