import fs from 'node:fs';
import { createOcr } from './main/app.js';
import { captureImage } from './main/capture/capture.js';
import { extractFields } from './main/recognize/extract/fields.js';
const ocr = createOcr();
for (const f of process.argv.slice(2)) {
  const img = await captureImage(fs.readFileSync(f));
  const lines = await ocr.recognize(img.ocr);
  console.log('==', f);
  for (const l of lines) console.log(`  [${l.box.x},${l.box.y},${l.box.w}x${l.box.h} c${l.confidence.toFixed(2)}] ${l.words.map(w=>w.text).join(' | ')}`);
  console.log(JSON.stringify(extractFields(lines).fields));
}
await ocr.close();
