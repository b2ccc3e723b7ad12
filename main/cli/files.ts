import fs from 'node:fs';
import path from 'node:path';

const IMAGE_EXT = /\.(jpe?g|png|webp|heic|heif|tiff?|jfif)$/i;

/**
 * Files named on the command line are all tried (content decides what is an image);
 * inside folders, hidden files and files with a non-image extension are passed over.
 */
export function expandInputs(inputs: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.name.startsWith('.')) continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && (IMAGE_EXT.test(e.name) || !path.extname(e.name))) out.push(p);
    }
  };
  for (const input of inputs) {
    let st: fs.Stats | null = null;
    try {
      st = fs.statSync(input);
    } catch {
      st = null;
    }
    if (st?.isDirectory()) walk(input);
    else out.push(input);
  }
  return out;
}

/** Runs `fn` over items with at most `limit` in flight; results keep the input order. */
export async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T, index: number) => Promise<R>, onEach?: (r: R, i: number) => void): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const run = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!, i);
      onEach?.(results[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, run));
  return results;
}
