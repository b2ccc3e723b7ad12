/**
 * `npm run eval`: field accuracy per group of cards, each group scored the same way
 * (test/bench/truth.ts):
 *   own    the team's generator (clean + photo)          EVAL_CARDS per language (default 20)
 *   synth2 the second, independent synthetic source      EVAL_SYNTH2 cards (default 60)
 *   dev    ../shared/real-cards beside the checkout       (the labelled development photos)
 *   real   ../shared/real-cards-licensed or EVAL_REAL_DIR (real photos with a permissive licence)
 * `--group own,real` picks groups; `--verbose` lists every miss; `--json FILE` writes the rows.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateFixtures } from '../fixtures/generate.js';
import { createOcr } from '../../main/app.js';
import { Scanner } from '../../main/recognize/scanner.js';
import { captureVerdict, trueCorners, type CaptureVerdict } from './capture-check.js';
import { fromFields, isEmpty, loadTruthFolder, SCORED, scoreTruth, type FieldResult, type TruthCard } from './truth.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const verbose = process.argv.includes('--verbose');
const wanted = arg('--group')?.split(',');

async function ownCards(): Promise<TruthCard[]> {
  const cards = await generateFixtures(Number(process.env.EVAL_CARDS ?? 20));
  return cards.flatMap((c) => [
    { truth: fromFields(`${c.spec.id}`, c.spec.lang, c.spec.truth, 'clean'), image: c.clean },
    { truth: fromFields(`${c.spec.id}-photo`, c.spec.lang, c.spec.truth, 'photo'), image: c.photo },
  ]);
}

async function synth2Cards(): Promise<TruthCard[]> {
  const gen = path.join(ROOT, 'test/fixtures/synth2/generate.ts');
  if (process.env.EVAL_SYNTH2_DIR) return loadTruthFolder(process.env.EVAL_SYNTH2_DIR);
  const dir = path.join(ROOT, '.cache/synth2');
  if (fs.existsSync(gen)) {
    const mod = (await import(gen)) as { generateSynth2?: (n: number) => Promise<string> };
    if (mod.generateSynth2) return loadTruthFolder(await mod.generateSynth2(Number(process.env.EVAL_SYNTH2 ?? 60)));
  }
  return loadTruthFolder(dir);
}

const GROUPS: Record<string, () => Promise<TruthCard[]>> = {
  own: ownCards,
  synth2: synth2Cards,
  dev: async () => loadTruthFolder(path.resolve(ROOT, '../shared/real-cards')),
  // Photos fetched from public repositories are data the team may not commit: they live beside
  // the checkout (../shared/real-cards-licensed) or wherever EVAL_REAL_DIR points.
  real: async () => {
    if (process.env.EVAL_REAL_DIR) return loadTruthFolder(process.env.EVAL_REAL_DIR);
    const beside = loadTruthFolder(path.resolve(ROOT, '../shared/real-cards-licensed'));
    return beside.length ? beside : loadTruthFolder(path.join(ROOT, 'test/real-cards-licensed'));
  },
};

interface Row {
  group: string;
  id: string;
  variant: string;
  lang: string;
  method: string;
  empty: boolean;
  scores: FieldResult[];
  ms: number;
  /** The view whose reading was kept: crop (with its outline's rank) or whole frame, and its turn. */
  view: string;
  /** Photos with the card's true corners: whether the view read was the card, upright. */
  capture?: { verdict: CaptureVerdict; iou: number; view: string };
}

const ocr = createOcr();
const scanner = new Scanner(ocr);
const rows: Row[] = [];
const t0 = Date.now();
for (const [group, load] of Object.entries(GROUPS)) {
  if (wanted && !wanted.includes(group)) continue;
  const cards = await load();
  if (!cards.length) {
    console.log(`${group}: no cards found, skipped`);
    continue;
  }
  await Promise.all(
    cards.map(async ({ truth, image }) => {
      try {
        const res = await scanner.scanFile(image);
        const scores = scoreTruth(truth, res.draft);
        const corners = trueCorners(truth.meta ?? {}, res.image.width);
        const v = res.image.view;
        const view = `${v.source}${v.candidate ?? ''}:${v.turn}`;
        const capture = corners ? { ...captureVerdict(corners, v, res.image.cardQuad), view } : undefined;
        rows.push({ group, id: truth.id, variant: truth.variant === 'real' ? (truth.meta?.kind ?? 'photo') : (truth.variant ?? '?'), lang: truth.lang, method: res.draft.method, empty: isEmpty(res.draft), scores, ms: res.ms, view, ...(capture ? { capture } : {}) });
        if (verbose && capture) console.log(`${group} ${truth.id} capture ${capture.verdict} (${capture.view}${capture.iou ? `, overlap ${capture.iou.toFixed(2)}` : ''})`);
        if (verbose)
          for (const s of scores.filter((x) => x.score < 1))
            console.log(`${group} ${truth.id} ${res.draft.method} ${s.field}${s.sure ? ' [SURE]' : ''}: want ${JSON.stringify(s.truth)} got ${JSON.stringify(s.got)}`);
      } catch (e) {
        console.log(`${group} ${truth.id}: ${(e as Error).message}`);
        rows.push({ group, id: truth.id, variant: truth.variant ?? '?', lang: truth.lang, method: 'error', empty: true, view: 'none', scores: SCORED.filter((f) => { const v = truth[f]; return Array.isArray(v) ? v.length : !!v; }).map((field) => ({ field, score: 0, sure: false, truth: truth[field], got: null })), ms: 0 });
      }
    }),
  );
}
await ocr.close();

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
const pct = (x: number) => (Number.isNaN(x) ? '    -' : `${(x * 100).toFixed(1)}%`.padStart(6));
const fieldAcc = (rs: Row[], f?: string) => mean(rs.flatMap((r) => r.scores).filter((s) => !f || s.field === f).map((s) => s.score));
const fullyRight = (r: Row) => r.scores.every((s) => s.score === 1);

console.log(`\n${rows.length} images in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
const header = ['group', 'subset', 'cards', 'fields', ...SCORED, 'fully', 'empty', 'sure-wrong'];
console.log(header.map((h, i) => (i < 2 ? h.padEnd(8) : h.padStart(i === 3 ? 7 : 8))).join(' '));
const groups = [...new Set(rows.map((r) => r.group))];
const summary: Record<string, unknown> = {};
for (const g of groups) {
  const inGroup = rows.filter((r) => r.group === g);
  const subsets = [...new Set(inGroup.map((r) => `${r.lang} ${r.variant}`))].sort();
  for (const sub of [...(subsets.length > 1 ? subsets : []), 'all']) {
    const rs = sub === 'all' ? inGroup : inGroup.filter((r) => `${r.lang} ${r.variant}` === sub);
    const sureWrong = rs.flatMap((r) => r.scores).filter((s) => s.sure && s.score < 1).length;
    const cells = [
      g.padEnd(8),
      sub.padEnd(8),
      String(rs.length).padStart(8),
      pct(fieldAcc(rs)).padStart(7),
      ...SCORED.map((f) => pct(fieldAcc(rs, f)).padStart(8)),
      pct(rs.filter(fullyRight).length / rs.length).padStart(8),
      String(rs.filter((r) => r.empty).length).padStart(8),
      String(sureWrong).padStart(8),
    ];
    console.log(cells.join(' '));
    if (sub === 'all') summary[g] = { cards: rs.length, fields: fieldAcc(rs), fully: rs.filter(fullyRight).length / rs.length, empty: rs.filter((r) => r.empty).length, sureWrong };
  }
}
// Photos whose truth has the card's corners: what was read, for all of them and for the weak ones.
const checked = rows.filter((r) => r.capture);
if (checked.length) {
  const weak = (r: Row) => r.empty || fieldAcc([r]) < 0.6;
  const count = (rs: Row[]) => Object.entries(rs.reduce<Record<string, number>>((m, r) => ({ ...m, [r.capture!.verdict]: (m[r.capture!.verdict] ?? 0) + 1 }), {})).sort().map(([k, n]) => `${k} ${n}`).join(', ');
  console.log(`\ncapture (${checked.length} photos with the card's true corners): ${count(checked)}`);
  console.log(`  of the ${checked.filter(weak).length} empty or under 60%: ${count(checked.filter(weak))}`);
}
console.log(`\ntargets: real >= 85% fields, >= 40% fully correct, 0 empty; synth2 clean >= 97%, photo >= 93%; sure-wrong 0 everywhere`);
const out = arg('--json');
if (out) fs.writeFileSync(out, JSON.stringify({ summary, rows }, null, 1));
