/** Child for the test-process test: starts `bizcard serve` as the suites do, then ends without stopping it. */
import { startServe } from '../e2e/serve-process.js';
import { tempDir } from '../helpers.js';

const served = await startServe(tempDir());
process.stdout.write(`${served.child.pid}\n`);
// 'exit': a run that fails before its afterAll (or never has one); else: waits to be SIGKILLed, as a timed-out worker is.
if (process.argv[2] === 'exit') process.exit(1);
setInterval(() => {}, 1000);
