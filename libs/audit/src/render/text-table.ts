/**
 * A plain-text table for terminals: columns padded to their widest cell, the last column wrapped
 * at `wrap` characters so long narrations stay readable in an 80–160 column terminal.
 */
export function textTable(
  headers: readonly string[],
  rows: readonly string[][],
  wrap = 72,
): string {
  const lines = rows.flatMap((row) => wrapRow(row, wrap));
  const widths = headers.map((h, i) =>
    Math.max(h.length, ...lines.map((cells) => (cells[i] ?? '').length)),
  );
  const format = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [format(headers), rule, ...lines.map(format)].join('\n');
}

/** One row becomes several lines when its last cell is longer than `wrap`. */
function wrapRow(row: readonly string[], wrap: number): string[][] {
  const last = row.at(-1) ?? '';
  const pieces = wrapText(last, wrap);
  return pieces.map((piece, i) =>
    i === 0 ? [...row.slice(0, -1), piece] : [...row.slice(0, -1).map(() => ''), piece],
  );
}

export function wrapText(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  out.push(line);
  return out;
}
