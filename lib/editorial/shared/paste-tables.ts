/**
 * Tables pasted from Word or Google Docs. The article's document has no table (lib/document/schema.ts), and the
 * editor would otherwise glue a row's cells into one run of text; instead each row becomes a paragraph of its cells'
 * text, "cell · cell · cell", readable as it was laid out. Browser only: it parses with DOMParser.
 */
export const CELL_SEPARATOR = ' · ';

/** The most rows one paste turns into paragraphs; a bigger table is cut there (a paste is not a data import). */
export const MAX_PASTED_ROWS = 500;

export function flattenPastedTables(html: string): string {
  if (!/<table[\s>]/i.test(html)) return html;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  let rowsLeft = MAX_PASTED_ROWS;
  // Innermost first (they come later in document order), so an outer table reads its cells' text already flattened.
  for (const table of [...doc.querySelectorAll('table')].reverse()) {
    const paragraphs = [...table.rows].flatMap((row) => {
      const text = [...row.cells].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean).join(CELL_SEPARATOR);
      if (!text || rowsLeft <= 0) return [];
      rowsLeft--;
      const paragraph = doc.createElement('p');
      paragraph.textContent = text;
      return [paragraph, doc.createTextNode('\n')];
    });
    table.replaceWith(...paragraphs);
  }
  return doc.body.innerHTML;
}
