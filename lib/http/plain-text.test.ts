import { describe, expect, it } from 'vitest';
import { isPlainText, normalizeText } from './plain-text';

describe('plain text', () => {
  it('is what people type, in any of the three languages, with tabs and line breaks', () => {
    expect(isPlainText('Визит Алиева\tв Баку\r\nŞəhər — “Xəbər” 😀')).toBe(true);
  });

  it.each(['a\u0000b', 'x\u0007', '\u001b[31m', 'del\u007f', 'x\ud800', '\udfffy', 'a\u000bb'])('excludes %j', (value) => {
    expect(isPlainText(value)).toBe(false);
  });

  it('is stored composed, so that one letter typed two ways is one text', () => {
    expect(normalizeText('s\u0259he\u0301')).toBe('səhé');
    expect(normalizeText('e\u0301')).toBe('\u00e9');
  });
});
