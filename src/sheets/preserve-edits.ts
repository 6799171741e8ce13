import type { CellValue } from '../grid/cell';
import type { Grid } from '../grid/grid';
import { isExcelError } from '../grid/cell';
import type { RowStyle, SheetSpec, SpecCell } from '../grid/sheet-spec';
import { isKeyHeader, KEY_HEADER, keyCellText, parseKeyCell, shortHash, type EditsLanguage } from '../tables/key-cell';

/**
 * Regeneration that never loses what the user typed.
 *
 * How a row is recognised in a sheet written earlier: every generated sheet carries a narrow last
 * column «Ключ» (English "Key"), added by withKeyColumn from SheetSpec.rowKeys. Its cell holds
 * `<row key>|<fingerprint>`; the fingerprint lists a short hash of (column header, generated value)
 * for every editable column. On regeneration an editable cell whose hash is in the fingerprint
 * still holds what Opora wrote, so the new generated value wins; any other content (including a
 * cell the user cleared) is the user's and is carried over. A key cell without a fingerprint
 * (written by hand or by an older version) falls back to: a non-empty value that differs from the
 * new generated one is the user's.
 *
 * Keys starting with '#' mark structural rows (section headings): their edits are carried over,
 * but when such a row disappears it is dropped, not kept. Rows the user inserted (empty key cell,
 * some content) are kept after the keyed row they followed; below the last keyed row, an empty line
 * or a line with text in its first cell only starts the footer, which is regenerated, not kept.
 * Keyed rows that no longer appear in the new spec are appended, muted, with the mark
 * «не применяется (сохранено из прежней версии)» in the mark column (the last editable column
 * unless told otherwise).
 *
 * Columns of the previous sheet are matched to the new spec by header text, so adding or moving
 * a generated column does not shift the user's notes.
 */

export const NOT_APPLICABLE_MARK: Record<EditsLanguage, string> = {
  ru: 'не применяется (сохранено из прежней версии)',
  en: 'no longer applies (kept from the previous version)',
};

/** A cell's text without the «не применяется» mark preserveEdits put in front of it (either language). */
export const withoutNotApplicableMark = (text: string): string => {
  for (const m of Object.values(NOT_APPLICABLE_MARK)) {
    if (text === m) return '';
    if (text.startsWith(`${m}. `)) return text.slice(m.length + 2);
  }
  return text;
};

/** Keys with this prefix are structural rows: matched, never kept once they disappear. */
export const STRUCTURAL_KEY_PREFIX = '#';

const KEY_COLUMN_WIDTH = 14;

export interface PreserveEditsOptions {
  language?: EditsLanguage;
  /** 0-based column of the new spec that receives the «не применяется» mark. */
  markColumn?: number;
}

const cellText = (value: CellValue | SpecCell | undefined): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return 'formula' in value ? `=${value.formula}` : value.code;
  return String(value);
};

const toSpecCell = (value: CellValue | undefined): SpecCell => {
  if (value === undefined || value === null) return null;
  if (isExcelError(value)) return value.code;
  return value;
};

const cellHash = (label: string, value: CellValue | SpecCell | undefined): string =>
  shortHash(`${label}\u0000${cellText(value)}`);

/** Label of column c: the lowest non-empty header cell above the data. */
const specLabel = (spec: SheetSpec, column: number): string => {
  for (let r = spec.header.length - 1; r >= 0; r--) {
    const text = cellText(spec.header[r][column]).trim();
    if (text) return text;
  }
  return '';
};

export const hasKeyColumn = (spec: SheetSpec): boolean => {
  const last = spec.header[spec.header.length - 1] ?? [];
  return last.length > 0 && isKeyHeader(cellText(last[last.length - 1]));
};

const fingerprintOf = (spec: SheetSpec, row: SpecCell[], labels: string[]): string =>
  (spec.editableColumns ?? []).map((c) => cellHash(labels[c], row[c])).join('.');

/**
 * Appends the «Ключ» column holding each row's key and fingerprint (idempotent: a spec that
 * already has it gets its key cells refreshed). Rows need SheetSpec.rowKeys.
 */
export const withKeyColumn = (spec: SheetSpec, language: EditsLanguage = 'ru'): SheetSpec => {
  const keys = spec.rowKeys ?? [];
  const present = hasKeyColumn(spec);
  const width = present ? spec.columns.length - 1 : Math.max(spec.columns.length, ...spec.header.map((h) => h.length));
  const labels = Array.from({ length: width }, (_, c) => specLabel(spec, c));
  const pad = (cells: SpecCell[]): SpecCell[] => Array.from({ length: width }, (_, c) => cells[c] ?? null);
  const header = spec.header.map((h, i) =>
    [...pad(h), i === spec.header.length - 1 ? KEY_HEADER[language] : null].map((v) => cellText(v)),
  );
  // One array per row (a whole country's sheet has 40,000 of them), the key cell last.
  const rows = spec.rows.map((row, i) => {
    const key = keys[i] ?? '';
    const cells: SpecCell[] = new Array(width + 1);
    for (let c = 0; c < width; c++) cells[c] = row[c] ?? null;
    // Structural rows hold no generated editable values: the key alone keeps them readable.
    cells[width] = key ? keyCellText(key, key.startsWith(STRUCTURAL_KEY_PREFIX) ? '' : fingerprintOf(spec, row, labels)) : null;
    return cells;
  });
  const columns = [...spec.columns.slice(0, width), { width: KEY_COLUMN_WIDTH, numberFormat: '@', hidden: true }];
  while (columns.length < width + 1) columns.splice(columns.length - 1, 0, {});
  return { ...spec, header, rows, columns };
};

interface PreviousSheet {
  keyColumn: number;
  labelToColumn: Map<string, number>;
  width: number;
  /** Data rows below the header, in sheet order (`row`: 1-based sheet row). */
  rows: { key: string; fingerprint: Set<string> | null; cells: CellValue[]; row: number }[];
}

/** A line with text in its first cell only: a footer note or legend, not a table row. */
const isNoteLine = (cells: CellValue[]): boolean =>
  cellText(cells[0]).trim() !== '' && cells.slice(1).every((v) => cellText(v).trim() === '');

const readPrevious = (grid: Grid): PreviousSheet | null => {
  const values = grid.values;
  let headerRow = -1;
  let keyColumn = -1;
  for (let r = 0; r < values.length && headerRow < 0; r++) {
    for (let c = values[r].length - 1; c >= 0; c--) {
      if (isKeyHeader(cellText(values[r][c]).trim())) {
        headerRow = r;
        keyColumn = c;
        break;
      }
    }
  }
  if (headerRow < 0) return null;
  const labelToColumn = new Map<string, number>();
  for (let c = 0; c < keyColumn; c++) {
    for (let r = headerRow; r >= 0; r--) {
      const text = cellText(values[r][c]).trim();
      if (text) {
        if (!labelToColumn.has(text)) labelToColumn.set(text, c);
        break;
      }
    }
  }
  const rows: PreviousSheet['rows'] = [];
  let lastKeyed = -1;
  for (let r = headerRow + 1; r < values.length; r++) {
    const text = cellText(values[r][keyColumn]).trim();
    if (text) lastKeyed = r;
  }
  for (let r = headerRow + 1; r < values.length; r++) {
    const cells = values[r] ?? [];
    const text = cellText(cells[keyColumn]).trim();
    const empty = cells.every((v) => cellText(v).trim() === '');
    if (r > lastKeyed && (empty || isNoteLine(cells))) break;
    if (empty) continue;
    const { key, fingerprint } = text ? parseKeyCell(text) : { key: '', fingerprint: null };
    rows.push({ key, fingerprint, cells, row: r + 1 });
  }
  return { keyColumn, labelToColumn, width: keyColumn, rows };
};

/** A generated sheet read back: its data rows with their keys (user-inserted rows have key ''), columns by header label. */
export const readKeyedRows = (grid: Grid): PreviousSheet | null => readPrevious(grid);

const footerTexts = (spec: SheetSpec): Set<string> =>
  new Set((spec.footer ?? []).map((row) => row.map(cellText).join('\u0001')));

/**
 * Carries the user's edits from the previous version of a generated sheet into the new spec.
 * previous: the grid read back from the workbook (null when the sheet does not exist yet).
 * Returns the new spec with the key column; without rowKeys the spec is returned unchanged.
 */
export const preserveEdits = (
  previous: Grid | null,
  next: SheetSpec,
  options: PreserveEditsOptions = {},
): SheetSpec => {
  if (!next.rowKeys) return next;
  const language = options.language ?? 'ru';
  const keyed = withKeyColumn(next, language);
  const width = keyed.columns.length - 1;
  const prev = previous ? readPrevious(previous) : null;
  if (!prev) return keyed;

  const editable = next.editableColumns ?? [];
  const labels = Array.from({ length: width }, (_, c) => specLabel(keyed, c));
  const sameShape = prev.width === width;
  const previousColumn = (c: number): number | undefined =>
    prev.labelToColumn.get(labels[c]) ?? (sameShape ? c : undefined);
  const markColumn = options.markColumn ?? editable[editable.length - 1];
  const mark = NOT_APPLICABLE_MARK[language];
  const stripMark = withoutNotApplicableMark;

  const byKey = new Map<string, PreviousSheet['rows'][number]>();
  for (const row of prev.rows) if (row.key && !byKey.has(row.key)) byKey.set(row.key, row);

  const mergeRow = (row: SpecCell[], old: PreviousSheet['rows'][number]): SpecCell[] => {
    const merged = [...row];
    for (const c of editable) {
      const pc = previousColumn(c);
      if (pc === undefined) continue;
      const before = old.cells[pc];
      const userTyped = old.fingerprint
        ? !old.fingerprint.has(cellHash(labels[c], before))
        : cellText(before).trim() !== '' && cellText(before) !== cellText(row[c]);
      if (!userTyped) continue;
      const carried = toSpecCell(before);
      // A row that applies again loses the «не применяется» mark; nothing else of the user's is lost.
      merged[c] = c === markColumn && typeof carried === 'string' ? stripMark(carried) || row[c] : carried;
    }
    return merged;
  };

  const nextKeys = new Set(next.rowKeys);
  const userRowsAfter = new Map<string, SpecCell[][]>(); // key of the preceding keyed row ('' = top)
  const footer = footerTexts(keyed);
  let precedingKey = '';
  for (const row of prev.rows) {
    if (row.key) {
      precedingKey = row.key;
      continue;
    }
    const cells = Array.from({ length: width }, (_, c) => {
      const pc = previousColumn(c);
      return pc === undefined ? null : toSpecCell(row.cells[pc]);
    });
    if (footer.has([...cells, null].map(cellText).join('\u0001'))) continue;
    const list = userRowsAfter.get(precedingKey) ?? [];
    list.push([...cells, null]);
    userRowsAfter.set(precedingKey, list);
  }

  const rows: SpecCell[][] = [];
  const rowKeys: string[] = [];
  const styleOf = new Map<number, RowStyle>((next.rowStyles ?? []).map((s) => [s.row, s.style]));
  const rowStyles: { row: number; style: RowStyle }[] = [];
  const push = (cells: SpecCell[], key: string, style?: RowStyle) => {
    if (style) rowStyles.push({ row: rows.length, style });
    rows.push(cells);
    rowKeys.push(key);
  };
  const pushUserRows = (afterKey: string) => {
    for (const cells of userRowsAfter.get(afterKey) ?? []) push(cells, '');
    userRowsAfter.delete(afterKey);
  };

  pushUserRows('');
  keyed.rows.forEach((row, i) => {
    const key = next.rowKeys?.[i] ?? '';
    const old = key ? byKey.get(key) : undefined;
    push(old ? mergeRow(row, old) : row, key, styleOf.get(i));
    if (key) pushUserRows(key);
  });

  for (const old of prev.rows) {
    if (!old.key || nextKeys.has(old.key) || old.key.startsWith(STRUCTURAL_KEY_PREFIX)) continue;
    const cells: SpecCell[] = Array.from({ length: width }, (_, c) => {
      const pc = previousColumn(c);
      return pc === undefined ? null : toSpecCell(old.cells[pc]);
    });
    if (markColumn !== undefined) {
      const text = stripMark(cellText(cells[markColumn]));
      cells[markColumn] = text ? `${mark}. ${text}` : mark;
    }
    cells.push(old.fingerprint ? keyCellText(old.key, [...old.fingerprint].join('.')) : old.key);
    push(cells, old.key, 'muted');
    pushUserRows(old.key);
  }
  // User rows whose anchor row vanished entirely (e.g. a structural row) go to the end.
  for (const key of [...userRowsAfter.keys()]) pushUserRows(key);

  return { ...keyed, rows, rowKeys, rowStyles };
};
