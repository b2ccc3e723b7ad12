/**
 * Folders made by tempDir() go once their test file is done, whether its tests passed or
 * failed (test/setup/remove-temp-dirs.ts), and only after the file's own clean-up, which may
 * still use them; a script outside vitest loses its folders when it exits.
 */
import { type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { tempDir } from '../helpers.js';
import { spawnGuarded, stopGroup } from '../process-guard.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(ROOT, 'test/fixtures/temp-dirs');

const started: ChildProcess[] = [];
afterAll(() => Promise.all(started.map((c) => stopGroup(c))));

/** `args` run under node in the project folder, with `env` added; resolves with its exit code once it ends. */
function run(args: string[], env: Record<string, string>): Promise<number | null> {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST'))); // a run of its own, not this worker's
  const child = spawnGuarded(process.execPath, args, { cwd: ROOT, env: { ...clean, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  started.push(child);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => resolve(code));
  });
}

interface JsonReport {
  testResults: { name: string; status: string; message: string; assertionResults: { title: string; status: string }[] }[];
}

it('removes every folder of a test file once it ends, passed or failed, after its own afterAll and beforeAll clean-ups', async () => {
  const work = tempDir('bizcard-tempdirs-run-');
  const log = path.join(work, 'made.tsv');
  const report = path.join(work, 'report.json');
  fs.writeFileSync(log, '');

  const code = await run([path.join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--config', path.join(FIXTURES, 'vitest.config.ts'), '--reporter=json', `--outputFile=${report}`], { TEMPDIRS_LOG: log });

  expect(code).toBe(1); // one fixture file fails on purpose
  const files = (JSON.parse(fs.readFileSync(report, 'utf8')) as JsonReport).testResults;
  const byName = Object.fromEntries(files.map((f) => [path.basename(f.name), f]));
  // The passing file passed, so no folder was removed while its clean-ups still wrote into it.
  expect(byName['passes.fixture.ts']?.status).toBe('passed');
  expect(byName['passes.fixture.ts']?.assertionResults.map((t) => t.status)).toEqual(['passed', 'passed']);
  expect(byName['fails.fixture.ts']?.status).toBe('failed');
  expect(byName['fails.fixture.ts']?.assertionResults.map((t) => t.status)).toEqual(['failed', 'failed']);
  expect(byName['fails.fixture.ts']?.message).toContain('deliberate afterAll failure');

  const made = fs
    .readFileSync(log, 'utf8')
    .trim()
    .split('\n')
    .map((l) => l.split('\t') as [string, string]);
  expect(made.map(([what]) => what).sort()).toEqual(
    ['module', 'beforeAll', 'test', 'describe', 'module', 'failing test', 'throwing test', 'throwing afterAll'].sort(),
  );
  expect(made.filter(([, dir]) => fs.existsSync(dir))).toEqual([]);
});

it('removes the folders of a script outside vitest when it exits', async () => {
  const log = path.join(tempDir('bizcard-tempdirs-run-'), 'made.tsv');
  expect(await run(['--import', 'tsx', path.join(FIXTURES, 'exits.ts')], { TEMPDIRS_LOG: log })).toBe(1);
  const [what, dir] = fs.readFileSync(log, 'utf8').trim().split('\t');
  expect(what).toBe('script');
  expect(dir).toMatch(/bizcard-test-/);
  expect(fs.existsSync(dir!)).toBe(false);
});
