import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeCard, type CardSpec, type Lang } from './fixtures/card-specs.js';
import { renderFixture, type FixtureCard } from './fixtures/generate.js';

export function tempDir(prefix = 'bizcard-test-'): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.chmodSync(d, 0o755);
  return d;
}

/** A generated card with its ground truth, rendered on first use. */
export function fixture(lang: Lang, i: number): Promise<FixtureCard> {
  return renderFixture(lang, i);
}

/** The first generated card whose spec satisfies `pred`. */
export async function findFixture(lang: Lang, pred: (s: CardSpec) => boolean, max = 60): Promise<FixtureCard> {
  for (let i = 0; i < max; i++) if (pred(makeCard(i, lang))) return fixture(lang, i);
  throw new Error(`no ${lang} fixture among the first ${max} matches`);
}
