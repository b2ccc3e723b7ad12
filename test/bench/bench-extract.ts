/**
 * `npm run bench`: per-card latency and batch throughput of extraction over the generated
 * cards, beside Debian's native `tesseract` CLI (eng+rus) on the same images in the same run.
 */
import { execFile } from 'node:child_process';
import os from 'node:os';
import { promisify } from 'node:util';
import { createOcr, cpuCount } from '../../main/app.js';
import { Scanner } from '../../main/recognize/scanner.js';
import { mapLimit } from '../../main/cli/files.js';
import { generateFixtures } from '../fixtures/generate.js';
import { tempDir } from '../helpers.js';

const run = promisify(execFile);
const count = Number(process.env.BENCH_CARDS ?? 10);
const cards = await generateFixtures(count);
const images = cards.flatMap((c) => [c.clean, c.photo]);
const cores = cpuCount();

const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
const fmt = (ms: number) => `${ms.toFixed(0).padStart(5)} ms`;

async function timeEach(fn: (f: string) => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (const f of images) {
    const t = performance.now();
    await fn(f);
    out.push(performance.now() - t);
  }
  return out;
}

async function batch(fn: (f: string) => Promise<unknown>, concurrency: number) {
  const cpu0 = process.cpuUsage();
  const t = performance.now();
  await mapLimit(images, concurrency, fn);
  const wall = performance.now() - t;
  return { wall, perSec: images.length / (wall / 1000), cpu0 };
}

console.log(`${images.length} images (${count} cards per language, clean + photo), ${cores} cores, ${os.cpus()[0]?.model ?? ''}\n`);

const ocr = createOcr({ dataDir: tempDir() });
const scanner = new Scanner(ocr);
await scanner.scanFile(images[0]!); // warm: workers started, models loaded
const ours = await timeEach((f) => scanner.scanFile(f));
const oursBatch = await batch((f) => scanner.scanFile(f), cores + 1);
const childCpu = process.resourceUsage();
await ocr.close();

let native: number[] | null = null;
let nativeBatch: { wall: number; perSec: number } | null = null;
const env = { ...process.env, OMP_THREAD_LIMIT: '1' };
const tess = (f: string) => run('tesseract', [f, 'stdout', '-l', 'eng+rus'], { env, maxBuffer: 1 << 24 });
try {
  await tess(images[0]!);
  native = await timeEach(tess);
  nativeBatch = await batch(tess, cores);
} catch (e) {
  console.log(`native tesseract CLI not available (${(e as Error).message.split('\n')[0]}); install Debian tesseract-ocr tesseract-ocr-rus to compare\n`);
}

const row = (name: string, xs: number[], b: { wall: number; perSec: number }) =>
  console.log(`${name.padEnd(34)} median ${fmt(q(xs, 0.5))}   p90 ${fmt(q(xs, 0.9))}   batch ${b.perSec.toFixed(2).padStart(5)} cards/s (${(b.wall / 1000).toFixed(1)} s)`);
row('bizcard extract (QR+capture+OCR)', ours, oursBatch);
if (native && nativeBatch) {
  row('native tesseract 5 CLI, raw image', native, nativeBatch);
  console.log(`\nratio ours/native: median ${(q(ours, 0.5) / q(native, 0.5)).toFixed(2)}x, p90 ${(q(ours, 0.9) / q(native, 0.9)).toFixed(2)}x, batch throughput ${(oursBatch.perSec / nativeBatch.perSec).toFixed(2)}x`);
}
const busy = (childCpu.userCPUTime + childCpu.systemCPUTime) / 1000;
console.log(`process CPU over the whole run: ${(busy / 1000).toFixed(1)} s; batch wall ${(oursBatch.wall / 1000).toFixed(1)} s on ${cores} cores`);
