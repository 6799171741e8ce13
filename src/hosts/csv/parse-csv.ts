import type { CellValue } from '../../grid/cell';
import type { Grid } from '../../grid/grid';

const DELIMITERS = [';', ',', '\t'] as const;
export type CsvDelimiter = (typeof DELIMITERS)[number];

/** Counts delimiter characters outside quotes in the first lines and picks the most frequent one. */
export const detectDelimiter = (text: string): CsvDelimiter => {
  const counts = new Map<CsvDelimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let inQuotes = false;
  let lines = 0;
  for (let i = 0; i < text.length && lines < 20; i++) {
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && ch === '\n') lines++;
    else if (!inQuotes && counts.has(ch as CsvDelimiter)) counts.set(ch as CsvDelimiter, counts.get(ch as CsvDelimiter)! + 1);
  }
  let best: CsvDelimiter = ';';
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
};

/** RFC 4180 records: quoted fields may hold delimiters, doubled quotes and line breaks; CRLF or LF. */
export const parseCsvRecords = (text: string, delimiter: CsvDelimiter): string[][] => {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let inQuotes = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
      } else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field.length === 0) inQuotes = true;
    else if (ch === delimiter) {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      if (ch === '\r' && text[i + 1] === '\n') i++;
    } else field += ch;
    i++;
  }
  if (field.length > 0 || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
};

/** Text as UTF-8 (BOM dropped); bytes that are not valid UTF-8 are read as Windows-1251, common in Russian exports. */
export const decodeCsvBytes = (bytes: Uint8Array): string => {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1251').decode(bytes);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
};

/**
 * A CSV text as a Grid anchored at A1. Every field stays a string (numbers are parsed by the reader);
 * empty fields are null; trailing empty rows and columns are dropped; rows are padded to one width.
 */
export const csvToGrid = (text: string, sheetName: string): Grid => {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records = parseCsvRecords(clean, detectDelimiter(clean));
  const rows: CellValue[][] = records.map((r) => r.map((f) => (f === '' ? null : f)));
  while (rows.length > 0 && rows[rows.length - 1].every((v) => v === null)) rows.pop();
  let width = 0;
  for (const r of rows) for (let c = r.length - 1; c >= width; c--) if (r[c] !== null) width = c + 1;
  const values = rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null));
  return { sheet: sheetName, values, merges: [] };
};
