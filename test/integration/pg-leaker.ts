/** Child for the test-process test: starts the suites' PostgreSQL as they do, then ends without stopping it. */
import { TestPostgres } from './servers.js';

const pgs = new TestPostgres();
await pgs.start();
process.stdout.write(`${pgs.pid} ${pgs.folder}\n`);
// 'exit': a run that fails before its afterAll; else: waits to be SIGKILLed, as a timed-out worker is.
if (process.argv[2] === 'exit') process.exit(1);
setInterval(() => {}, 1000);
