#!/usr/bin/env node
// Installed entry point: the compiled CLI when built, else the TypeScript source through tsx.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const built = path.join(root, 'dist', 'main', 'cli.js');
if (existsSync(built)) {
  const { runCli } = await import(pathToFileURL(built).href);
  await runCli(process.argv.slice(2));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { runCli } = await import(pathToFileURL(path.join(root, 'main', 'cli.ts')).href);
  await runCli(process.argv.slice(2));
}
