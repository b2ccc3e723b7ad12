import { makeCard, type CardSpec, type Lang } from './fixtures/card-specs.js';
import { renderFixture, type FixtureCard } from './fixtures/generate.js';

export { tempDir } from './temp-dirs.js';

/** A generated card with its ground truth, rendered on first use. */
export function fixture(lang: Lang, i: number): Promise<FixtureCard> {
  return renderFixture(lang, i);
}

/** The first generated card whose spec satisfies `pred`. */
export async function findFixture(lang: Lang, pred: (s: CardSpec) => boolean, max = 60): Promise<FixtureCard> {
  for (let i = 0; i < max; i++) if (pred(makeCard(i, lang))) return fixture(lang, i);
  throw new Error(`no ${lang} fixture among the first ${max} matches`);
}
