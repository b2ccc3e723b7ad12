/** `npm run eval`: field accuracy on the generated cards, per field, per language, clean vs photo. */
import { generateFixtures } from '../fixtures/generate.js';
import { createOcr } from '../../main/app.js';
import { Scanner } from '../../main/recognize/scanner.js';
import { scoreCard, type FieldScore } from './score.js';

const count = Number(process.env.EVAL_CARDS ?? 20);
const verbose = process.argv.includes('--verbose');
const cards = await generateFixtures(count);
const ocr = createOcr();
const scanner = new Scanner(ocr);
const rows: { lang: string; kind: string; qr: string; scores: FieldScore[]; method: string }[] = [];
const t0 = Date.now();
await Promise.all(
  cards.flatMap((c) =>
    (['clean', 'photo'] as const).map(async (kind) => {
      const res = await scanner.scanFile(kind === 'clean' ? c.clean : c.photo);
      const scores = scoreCard(c.spec.truth, res.draft);
      rows.push({ lang: c.spec.lang, kind, qr: c.spec.qr, scores, method: res.draft.method });
      if (verbose)
        for (const s of scores.filter((x) => !x.correct))
          console.log(`${c.spec.id} ${kind} ${res.draft.method} ${s.field}${s.sure ? ' [SURE]' : ''}: want ${JSON.stringify(s.truth)} got ${JSON.stringify(s.got)}`);
    }),
  ),
);
await ocr.close();

const acc = (xs: FieldScore[]) => (xs.length ? xs.filter((s) => s.correct).length / xs.length : NaN);
const pct = (x: number) => (Number.isNaN(x) ? '   -  ' : `${(x * 100).toFixed(1).padStart(5)}%`);
const all = rows.flatMap((r) => r.scores);
const fields = [...new Set(all.map((s) => s.field))];
console.log(`${rows.length} images (${count} cards per language, clean + photo) in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
console.log(`${'field'.padEnd(12)} ${['en clean', 'en photo', 'ru clean', 'ru photo', 'all'].map((h) => h.padStart(9)).join(' ')}`);
for (const f of [...fields, 'ALL']) {
  const cells = [['en', 'clean'], ['en', 'photo'], ['ru', 'clean'], ['ru', 'photo'], ['*', '*']].map(([l, k]) =>
    acc(rows.filter((r) => (l === '*' || r.lang === l) && (k === '*' || r.kind === k)).flatMap((r) => r.scores).filter((s) => f === 'ALL' || s.field === f)),
  );
  console.log(`${f.padEnd(12)} ${cells.map((c) => pct(c).padStart(9)).join(' ')}`);
}
const clean = acc(rows.filter((r) => r.kind === 'clean').flatMap((r) => r.scores));
const photo = acc(rows.filter((r) => r.kind === 'photo').flatMap((r) => r.scores));
const qrRows = rows.filter((r) => r.qr !== 'none' && r.qr !== 'url');
const qrAcc = acc(qrRows.flatMap((r) => r.scores));
const sureWrong = all.filter((s) => s.sure && !s.correct).length;
console.log(`\nclean ${pct(clean)} (target 97%)  photo ${pct(photo)} (target 92%)  QR vCard cards ${pct(qrAcc)} (${qrRows.length} images, target 100%)`);
console.log(`sure-but-wrong fields: ${sureWrong} of ${all.filter((s) => s.sure).length} sure (target 0)`);
console.log(`methods: ${JSON.stringify(rows.reduce<Record<string, number>>((m, r) => ((m[r.method] = (m[r.method] ?? 0) + 1), m), {}))}`);
