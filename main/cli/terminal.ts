/**
 * Card text and file names are hostile input: printed raw, `ESC[2J` clears the screen and a
 * newline in a file name forges a line of our own ("saved ..."). They are shown escaped.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\u001b': '\\e' };

const hex = (c: string) => {
  const n = c.charCodeAt(0);
  return n < 0x100 ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`;
};

/** One value for one line of a terminal: every control and direction-changing character made visible. */
export function safe(value: string): string {
  return value.replace(CONTROL, (c) => NAMED[c] ?? hex(c));
}

/** Backstop for whole lines we compose: our own newlines and tabs stay, everything else is shown escaped. */
export function safeLines(text: string): string {
  return text.replace(CONTROL, (c) => (c === '\n' || c === '\t' ? c : (NAMED[c] ?? hex(c))));
}

/** A JSON line: JSON escapes C0 itself; C1 and direction controls are escaped too (still valid JSON). */
export function jsonLine(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
