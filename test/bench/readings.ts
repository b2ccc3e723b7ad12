/**
 * `npm run readings`: the regression check for extraction rules. OCR takes seconds a card,
 * extraction milliseconds: store each card's final OCR lines once, then re-extract every stored
 * card after each change to extraction and list every field that changed against a baseline.
 *
 *   npm run readings -- store DIR NAME          scan every truth image of DIR (a folder of
 *                                               real-cards JSON + images), store its lines
 *   npm run readings -- check NAME... [--save F] [--base F]
 *                                               re-extract stored cards, score them, save the
 *                                               scores or list the fields that changed
 *
 * Readings live in .cache/readings/NAME/ID.json (or READINGS_DIR). Only cards read by OCR alone
 * are re-extracted: a QR code's fields do not come from the lines.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContactFields, FieldConfidence, OcrLine } from '../../shared/contact.js';
import { createOcr } from '../../main/app.js';
import { extractFields } from '../../main/recognize/extract/fields.js';
import { Scanner } from '../../main/recognize/scanner.js';
import { loadTruthFolder, scoreTruth, type CardTruth } from './truth.js';

interface Reading {
  id: string;
  method: string;
  lines: OcrLine[];
  fields: ContactFields;
  confidence: FieldConfidence;
  truth: CardTruth;
}
type Scores = Record<string, Record<string, { score: number; got: unknown; sure: boolean }>>;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const STORE = process.env.READINGS_DIR ?? path.join(ROOT, '.cache/readings');
const [verb, ...rest] = process.argv.slice(2);
const option = (name: string) => {
  const i = rest.indexOf(name);
  return i >= 0 ? rest.splice(i, 2)[1] : undefined;
};

async function store(dir: string, name: string): Promise<void> {
  const out = path.join(STORE, name);
  fs.mkdirSync(out, { recursive: true });
  const ocr = createOcr();
  try {
    const scanner = new Scanner(ocr);
    const cards = loadTruthFolder(dir);
    for (const [k, { truth, image }] of cards.entries()) {
      const r = await scanner.scanFile(image).catch((e: Error) => {
        console.log(`${truth.id}: ${e.message}`);
        return null;
      });
      if (!r) continue;
      const reading: Reading = { id: truth.id, method: r.draft.method, lines: r.draft.ocrLines, fields: r.draft.fields, confidence: r.draft.confidence, truth };
      fs.writeFileSync(path.join(out, `${truth.id}.json`), JSON.stringify(reading));
      process.stdout.write(`\r${k + 1}/${cards.length} stored`);
    }
    console.log(`\n${cards.length} cards of ${dir} in ${out}`);
  } finally {
    await ocr.close();
  }
}

function check(names: string[], save?: string, base?: string): void {
  const before: Scores | null = base ? (JSON.parse(fs.readFileSync(base, 'utf8')) as Scores) : null;
  const now: Scores = {};
  let total = 0;
  let count = 0;
  let sureWrong = 0;
  let sure = 0;
  let changed = 0;
  for (const name of names) {
    const dir = path.join(STORE, name);
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
      const r = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Reading;
      if (r.method !== 'ocr' || !r.lines.length) continue;
      const ex = extractFields(r.lines);
      const key = `${name}/${r.id}`;
      now[key] = {};
      for (const s of scoreTruth(r.truth, { fields: ex.fields, confidence: ex.confidence } as never)) {
        now[key][s.field] = { score: s.score, got: s.got, sure: s.sure };
        total += s.score;
        count++;
        if (s.sure) sure++;
        if (s.sure && s.score < 1) {
          sureWrong++;
          console.log(`SURE BUT WRONG ${key} ${s.field}: ${JSON.stringify(s.got)}`);
        }
        const b = before?.[key]?.[s.field];
        if (before && (!b || b.score !== s.score || b.sure !== s.sure || JSON.stringify(b.got) !== JSON.stringify(s.got))) {
          changed++;
          console.log(`${key} ${s.field}: ${b ? b.score.toFixed(2) : '-'}${b?.sure ? ' sure' : ''} -> ${s.score.toFixed(2)}${s.sure ? ' sure' : ''}  ${JSON.stringify(b?.got)} -> ${JSON.stringify(s.got)}`);
        }
      }
      for (const [field, b] of Object.entries(before?.[key] ?? {}))
        if (!now[key][field]) {
          changed++;
          console.log(`${key} ${field}: ${b.score.toFixed(2)} -> not scored`);
        }
    }
  }
  console.log(`${count} fields: ${((total / Math.max(1, count)) * 100).toFixed(2)}% right, ${sure} sure, sure-but-wrong ${sureWrong}${before ? `, changed ${changed}` : ''}`);
  if (save) fs.writeFileSync(save, JSON.stringify(now));
}

if (verb === 'store' && rest.length === 2) await store(rest[0]!, rest[1]!);
else if (verb === 'check' && rest.length) {
  const save = option('--save');
  const base = option('--base');
  check(rest, save, base);
} else {
  console.log('usage: npm run readings -- store DIR NAME | check NAME... [--save FILE] [--base FILE]');
  process.exitCode = 2;
}
