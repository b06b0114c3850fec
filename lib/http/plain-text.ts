/**
 * What the site accepts as typed text. NUL is refused by PostgreSQL itself (`invalid byte sequence for encoding
 * "UTF8"`), a lone surrogate cannot be stored as UTF-8 at all, and the other C0 controls (all but tab, line feed and
 * carriage return) are never typed by a person: each can only be forged, and is refused rather than stripped, so that
 * nothing is saved that differs from what was sent.
 */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export function isPlainText(value: string): boolean {
  return value.isWellFormed() && !CONTROL.test(value);
}

/**
 * The form every stored text takes: Unicode NFC, so that "ə" typed on a phone (e + combining mark) and on a desktop
 * (one code point) are the same text to search, slugs and uniqueness checks.
 */
export function normalizeText(value: string): string {
  return value.normalize('NFC');
}
