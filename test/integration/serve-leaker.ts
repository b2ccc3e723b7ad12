/**
 * Child for the test-process test: starts `bizcard serve` as the suites do, in the data folder
 * it is given (the parent test's tempDir(), which outlives a SIGKILL of this process), then ends
 * without stopping it.
 */
import { startServe } from '../e2e/serve-process.js';
import { descendants } from '../process-guard.js';

const served = await startServe(process.argv[3]!);
const pid = served.child.pid!;
// The server and what it started (tsx's esbuild service).
process.stdout.write(`${[pid, ...descendants(pid)].join(' ')}\n`);
// 'exit': a run that fails before its afterAll (or never has one); else: waits to be SIGKILLed, as a timed-out worker is.
if (process.argv[2] === 'exit') process.exit(1);
setInterval(() => {}, 1000);
