/**
 * Card text is hostile input (a QR code can hold anything). These helpers turn a value
 * into text an export may carry: line breaks in one form, no control or bidi-override
 * characters, and URLs / phone numbers that cannot leave their field.
 */

/** Every line break as `\n`; other control characters and bidi overrides removed; tabs as spaces. */
const NEEDS_CLEANING = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/;

export function plainText(s: string): string {
  if (!NEEDS_CLEANING.test(s)) return s; // the common case: nothing to do
  return s
    .replace(/\r\n?|[\u0085\u2028\u2029]/g, '\n')
    .replace(/\t/g, ' ')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u0084\u0086-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '');
}

/** As plainText, on one line. */
export function oneLineText(s: string): string {
  return plainText(s).replace(/\s*\n\s*/g, ' ').trim();
}

/**
 * A website as an absolute URL with a scheme (`acme.com` -> `https://acme.com/`), with
 * nothing that could end its line or its field: whitespace, controls, quotes, angle
 * brackets, backslashes, commas and semicolons are percent-encoded.
 */
export function safeUrl(raw: string): string {
  // Inner whitespace and line breaks are kept, percent-encoded: the URL parser would drop them silently.
  const s = plainText(raw).trim().replace(/\s/gu, percent);
  if (!s) return '';
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(s) || /^mailto:/i.test(s) ? s : `https://${s}`;
  let href: string;
  try {
    href = new URL(withScheme).href; // IDN hosts to punycode, non-ASCII paths percent-encoded
  } catch {
    href = withScheme;
  }
  return href.replace(/[^A-Za-z0-9\-._~:/?#[\]@!$&'()*+=%]/gu, percent);
}

/** UTF-8 percent-encoding of one character (a lone surrogate becomes U+FFFD's bytes, never an exception). */
function percent(ch: string): string {
  return [...Buffer.from(ch, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
}

/** A phone number or extension with only the characters phone numbers have. */
export function safePhone(raw: string): string {
  return oneLineText(raw)
    .replace(/[^\p{L}\p{N}+()\-./ #*]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** An e-mail address: one token, no whitespace or controls. */
export function safeEmail(raw: string): string {
  return oneLineText(raw).replace(/\s+/g, '');
}
