import type { CellValue } from '../../../grid/cell';
import type { MergeArea } from '../../../grid/grid';
import { columnNumber, slideFormula } from './shared-formula';
import { attribute, decodeXml, detach, isAttributeName, walkAttributes } from './xml-text';
import { stringItemText } from './workbook-parts';

/** What the scan of one sheet needs from the rest of the workbook. */
export interface ScanContext {
  sharedStrings: string[];
  dateStyles: boolean[];
  date1904: boolean;
  /** Called for every stored cell and every row that holds one; throws when a limit is passed. */
  onCell: () => void;
  onRow: () => void;
}

/** A sheet as scanned: rows by index (ragged, only rows that hold something), merges in document order. */
export interface ScannedSheet {
  rows: Map<number, CellValue[]>;
  formulas: Map<number, (string | null)[]> | null;
  merges: MergeArea[];
  /** 1 + the last row and column holding a value or formula. */
  height: number;
  width: number;
  cells: number;
}

const DAY_MS = 24 * 3600 * 1000;

/** A date serial as 'YYYY-MM-DD', computed as ExcelJS does (UTC midnight, 1900 or 1904 system). */
export const serialToIsoDate = (serial: number, date1904: boolean): string | null => {
  const d = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * DAY_MS));
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
};

const LETTER_A = 65;
const LETTER_Z = 90;

/** 0-based column of a reference such as 'AB12' (-1 when it has no letters). */
export const columnOfRef = (ref: string): number => {
  let end = 0;
  while (end < ref.length) {
    const ch = ref.charCodeAt(end) & ~32;
    if (ch < LETTER_A || ch > LETTER_Z) break;
    end++;
  }
  return end === 0 ? -1 : columnNumber(ref.slice(0, end).toUpperCase()) - 1;
};

/** columnOfRef of s[from, to), reading the letters in place. */
const columnAt = (s: string, from: number, to: number): number => {
  let n = 0;
  let i = from;
  for (; i < to; i++) {
    const ch = s.charCodeAt(i) & ~32;
    if (ch < LETTER_A || ch > LETTER_Z) break;
    n = n * 26 + (ch - 64);
  }
  return i === from ? -1 : n - 1;
};

const CELL_TYPES = ['s', 'n', 'str', 'b', 'e', 'inlineStr', 'd'];

/** The t attribute s[from, to): one of the shared constants when it is a known type (no string cut per cell). */
const typeAt = (s: string, from: number, to: number): string => {
  for (const t of CELL_TYPES) if (t.length === to - from && s.startsWith(t, from)) return t;
  return s.slice(from, to);
};

/** parseInt of the s attribute s[from, to), read in place when it is digits only. */
const styleAt = (s: string, from: number, to: number): number => {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return parseInt(s.slice(from, to), 10);
    n = n * 10 + d;
  }
  return to > from ? n : NaN;
};

/** A cell tag's r (as a 0-based column, -1 without one), t and s (parseInt) attributes. */
export interface CellTag {
  col: number;
  type: string | null;
  style: number;
}

/** Attribute names a cell tag is read for, as bits of `seen`. */
const R = 1;
const T = 2;
const S = 4;

const takeCellAttribute = (s: string, start: number, end: number, valueStart: number, valueEnd: number, out: CellTag & { seen: number }): boolean => {
  const bit = isAttributeName(s, start, end, 'r') ? R : isAttributeName(s, start, end, 't') ? T : isAttributeName(s, start, end, 's') ? S : 0;
  if (bit === 0 || (out.seen & bit) !== 0) return false;
  out.seen |= bit;
  const plain = !hasReference(s, valueStart, valueEnd);
  if (bit === R) out.col = plain ? columnAt(s, valueStart, valueEnd) : columnOfRef(decodeXml(s.slice(valueStart, valueEnd)));
  else if (bit === T) out.type = plain ? typeAt(s, valueStart, valueEnd) : decodeXml(s.slice(valueStart, valueEnd));
  else out.style = plain ? styleAt(s, valueStart, valueEnd) : parseInt(decodeXml(s.slice(valueStart, valueEnd)), 10);
  return out.seen === (R | T | S);
};

const tagState = { col: -1, type: null as string | null, style: 0, seen: 0 };

const BIT_OF_NAME: Record<number, number> = { 114: R, 116: T, 115: S };

/**
 * readCellTag for the tag Excel and every writer give: only r, t and s, each once, after one space,
 * in double quotes and without references (` r="AB12" t="s"`); false for any other tag.
 */
const readUsualCellTag = (s: string, from: number, to: number, out: CellTag): boolean => {
  let col = -1;
  let type: string | null = null;
  let style = 0;
  let seen = 0;
  for (let i = from; i < to; ) {
    if (s.charCodeAt(i) === 47 && i === to - 1) break; // the '/' of a self-closing tag
    if (s.charCodeAt(i) !== 32 || s.charCodeAt(i + 2) !== 61 || s.charCodeAt(i + 3) !== 34) return false;
    const bit = BIT_OF_NAME[s.charCodeAt(i + 1)] ?? 0;
    if (bit === 0 || (seen & bit) !== 0) return false;
    seen |= bit;
    const start = i + 4;
    const end = s.indexOf('"', start);
    if (end < 0 || end >= to || hasReference(s, start, end)) return false;
    if (bit === R) col = columnAt(s, start, end);
    else if (bit === T) type = typeAt(s, start, end);
    else style = styleAt(s, start, end);
    i = end + 1;
  }
  out.col = col;
  out.type = type;
  out.style = style;
  return true;
};

/**
 * The r, t and s attributes of the cell tag s[from, to) into `out`, as attribute() reads each (the first
 * of a name, a prefix allowed, nothing after a value left unclosed), in one pass and without cutting a
 * string for the usual values: a country's sheet has millions of cells.
 */
export const readCellTag = (s: string, from: number, to: number, out: CellTag): void => {
  if (readUsualCellTag(s, from, to, out)) return;
  tagState.col = -1;
  tagState.type = null;
  tagState.style = 0;
  tagState.seen = 0;
  walkAttributes(s, from, to, tagState, takeCellAttribute);
  out.col = tagState.col;
  out.type = tagState.type;
  out.style = tagState.style;
};

const decodeRef = (ref: string): { row: number; col: number } | null => {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
  if (!m) return null;
  return { row: Number(m[2]) - 1, col: columnNumber(m[1].toUpperCase()) - 1 };
};

/** 'A1:C3' or 'A1' as a 0-based area; null when it is not a cell range. */
export const parseRange = (ref: string): MergeArea | null => {
  const [a, b = a] = ref.split(':');
  const p = decodeRef(a);
  const q = decodeRef(b);
  if (!p || !q) return null;
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
};

/** Whether s[from, to) holds a character reference ('&'): searched in the range only, never past it. */
const hasReference = (s: string, from: number, to: number): boolean => {
  for (let i = from; i < to; i++) if (s.charCodeAt(i) === 38) return true;
  return false;
};

/** The whole number s[from, to) of decimal digits only (at most 15), else -1. */
const digitsAt = (s: string, from: number, to: number): number => {
  if (to - from > 15) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
};

/** Exact powers of ten: a whole number below 2^53 divided by one is the double parseFloat gives (one correctly rounded division). */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * parseFloat of s[from, to) when it is a plain decimal ('-12.5', '0.25', '7'): at most 15 significant
 * digits and 22 decimals, so the digits and the power of ten are exact doubles and one division gives
 * the nearest double, as parseFloat does. Null for anything else (an exponent, a '+', more digits).
 */
export const decimalAt = (s: string, from: number, to: number): number | null => {
  let i = from;
  const negative = s.charCodeAt(i) === 45;
  if (negative) i++;
  let digits = 0;
  let decimals = -1;
  let n = 0;
  for (; i < to; i++) {
    const ch = s.charCodeAt(i);
    if (ch === 46 && decimals < 0) {
      decimals = 0;
      continue;
    }
    const d = ch - 48;
    if (d < 0 || d > 9 || n >= 1e14) return null;
    n = n * 10 + d;
    digits++;
    if (decimals >= 0) decimals++;
  }
  if (digits === 0 || decimals > 22) return null;
  const value = decimals > 0 ? n / POWERS_OF_TEN[decimals] : n;
  return negative ? -value : value;
};

/** Whether the character after a tag name ends the name (whitespace, '>' or '/'). */
const isNameEnd = (ch: number): boolean => ch === 32 || ch === 62 || ch === 47 || ch === 9 || ch === 10 || ch === 13;

type Phase = 'before' | 'data' | 'after';

/**
 * Scans a worksheet's XML as it arrives, text chunk by text chunk, into rows of values: no DOM and no
 * object per cell. Values follow ExcelJS's reading (the oracle of the differential tests): shared and
 * inline strings, numbers (dates by the cell's number format), booleans, errors, formula results and
 * formula texts (shared formulas moved to their cell).
 */
export class SheetScanner {
  private buffer = '';
  private phase: Phase = 'before';
  private prefix = '';
  private rowIndex = -1;
  private colIndex = -1;
  private row: CellValue[] | null = null;
  private rowHasValue = false;
  private readonly rows = new Map<number, CellValue[]>();
  private formulas: Map<number, (string | null)[]> | null = null;
  private readonly merges: MergeArea[] = [];
  private readonly sharedMasters = new Map<string, { formula: string; row: number; col: number }>();
  private height = 0;
  private width = 0;
  private cells = 0;
  private closeCell = '</c>';
  private closeRow = '</row>';
  private openCell = '<c';
  private openRow = '<row';
  private openValue = '<v';
  private closeValue = '</v>';
  private openFormula = '<f';
  private closeFormula = '</f>';
  private openInline = '<is';
  /** The cell tag last read. */
  private readonly tag: CellTag = { col: -1, type: null, style: 0 };

  constructor(private readonly ctx: ScanContext) {}

  push(text: string): void {
    // Joined, not concatenated: a flat string, where a concatenation would make every character access go through a rope.
    this.buffer = this.buffer.length === 0 ? text : [this.buffer, text].join('');
    this.buffer = this.buffer.slice(this.process());
  }

  finish(): ScannedSheet {
    this.process();
    this.buffer = '';
    this.endRow();
    return { rows: this.rows, formulas: this.formulas, merges: this.merges, height: this.height, width: this.width, cells: this.cells };
  }

  /** Processes what is complete in the buffer; returns where the unprocessed rest starts. */
  private process(): number {
    const s = this.buffer;
    let pos = 0;
    if (this.phase === 'before') {
      const m = /<([A-Za-z0-9_]+:)?sheetData(?=[\s/>])/.exec(s);
      if (!m) return Math.max(0, s.length - 64);
      const gt = s.indexOf('>', m.index);
      if (gt < 0) return m.index;
      this.setPrefix(m[1] ?? '');
      this.phase = s.charCodeAt(gt - 1) === 47 ? 'after' : 'data';
      pos = gt + 1;
    }
    if (this.phase === 'data') {
      pos = this.scanData(s, pos);
      if (this.phase === 'data') return pos;
    }
    return this.scanMerges(s, pos);
  }

  private setPrefix(prefix: string): void {
    this.prefix = prefix;
    this.closeCell = `</${prefix}c>`;
    this.closeRow = `</${prefix}row>`;
    this.openCell = `<${prefix}c`;
    this.openRow = `<${prefix}row`;
    this.openValue = `<${prefix}v`;
    this.closeValue = `</${prefix}v>`;
    this.openFormula = `<${prefix}f`;
    this.closeFormula = `</${prefix}f>`;
    this.openInline = `<${prefix}is`;
  }

  private scanData(s: string, start: number): number {
    let pos = start;
    for (;;) {
      const lt = s.indexOf('<', pos);
      if (lt < 0) return s.length;
      if (s.charCodeAt(lt + 1) === 47) {
        const gt = s.indexOf('>', lt);
        if (gt < 0) return lt;
        if (s.startsWith(this.closeRow, lt)) this.endRow();
        else if (s.startsWith('sheetData', lt + 2 + this.prefix.length)) {
          this.endRow();
          this.phase = 'after';
          return gt + 1;
        }
        pos = gt + 1;
        continue;
      }
      const gt = s.indexOf('>', lt);
      if (gt < 0) return lt;
      const after = s.charCodeAt(lt + this.openCell.length);
      if (isNameEnd(after) && s.startsWith(this.openCell, lt)) {
        if (s.charCodeAt(gt - 1) === 47) {
          this.cellAt(s, lt, gt);
          pos = gt + 1;
          continue;
        }
        const end = this.readValueOnlyCell(s, lt, gt);
        if (end >= 0) {
          pos = end;
          continue;
        }
        const close = s.indexOf(this.closeCell, gt);
        if (close < 0) return lt;
        this.readCell(s, lt, gt, close);
        pos = close + this.closeCell.length;
        continue;
      }
      const afterRow = s.charCodeAt(lt + this.openRow.length);
      if (isNameEnd(afterRow) && s.startsWith(this.openRow, lt)) {
        this.endRow();
        const n = this.rowNumberOf(s, lt, gt);
        this.rowIndex = Number.isFinite(n) && n >= 1 ? n - 1 : this.rowIndex + 1;
        this.colIndex = -1;
        if (s.charCodeAt(gt - 1) === 47) this.endRow();
      }
      pos = gt + 1;
    }
  }

  /** parseInt of the row tag's r attribute (NaN without one): read in place when it comes first, digits only. */
  private rowNumberOf(s: string, lt: number, gt: number): number {
    const from = lt + this.openRow.length + 4;
    if (s.startsWith(' r="', from - 4)) {
      const to = s.indexOf('"', from);
      const n = to > from && to < gt ? digitsAt(s, from, to) : -1;
      if (n >= 0) return n;
    }
    const r = attribute(s, lt, gt, 'r');
    return r === null ? NaN : parseInt(r, 10);
  }

  private scanMerges(s: string, start: number): number {
    const open = /<(?:[A-Za-z0-9_]+:)?mergeCell(?=[\s/>])/g;
    open.lastIndex = start;
    let pos = start;
    let m: RegExpExecArray | null;
    while ((m = open.exec(s))) {
      const gt = s.indexOf('>', m.index);
      if (gt < 0) return m.index;
      const ref = attribute(s, m.index, gt, 'ref');
      const area = ref ? parseRange(ref) : null;
      if (area) {
        this.merges.push(area);
        this.height = Math.max(this.height, area.bottom + 1);
        this.width = Math.max(this.width, area.right + 1);
      }
      pos = gt + 1;
    }
    const lt = s.lastIndexOf('<');
    return lt >= pos && s.indexOf('>', lt) < 0 ? lt : s.length;
  }

  private endRow(): void {
    if (this.row && this.rowHasValue) this.ctx.onRow();
    this.row = null;
    this.rowHasValue = false;
  }

  /** Reads the cell's tag and moves to its column (its r attribute, or the next column when it has none). */
  private cellAt(s: string, lt: number, gt: number): void {
    readCellTag(s, lt + this.openCell.length, gt, this.tag);
    this.colIndex = this.tag.col >= 0 ? this.tag.col : this.colIndex + 1;
    if (this.rowIndex < 0) this.rowIndex = 0;
  }

  /**
   * The usual cell, `<c ...><v>text</v></c>` whole in the buffer, read in place (readCell's value for
   * it, without cutting the cell's body): where it ends, or -1 for any other cell.
   */
  private readValueOnlyCell(s: string, lt: number, gt: number): number {
    const open = gt + 1;
    let from: number;
    let to: number;
    let end: number;
    if (this.prefix === '') {
      // <v>text</v></c>, compared character by character
      if (s.charCodeAt(open) !== 60 || s.charCodeAt(open + 1) !== 118 || s.charCodeAt(open + 2) !== 62) return -1;
      from = open + 3;
      to = s.indexOf('<', from);
      end = to + 8;
      if (to < 0 || end > s.length || s.charCodeAt(to + 1) !== 47 || s.charCodeAt(to + 2) !== 118 || s.charCodeAt(to + 3) !== 62) return -1;
      if (s.charCodeAt(to + 4) !== 60 || s.charCodeAt(to + 5) !== 47 || s.charCodeAt(to + 6) !== 99 || s.charCodeAt(to + 7) !== 62) return -1;
    } else {
      if (!s.startsWith(this.openValue, open) || s.charCodeAt(open + this.openValue.length) !== 62) return -1;
      from = open + this.openValue.length + 1;
      to = s.indexOf('<', from);
      if (to < 0 || !s.startsWith(this.closeValue, to) || !s.startsWith(this.closeCell, to + this.closeValue.length)) return -1;
      end = to + this.closeValue.length + this.closeCell.length;
    }
    this.cellAt(s, lt, gt);
    if (to > from) {
      const { type, style } = this.tag;
      const value = hasReference(s, from, to) ? this.typed(type, decodeXml(s.slice(from, to)), style) : this.typedAt(type, s, from, to, style);
      if (value !== null) this.store(value, null);
    }
    return end;
  }

  /** typed() of the text s[from, to): a shared string's index and a plain decimal read without cutting it out. */
  private typedAt(type: string | null, s: string, from: number, to: number, style: number): CellValue {
    if (type === 's') {
      const index = digitsAt(s, from, to);
      if (index < 0) return this.typed(type, s.slice(from, to), style);
      const str = this.ctx.sharedStrings[index];
      return str === undefined ? null : str;
    }
    if (type === null || type === 'n') {
      const n = decimalAt(s, from, to);
      if (n === null) return this.typed(type, s.slice(from, to), style);
      return style > 0 && this.ctx.dateStyles[style] ? serialToIsoDate(n, this.ctx.date1904) : n;
    }
    return this.typed(type, s.slice(from, to), style);
  }

  private readCell(s: string, lt: number, gt: number, close: number): void {
    this.cellAt(s, lt, gt);
    const { type, style } = this.tag;

    // Searches run inside the cell's own text: a search through the rest of the sheet would make the scan quadratic.
    const body = s.slice(gt + 1, close);
    let text: string | undefined;
    const v = body.indexOf(this.openValue);
    if (v >= 0) {
      const vEnd = body.indexOf('>', v);
      if (body.charCodeAt(vEnd - 1) !== 47) {
        const vClose = body.indexOf(this.closeValue, vEnd);
        if (vClose > vEnd + 1) text = decodeXml(body.slice(vEnd + 1, vClose));
      }
    }

    let formula: string | null = null;
    let isFormula = false;
    const f = body.indexOf(this.openFormula);
    if (f >= 0 && isNameEnd(body.charCodeAt(f + this.openFormula.length))) {
      const fEnd = body.indexOf('>', f);
      const shareType = attribute(body, f, fEnd, 't');
      let fText = '';
      if (body.charCodeAt(fEnd - 1) !== 47) {
        const fClose = body.indexOf(this.closeFormula, fEnd);
        if (fClose > fEnd) fText = decodeXml(body.slice(fEnd + 1, fClose));
      }
      isFormula = fText.length > 0 || shareType !== null;
      fText = detach(fText);
      if (shareType === 'shared') {
        const si = attribute(body, f, fEnd, 'si') ?? '';
        if (attribute(body, f, fEnd, 'ref') !== null) {
          this.sharedMasters.set(si, { formula: fText, row: this.rowIndex, col: this.colIndex });
          formula = fText || null;
        } else {
          const master = this.sharedMasters.get(si);
          formula = master && master.formula ? slideFormula(master.formula, master.row, master.col, this.rowIndex, this.colIndex) : null;
        }
      } else formula = fText || null;
      if (formula !== null && formula.charCodeAt(0) === 61) formula = formula.slice(1);
    }

    if (type === 'inlineStr' && text === undefined) {
      const is = body.indexOf(this.openInline);
      // An empty <is><t/></is> is no value, as for ExcelJS.
      if (is >= 0) text = stringItemText(body.slice(body.indexOf('>', is) + 1), false) || undefined;
    }

    let value: CellValue = null;
    if (isFormula) {
      if (text) value = this.typed(type === 's' || type === 'inlineStr' ? 'n' : type, text, style);
    } else if (text !== undefined) value = this.typed(type, text, style);

    if (value === null && formula === null) return;
    this.store(value, formula);
  }

  private typed(type: string | null, text: string, style: number): CellValue {
    switch (type) {
      case 's': {
        const str = this.ctx.sharedStrings[parseInt(text, 10)];
        return str === undefined ? null : str;
      }
      case 'str':
      case 'inlineStr':
        return detach(text);
      case 'b':
        return parseInt(text, 10) !== 0;
      case 'e':
        return { kind: 'error', code: text };
      case 'd': {
        const d = new Date(text);
        return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
      }
      default: {
        const n = parseFloat(text);
        if (!Number.isFinite(n)) return null;
        return style > 0 && this.ctx.dateStyles[style] ? serialToIsoDate(n, this.ctx.date1904) : n;
      }
    }
  }

  private store(value: CellValue, formula: string | null): void {
    const r = this.rowIndex;
    const c = this.colIndex;
    if (this.row === null) {
      this.row = this.rows.get(r) ?? null;
      if (this.row === null) {
        this.row = [];
        this.rows.set(r, this.row);
      }
    }
    const row = this.row;
    while (row.length < c) row.push(null);
    if (row.length === c) row.push(value);
    else {
      if (row[c] !== null) this.cells--;
      row[c] = value;
    }
    if (formula !== null) {
      this.formulas ??= new Map();
      let fr = this.formulas.get(r);
      if (!fr) this.formulas.set(r, (fr = []));
      while (fr.length < c) fr.push(null);
      fr[c] = formula;
    }
    if (!this.rowHasValue) this.rowHasValue = true;
    this.cells++;
    this.ctx.onCell();
    if (r + 1 > this.height) this.height = r + 1;
    if (c + 1 > this.width) this.width = c + 1;
  }
}
