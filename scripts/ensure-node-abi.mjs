// `npm start` rebuilds better-sqlite3 for Electron's ABI; the CLI and the tests run in
// Node. If the module was last built for Electron, rebuild it for this Node first.
import { createRequire } from 'node:module';
import { execSync } from 'node:child_process';

const require = createRequire(import.meta.url);
try {
  new (require('better-sqlite3'))(':memory:').close();
} catch (e) {
  if (!/NODE_MODULE_VERSION|was compiled against a different Node/.test(String(e))) throw e;
  console.error('better-sqlite3 was built for Electron; rebuilding it for Node…');
  execSync('npm rebuild better-sqlite3', { stdio: ['ignore', 2, 2] });
}
