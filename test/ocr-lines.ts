import type { OcrLine } from '../shared/contact.js';

/** OCR-shaped input for extraction tests: one line per string, stacked, each word with a box. */
export function lines(...texts: string[]): OcrLine[] {
  return texts.map((text, i) => {
    let x = 50;
    const words = text.split(' ').map((w) => {
      const box = { x, y: 40 + i * 50, w: w.length * 14, h: 30 };
      x += box.w + 12;
      return { text: w, confidence: 0.95, box };
    });
    return { text, confidence: 0.95, box: { x: 50, y: 40 + i * 50, w: x - 50, h: 30 }, words };
  });
}

/** One OCR line from its words: [text, confidence, x, y, w, h] each, as tesseract gives them. */
export function line(words: [string, number, number, number, number, number][]): OcrLine {
  const ws = words.map(([text, confidence, x, y, w, h]) => ({ text, confidence, box: { x, y, w, h } }));
  const x0 = Math.min(...ws.map((w) => w.box.x));
  const y0 = Math.min(...ws.map((w) => w.box.y));
  const x1 = Math.max(...ws.map((w) => w.box.x + w.box.w));
  const y1 = Math.max(...ws.map((w) => w.box.y + w.box.h));
  const confidence = ws.reduce((n, w) => n + w.confidence, 0) / ws.length;
  return { text: ws.map((w) => w.text).join(' '), confidence, box: { x: x0, y: y0, w: x1 - x0, h: y1 - y0 }, words: ws };
}

/** One OCR line as a line's box and text were printed (the words spread evenly across the box), for readings logged line by line. */
export function boxedLine(text: string, confidence: number, x: number, y: number, w: number, h: number): OcrLine {
  const ws = text.split(' ');
  return line(ws.map((word, i) => [word, confidence, x + (i * w) / ws.length, y, w / ws.length - 4, h]));
}
