import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeCard, type Lang } from './fixtures/card-specs.js';
import { FIXTURE_DIR } from './fixtures/generate.js';

export function tempDir(prefix = 'bizcard-test-'): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.chmodSync(d, 0o755);
  return d;
}

/** A generated card (rendered by global setup) with its ground truth. */
export function fixture(lang: Lang, i: number) {
  const spec = makeCard(i, lang);
  return { spec, clean: path.join(FIXTURE_DIR, `${spec.id}.png`), photo: path.join(FIXTURE_DIR, `${spec.id}-photo.jpg`) };
}

/** The first generated card index whose spec satisfies `pred`. */
export function findFixture(lang: Lang, pred: (s: ReturnType<typeof makeCard>) => boolean, max = 6): ReturnType<typeof fixture> {
  for (let i = 0; i < max; i++) if (pred(makeCard(i, lang))) return fixture(lang, i);
  throw new Error(`no ${lang} fixture among the first ${max} matches`);
}
