import { aroundAll } from 'vitest';
import { removeTempDirs } from '../temp-dirs.js';

/**
 * Set-up file (vitest.config.ts) run in front of every test file: removes the folders the
 * file's `tempDir()` calls made once the whole file is done, passed or failed. An aroundAll
 * registered here is the file's outermost hook, so it runs after every afterAll hook, every
 * clean-up a beforeAll returned and every file fixture (the ones that close servers and OCR
 * pools still using these folders), and even when one of those threw.
 */
aroundAll(async (runFile) => {
  await runFile();
  removeTempDirs();
});
