import type { Grid } from '../../src/grid/grid';

/** Windows-1251 bytes of a text, built from the platform's own decoder of that code page (the inverse table). */
export const encodeCp1251 = (text: string): Uint8Array => {
  const decoder = new TextDecoder('windows-1251');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  return Uint8Array.from([...text].map((ch) => {
    const b = table.get(ch);
    if (b === undefined) throw new Error(`not in Windows-1251: ${ch}`);
    return b;
  }));
};

/** A grid as a regional office exports it: a delimiter, numbers with a decimal comma when asked, quotes where needed. */
export const gridToCsv = (grid: Grid, delimiter: ';' | ',', decimalComma: boolean): string =>
  grid.values
    .map((row) =>
      row
        .map((v) => {
          if (v === null) return '';
          const text = typeof v === 'number' ? (decimalComma ? String(v).replace('.', ',') : String(v)) : typeof v === 'object' ? v.code : String(v);
          return /[";,\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
        })
        .join(delimiter),
    )
    .join('\r\n');
