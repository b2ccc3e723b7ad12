import { generateFixtures } from './fixtures/generate.js';

/** Renders the generated cards once per run (cached in .cache/fixtures across runs). */
export default async function setup(): Promise<void> {
  await generateFixtures(Number(process.env.TEST_CARDS ?? 6));
}
