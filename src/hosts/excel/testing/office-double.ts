/**
 * A test double of the Office.js Excel object model subset that ExcelWorkbook uses. It behaves like
 * Office.js where it matters for cost and correctness:
 * - property writes and method calls are queued and applied only at context.sync(), in order;
 * - reading a property that was not loaded, or before the sync that loads it, throws PropertyNotLoaded;
 * - every sync is counted and its request and response sizes measured (JSON length); a sync over 5 MB
 *   either way is rejected, like Excel on the web, and so is a range read over 5,000,000 cells;
 * - text written into a cell that is not formatted as text ('@') is coerced like typing: '=...' becomes
 *   a formula, '12' a number, 'TRUE' a boolean, a leading apostrophe marks text;
 * - getMergedAreasOrNullObject fails the sync above 512 merged areas (the typings' documented limit);
 * - operations named in `failingOperations` ('pageLayout.zoom', 'autoFilter.apply'...) fail their sync,
 *   the way a protected sheet or a host that lacks a print setting fails it; the operations queued
 *   before them in that sync stay applied (a batch runs in order up to the failing command - see
 *   OfficeExtension.Error.traceMessages - and no rollback is documented).
 * Formulas are stored, never computed: a formula written through the API reads back as an empty value.
 * No Office or Excel globals are used, so Node tests and benchmark scripts can import it.
 */

import { columnLetter } from '../../../grid/column-letter';
import { jsonBytes } from '../row-chunks';

export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
export const READ_CELL_LIMIT = 5_000_000;
/** Range.getMergedAreasOrNullObject: «if the merged areas count in this range is more than 512, then this method will fail». */
export const MERGED_AREAS_LIMIT = 512;
const MAX_ROWS = 1048576;
const MAX_COLUMNS = 16384;

export class OfficeDoubleError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

type Scalar = string | number | boolean;
export interface DoubleCell {
  value: Scalar; // '' = empty; error cells hold their code ('#N/A') with isError
  formula?: string; // with '='
  isError?: boolean;
  numberFormat?: string;
}

export interface Area {
  top: number;
  left: number;
  rows: number;
  columns: number;
}

export interface FormatRecord {
  area: Area;
  path: string; // 'fill.color', 'font.bold', 'borders.EdgeTop.style', 'columnWidth'...
  value: unknown;
}

export interface ConditionalFormatRecord {
  area: Area;
  type: string;
  formula?: string;
  fill?: string;
  fontColor?: string;
}

export interface PageLayoutRecord {
  orientation?: string;
  zoom?: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  printTitleRows?: string;
  printTitleColumns?: string;
  centerHeader?: string;
  paperSize?: string;
}

export interface ValidationRecord {
  area: Area;
  rule?: unknown;
  errorAlert?: unknown;
  prompt?: unknown;
}

export interface ChartRecord {
  type: string;
  /** The source range as Office.js got it (category column first, then the series columns). */
  source: Area;
  seriesBy: string;
  title?: string;
  position?: string;
  width?: number;
  height?: number;
  valueAxis: { minimum?: number; maximum?: number };
}

export class SheetModel {
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  tabColor = '';
  readonly cells = new Map<number, Map<number, DoubleCell>>();
  merges: Area[] = [];
  formats: FormatRecord[] = [];
  conditionalFormats: ConditionalFormatRecord[] = [];
  freeze: { rows: number; columns: number } = { rows: 0, columns: 0 };
  autoFilter: Area | null = null;
  pageLayout: PageLayoutRecord = {};
  validations: ValidationRecord[] = [];
  protection: { protected: boolean; options?: unknown } = { protected: false };
  charts: ChartRecord[] = [];
  deleted = false;

  constructor(public name: string) {}

  cell(r: number, c: number): DoubleCell | undefined {
    return this.cells.get(r)?.get(c);
  }

  ensureCell(r: number, c: number): DoubleCell {
    let row = this.cells.get(r);
    if (!row) this.cells.set(r, (row = new Map()));
    let cell = row.get(c);
    if (!cell) row.set(c, (cell = { value: '' }));
    return cell;
  }

  /** The last value written to a format path at (r, c), or undefined. */
  formatAt(r: number, c: number, path: string): unknown {
    let found: unknown;
    for (const f of this.formats) if (f.path === path && inside(f.area, r, c)) found = f.value;
    return found;
  }

  /** Values as read through Office.js (computed values; '' for empty), top-left anchored. */
  valuesGrid(): Scalar[][] {
    const used = this.usedArea(true);
    if (!used) return [];
    return Array.from({ length: used.top + used.rows }, (_, r) =>
      Array.from({ length: used.left + used.columns }, (_, c) => this.cell(r, c)?.value ?? ''),
    );
  }

  usedArea(valuesOnly: boolean, within?: Area): Area | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [r, row] of this.cells) {
      if (within && (r < within.top || r >= within.top + within.rows)) continue;
      for (const [c, cell] of row) {
        if (within && (c < within.left || c >= within.left + within.columns)) continue;
        const used = cell.value !== '' || cell.formula !== undefined || (!valuesOnly && cell.numberFormat !== undefined);
        if (!used) continue;
        top = Math.min(top, r);
        left = Math.min(left, c);
        bottom = Math.max(bottom, r);
        right = Math.max(right, c);
      }
    }
    if (bottom < 0) return null;
    return { top, left, rows: bottom - top + 1, columns: right - left + 1 };
  }
}

const inside = (a: Area, r: number, c: number): boolean => r >= a.top && r < a.top + a.rows && c >= a.left && c < a.left + a.columns;
const overlaps = (a: Area, b: Area): boolean =>
  a.top < b.top + b.rows && b.top < a.top + a.rows && a.left < b.left + b.columns && b.left < a.left + a.columns;

const columnIndex = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + (ch.charCodeAt(0) - 64), 0) - 1;

/** 'A1', 'A1:C3', 'A:C', '1:5000', with or without '$'. */
export const parseAddress = (address: string): Area => {
  const clean = address.replace(/\$/g, '').toUpperCase();
  const part = clean.includes('!') ? clean.slice(clean.lastIndexOf('!') + 1) : clean;
  const [a, b = a] = part.split(':');
  const parse = (s: string, end: boolean): { r: number; c: number } => {
    const m = /^([A-Z]*)(\d*)$/.exec(s);
    if (!m || (m[1] === '' && m[2] === '')) throw new OfficeDoubleError('InvalidArgument', `Bad address ${address}`);
    return {
      r: m[2] === '' ? (end ? MAX_ROWS - 1 : 0) : Number(m[2]) - 1,
      c: m[1] === '' ? (end ? MAX_COLUMNS - 1 : 0) : columnIndex(m[1]),
    };
  };
  const p = parse(a, false);
  const q = parse(b, true);
  const single = !part.includes(':');
  const qq = single ? p : q;
  return { top: p.r, left: p.c, rows: qq.r - p.r + 1, columns: qq.c - p.c + 1 };
};

const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** What Excel stores when a string is entered into a cell (as range.values or range.formulas do). */
const enterString = (cell: DoubleCell, s: string): void => {
  delete cell.formula;
  delete cell.isError;
  if (s === '') {
    cell.value = '';
    return;
  }
  if (cell.numberFormat === '@') {
    cell.value = s;
    return;
  }
  if (s.startsWith("'")) {
    cell.value = s.slice(1);
    return;
  }
  if (s.startsWith('=') && s.length > 1) {
    cell.formula = s;
    cell.value = '';
    return;
  }
  if (NUMBER_TEXT.test(s.trim())) {
    cell.value = Number(s.trim());
    return;
  }
  if (/^(true|false)$/i.test(s)) {
    cell.value = s.toLowerCase() === 'true';
    return;
  }
  cell.value = s;
};

/** Payload size: the UTF-8 length of the JSON Office.js would send. */
const json = (v: unknown): number => jsonBytes(v);

interface QueuedOp {
  request: unknown;
  apply: () => void;
}

/** Shared state of one double: the workbook model plus counters across all contexts. */
export class OfficeDouble {
  sheets: SheetModel[] = [];
  syncCount = 0;
  payloads: number[] = [];
  requestPayloads: number[] = [];
  responsePayloads: number[] = [];
  readCellCounts: number[] = [];
  supportsMergedAreas = true;
  /** Operations that fail their sync, by name: 'pageLayout.zoom', 'autoFilter.apply', 'freezePanes.freezeRows'... */
  failingOperations = new Set<string>();
  /** Like a host where the Page Layout tab was never opened (office-js #1860): fit-to-pages zoom is silently dropped. */
  ignoresFitToPagesZoom = false;
  activeCell: { sheet: string; row: number; column: number } | null = null;
  activeSheet: string | null = null;

  get largestPayloadBytes(): number {
    return this.payloads.reduce((a, b) => Math.max(a, b), 0);
  }

  resetCounters(): void {
    this.syncCount = 0;
    this.payloads = [];
    this.requestPayloads = [];
    this.responsePayloads = [];
    this.readCellCounts = [];
  }

  /** A new RequestContext over this workbook (typed loosely; cast to Excel.RequestContext in callers). */
  newContext(): DoubleContext {
    return new DoubleContext(this);
  }

  /** The Excel.run equivalent: a fresh context per batch, typed as Office.js so adapters take it as is. */
  run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
    batch(this.newContext() as unknown as Excel.RequestContext);

  /**
   * Seeds a sheet directly (no sync counted). values use null or '' for empty; error cells as
   * { error: '#N/A' }; formulas (with or without '=') sit beside their values.
   */
  seedSheet(
    name: string,
    content: {
      values: (Scalar | null | { error: string })[][];
      formulas?: (string | null)[][];
      merges?: { top: number; left: number; bottom: number; right: number }[];
      visibility?: SheetModel['visibility'];
    },
  ): SheetModel {
    const sheet = this.sheet(name) ?? this.addSheet(name);
    content.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const formula = content.formulas?.[r]?.[c];
        if ((v === null || v === '') && !formula) return;
        const cell = sheet.ensureCell(r, c);
        if (v !== null && typeof v === 'object') {
          cell.value = v.error;
          cell.isError = true;
        } else cell.value = v ?? '';
        if (formula) cell.formula = formula.startsWith('=') ? formula : `=${formula}`;
      }),
    );
    sheet.merges.push(...(content.merges ?? []).map((m) => ({ top: m.top, left: m.left, rows: m.bottom - m.top + 1, columns: m.right - m.left + 1 })));
    if (content.visibility) sheet.visibility = content.visibility;
    return sheet;
  }

  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /**
   * What Excel does to formulas that name a sheet: a deleted sheet's references become #REF! (and the
   * cells show the error); a renamed sheet's references take the new name.
   */
  retargetReferences(name: string, newName: string | null): void {
    const escape = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // The name as a whole word: 'Данные!' must not match inside 'МоиДанные!'.
    const source = `(?<![\\p{L}\\p{N}_.'])(?:'${escape(name.replace(/'/g, "''"))}'|${escape(name)})!`;
    const replacement = newName === null ? '#REF!' : `${quoteSheetName(newName)}!`;
    for (const sheet of this.sheets)
      for (const row of sheet.cells.values())
        for (const cell of row.values()) {
          if (!cell.formula || !new RegExp(source, 'iu').test(cell.formula)) continue;
          cell.formula = cell.formula.replace(new RegExp(source, 'giu'), replacement);
          if (newName === null) {
            cell.value = '#REF!';
            cell.isError = true;
          }
        }
  }

  addSheet(name: string): SheetModel {
    if (this.sheet(name)) throw new OfficeDoubleError('ItemAlreadyExists', `A sheet named ${name} exists`);
    if (name.length > 31 || /[:\\/?*[\]]/.test(name)) throw new OfficeDoubleError('InvalidArgument', `Bad sheet name ${name}`);
    const sheet = new SheetModel(name);
    this.sheets.push(sheet);
    return sheet;
  }

  failIfAsked(operation: string): void {
    if (this.failingOperations.has(operation)) throw new OfficeDoubleError('GeneralException', `${operation} failed (made to fail by the test)`);
  }

  /** Runs one sync: applies queued operations in order, measures, and rejects oversized requests. */
  flush(ops: QueuedOp[], pendingLoads: (() => number)[]): void {
    this.syncCount++;
    const request = ops.reduce((n, op) => n + json(op.request) + 1, 2);
    this.requestPayloads.push(request);
    if (request > PAYLOAD_LIMIT_BYTES) {
      this.payloads.push(request);
      throw new OfficeDoubleError('RequestPayloadSizeLimitExceeded', `Request of ${request} bytes exceeds the 5 MB limit`);
    }
    for (const op of ops) op.apply();
    const response = pendingLoads.reduce((n, commit) => n + commit(), 2);
    this.responsePayloads.push(response);
    this.payloads.push(Math.max(request, response));
    if (response > PAYLOAD_LIMIT_BYTES)
      throw new OfficeDoubleError('ResponsePayloadSizeLimitExceeded', `Response of ${response} bytes exceeds the 5 MB limit`);
  }
}

export class DoubleContext {
  readonly workbook: DoubleWorkbook;
  private ops: QueuedOp[] = [];
  private loads: (() => number)[] = [];

  constructor(readonly double: OfficeDouble) {
    this.workbook = new DoubleWorkbook(this);
  }

  enqueue(request: unknown, apply: () => void): void {
    this.ops.push({ request, apply });
  }

  /** A load is applied in order with other ops; its result becomes visible after the whole sync. */
  enqueueLoad(request: unknown, read: () => () => number): void {
    let commit: (() => number) | null = null;
    this.ops.push({ request, apply: () => (commit = read()) });
    this.loads.push(() => (commit ? commit() : 0));
  }

  async sync(): Promise<void> {
    const ops = this.ops;
    const loads = this.loads;
    this.ops = [];
    this.loads = [];
    this.double.flush(ops, loads);
  }
}

/** Base of every proxy: loaded properties, PropertyNotLoaded on early reads. */
abstract class Proxy {
  protected loaded = new Map<string, unknown>();
  constructor(
    readonly ctx: DoubleContext,
    readonly path: string,
  ) {}

  protected get<T>(prop: string): T {
    if (!this.loaded.has(prop))
      throw new OfficeDoubleError('PropertyNotLoaded', `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
    return this.loaded.get(prop) as T;
  }

  protected set(prop: string, value: unknown, apply: () => void): void {
    this.ctx.enqueue({ path: this.path, set: prop, value }, apply);
  }

  protected call(method: string, args: unknown[], apply: () => void): void {
    this.ctx.enqueue({ path: this.path, call: method, args }, apply);
  }

  /** Reads the named properties at apply time; returns their response size once committed. */
  protected abstract readProps(props: string[]): Record<string, unknown>;

  load(props?: string | string[] | { select?: string }): this {
    const list = normaliseProps(props);
    this.ctx.enqueueLoad({ path: this.path, load: list }, () => {
      const values = this.readProps(list);
      return () => {
        for (const [k, v] of Object.entries(values)) this.loaded.set(k, v);
        return json(values);
      };
    });
    return this;
  }
}

const normaliseProps = (props?: string | string[] | { select?: string }): string[] => {
  const raw = typeof props === 'string' ? props : Array.isArray(props) ? props.join(',') : (props?.select ?? '');
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
};

export class DoubleWorkbook {
  readonly worksheets: DoubleWorksheetCollection;
  constructor(readonly ctx: DoubleContext) {
    this.worksheets = new DoubleWorksheetCollection(ctx);
  }
}

export class DoubleWorksheetCollection extends Proxy {
  constructor(ctx: DoubleContext) {
    super(ctx, 'worksheets');
  }

  get items(): DoubleWorksheet[] {
    return this.get('items');
  }

  protected readProps(props: string[]): Record<string, unknown> {
    const itemProps = props.map((p) => p.replace(/^items\//, ''));
    const items = this.ctx.double.sheets.map((s) => {
      const ws = new DoubleWorksheet(this.ctx, `worksheet(${JSON.stringify(s.name)})`, () => s);
      ws.adopt(ws.snapshot(itemProps.length ? itemProps : ['name', 'position', 'visibility']));
      return ws;
    });
    return { items };
  }

  override load(props?: string | string[] | { select?: string }): this {
    const list = normaliseProps(props);
    this.ctx.enqueueLoad({ path: this.path, load: list }, () => {
      const { items } = this.readProps(list) as { items: DoubleWorksheet[] };
      return () => {
        this.loaded.set('items', items);
        return json(items.map((i) => i.snapshotForSize()));
      };
    });
    return this;
  }

  getItem(name: string): DoubleWorksheet {
    return new DoubleWorksheet(this.ctx, `getItem(${JSON.stringify(name)})`, () => {
      const s = this.ctx.double.sheet(name);
      if (!s) throw new OfficeDoubleError('ItemNotFound', `The requested resource doesn't exist. (${name})`);
      return s;
    });
  }

  getItemOrNullObject(name: string): DoubleWorksheet {
    return new DoubleWorksheet(this.ctx, `getItemOrNullObject(${JSON.stringify(name)})`, () => this.ctx.double.sheet(name) ?? null, true);
  }

  add(name: string): DoubleWorksheet {
    let created: SheetModel | null = null;
    const ws = new DoubleWorksheet(this.ctx, `add(${JSON.stringify(name)})`, () => {
      if (!created) throw new OfficeDoubleError('InvalidObjectPath', 'used before it was added');
      return created;
    });
    this.ctx.enqueue({ path: this.path, call: 'add', args: [name] }, () => {
      created = this.ctx.double.addSheet(name);
    });
    return ws;
  }
}

export class DoubleWorksheet extends Proxy {
  private bound: SheetModel | null | undefined;
  readonly freezePanes: DoubleFreezePanes;
  readonly autoFilter: DoubleAutoFilter;
  readonly pageLayout: DoublePageLayout;
  readonly protection: DoubleWorksheetProtection;
  readonly charts: DoubleChartCollection;
  private nullChecked = false;
  private isNull = false;

  constructor(
    ctx: DoubleContext,
    path: string,
    private readonly resolver: () => SheetModel | null,
    orNull = false,
  ) {
    super(ctx, path);
    this.freezePanes = new DoubleFreezePanes(this);
    this.autoFilter = new DoubleAutoFilter(this);
    this.pageLayout = new DoublePageLayout(this);
    this.protection = new DoubleWorksheetProtection(this);
    this.charts = new DoubleChartCollection(this);
    if (!orNull) {
      this.nullChecked = true;
      return;
    }
    // Office.js fills isNullObject at the next sync, whether or not anything was loaded.
    ctx.enqueueLoad({ path, probe: true }, () => {
      const target = this.resolveOrNull();
      return () => {
        this.nullChecked = true;
        this.isNull = target === null;
        return 0;
      };
    });
  }

  get isNullObject(): boolean {
    if (!this.nullChecked) throw new OfficeDoubleError('PropertyNotLoaded', 'isNullObject is available after context.sync()');
    return this.isNull;
  }

  resolveOrNull(): SheetModel | null {
    if (this.bound === undefined) this.bound = this.resolver();
    if (this.bound?.deleted) return null;
    return this.bound;
  }

  model(): SheetModel {
    const s = this.resolveOrNull();
    if (!s) throw new OfficeDoubleError('InvalidObjectPath', `${this.path} is a null object or was deleted`);
    return s;
  }

  adopt(values: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(values)) this.loaded.set(k, v);
  }

  snapshot(props: string[]): Record<string, unknown> {
    return this.readProps(props);
  }

  snapshotForSize(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }

  protected readProps(props: string[]): Record<string, unknown> {
    const s = this.resolveOrNull();
    if (!s) return {};
    const all: Record<string, unknown> = {
      name: s.name,
      position: this.ctx.double.sheets.indexOf(s),
      visibility: s.visibility,
      tabColor: s.tabColor,
    };
    const out: Record<string, unknown> = {};
    for (const p of props) if (p in all) out[p] = all[p];
    return out;
  }

  get name(): string {
    return this.get('name');
  }
  set name(v: string) {
    this.set('name', v, () => {
      const s = this.model();
      const other = this.ctx.double.sheet(v);
      if (other && other !== s) throw new OfficeDoubleError('ItemAlreadyExists', `A sheet named ${v} exists`);
      this.ctx.double.retargetReferences(s.name, v);
      s.name = v;
    });
  }
  get position(): number {
    return this.get('position');
  }
  set position(v: number) {
    this.set('position', v, () => {
      const s = this.model();
      const list = this.ctx.double.sheets.filter((x) => x !== s);
      list.splice(Math.min(v, list.length), 0, s);
      this.ctx.double.sheets = list;
    });
  }
  get visibility(): string {
    return this.get('visibility');
  }
  set visibility(v: string) {
    this.set('visibility', v, () => {
      const s = this.model();
      if (v !== 'Visible' && this.ctx.double.sheets.filter((x) => x !== s && x.visibility === 'Visible').length === 0)
        throw new OfficeDoubleError('InvalidOperation', 'A workbook must keep at least one visible sheet');
      s.visibility = v as SheetModel['visibility'];
    });
  }
  get tabColor(): string {
    return this.get('tabColor');
  }
  set tabColor(v: string) {
    this.set('tabColor', v, () => {
      this.model().tabColor = v;
    });
  }

  delete(): void {
    this.call('delete', [], () => {
      const s = this.model();
      if (this.ctx.double.sheets.filter((x) => x !== s && x.visibility === 'Visible').length === 0)
        throw new OfficeDoubleError('InvalidOperation', 'Cannot delete the last visible sheet');
      s.deleted = true;
      this.ctx.double.sheets = this.ctx.double.sheets.filter((x) => x !== s);
      this.ctx.double.retargetReferences(s.name, null);
    });
  }

  activate(): void {
    this.call('activate', [], () => {
      this.ctx.double.activeSheet = this.model().name;
    });
  }

  getRange(address?: string): DoubleRange {
    return new DoubleRange(this, `${this.path}.getRange(${JSON.stringify(address ?? '')})`, () =>
      address ? parseAddress(address) : { top: 0, left: 0, rows: MAX_ROWS, columns: MAX_COLUMNS },
    );
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): DoubleRange {
    return new DoubleRange(this, `${this.path}.getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`, () => {
      if (rowCount < 1 || columnCount < 1) throw new OfficeDoubleError('InvalidArgument', 'Empty range');
      return { top: startRow, left: startColumn, rows: rowCount, columns: columnCount };
    });
  }

  getCell(row: number, column: number): DoubleRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): DoubleRange {
    return new DoubleRange(this, `${this.path}.getUsedRangeOrNullObject(${!!valuesOnly})`, () => this.model().usedArea(!!valuesOnly), true);
  }
}

export class DoubleFreezePanes {
  constructor(private readonly ws: DoubleWorksheet) {}
  private apply(method: string, args: unknown[], f: (s: SheetModel) => void): void {
    this.ws.ctx.enqueue({ path: `${this.ws.path}.freezePanes`, call: method, args }, () => {
      this.ws.ctx.double.failIfAsked(`freezePanes.${method}`);
      f(this.ws.model());
    });
  }
  freezeRows(count: number): void {
    this.apply('freezeRows', [count], (s) => (s.freeze = { rows: count, columns: 0 }));
  }
  freezeColumns(count: number): void {
    this.apply('freezeColumns', [count], (s) => (s.freeze = { rows: 0, columns: count }));
  }
  freezeAt(range: DoubleRange | string): void {
    this.apply('freezeAt', [typeof range === 'string' ? range : range.path], (s) => {
      const a = typeof range === 'string' ? parseAddress(range) : range.area();
      s.freeze = { rows: a.top + a.rows, columns: a.left + a.columns };
    });
  }
  unfreeze(): void {
    this.apply('unfreeze', [], (s) => (s.freeze = { rows: 0, columns: 0 }));
  }
}

export class DoubleAutoFilter {
  constructor(private readonly ws: DoubleWorksheet) {}
  apply(range: DoubleRange | string): void {
    this.ws.ctx.enqueue({ path: `${this.ws.path}.autoFilter`, call: 'apply', args: [typeof range === 'string' ? range : range.path] }, () => {
      this.ws.ctx.double.failIfAsked('autoFilter.apply');
      this.ws.model().autoFilter = typeof range === 'string' ? parseAddress(range) : range.area();
    });
  }
  remove(): void {
    this.ws.ctx.enqueue({ path: `${this.ws.path}.autoFilter`, call: 'remove', args: [] }, () => {
      this.ws.model().autoFilter = null;
    });
  }
}

export class DoublePageLayout {
  readonly headersFooters: { defaultForAllPages: { centerHeader: string } };
  constructor(private readonly ws: DoubleWorksheet) {
    const layout = (): PageLayoutRecord => this.ws.model().pageLayout;
    const enqueue = (prop: string, value: unknown, f: () => void): void =>
      this.ws.ctx.enqueue({ path: `${this.ws.path}.pageLayout`, set: prop, value }, () => {
        this.ws.ctx.double.failIfAsked(`pageLayout.headersFooters.${prop}`);
        f();
      });
    const headers = {
      get centerHeader(): string {
        throw new OfficeDoubleError('PropertyNotLoaded', 'centerHeader is not loaded');
      },
      set centerHeader(v: string) {
        enqueue('centerHeader', v, () => (layout().centerHeader = v));
      },
    };
    this.headersFooters = { defaultForAllPages: headers };
  }
  private enqueue(prop: string, value: unknown, f: (l: PageLayoutRecord) => void): void {
    this.ws.ctx.enqueue({ path: `${this.ws.path}.pageLayout`, set: prop, value }, () => {
      this.ws.ctx.double.failIfAsked(`pageLayout.${prop}`);
      f(this.ws.model().pageLayout);
    });
  }
  set orientation(v: string) {
    this.enqueue('orientation', v, (l) => (l.orientation = v));
  }
  set zoom(v: PageLayoutRecord['zoom']) {
    // office-js #1860: fit-to-pages scaling is silently not applied unless the Page Layout tab was opened.
    const ignored = this.ws.ctx.double.ignoresFitToPagesZoom && (v?.horizontalFitToPages !== undefined || v?.verticalFitToPages !== undefined);
    this.enqueue('zoom', v, (l) => {
      if (!ignored) l.zoom = v;
    });
  }
  private loadedZoom: PageLayoutRecord['zoom'] | null = null;
  get zoom(): PageLayoutRecord['zoom'] {
    if (this.loadedZoom === null) throw new OfficeDoubleError('PropertyNotLoaded', 'pageLayout.zoom is not loaded');
    return this.loadedZoom;
  }
  /** Only 'zoom' is loadable: what the writer reads back to see whether the print scale took. */
  load(props: string): this {
    this.ws.ctx.enqueueLoad({ path: `${this.ws.path}.pageLayout`, load: props }, () => {
      const zoom = { ...(this.ws.model().pageLayout.zoom ?? { scale: 100 }) };
      return () => {
        this.loadedZoom = zoom;
        return json(zoom);
      };
    });
    return this;
  }
  set paperSize(v: string) {
    this.enqueue('paperSize', v, (l) => (l.paperSize = v));
  }
  setPrintTitleRows(rows: DoubleRange | string): void {
    const text = typeof rows === 'string' ? rows : rows.path;
    this.enqueue('setPrintTitleRows', text, (l) => (l.printTitleRows = text));
  }
  setPrintTitleColumns(columns: DoubleRange | string): void {
    const text = typeof columns === 'string' ? columns : columns.path;
    this.enqueue('setPrintTitleColumns', text, (l) => (l.printTitleColumns = text));
  }
}

type Matrix = unknown[][];

export class DoubleRange extends Proxy {
  private boundArea: Area | null | undefined;
  readonly format: DoubleRangeFormat;
  readonly conditionalFormats: DoubleConditionalFormats;
  readonly dataValidation: DoubleDataValidation;
  private nullChecked = false;
  private isNull = false;

  constructor(
    readonly ws: DoubleWorksheet,
    path: string,
    private readonly resolver: () => Area | null,
    orNull = false,
  ) {
    super(ws.ctx, path);
    this.format = new DoubleRangeFormat(this);
    this.conditionalFormats = new DoubleConditionalFormats(this);
    this.dataValidation = new DoubleDataValidation(this);
    if (orNull)
      ws.ctx.enqueueLoad({ path, probe: true }, () => {
        const a = this.resolveOrNull();
        return () => {
          this.nullChecked = true;
          this.isNull = a === null;
          return 0;
        };
      });
    else this.nullChecked = true;
  }

  get isNullObject(): boolean {
    if (!this.nullChecked) throw new OfficeDoubleError('PropertyNotLoaded', 'isNullObject is available after context.sync()');
    return this.isNull;
  }

  resolveOrNull(): Area | null {
    if (this.boundArea === undefined) this.boundArea = this.resolver();
    return this.boundArea;
  }

  area(): Area {
    const a = this.resolveOrNull();
    if (!a) throw new OfficeDoubleError('InvalidObjectPath', `${this.path} is a null object`);
    return a;
  }

  sheet(): SheetModel {
    return this.ws.model();
  }

  protected readProps(props: string[]): Record<string, unknown> {
    const a = this.resolveOrNull();
    if (!a) return {};
    const s = this.sheet();
    const out: Record<string, unknown> = {};
    const matrixProps = ['values', 'formulas', 'valueTypes', 'numberFormat', 'text'];
    if (props.some((p) => matrixProps.includes(p))) {
      const cells = a.rows * a.columns;
      this.ctx.double.readCellCounts.push(cells);
      if (cells > READ_CELL_LIMIT) throw new OfficeDoubleError('ResponsePayloadSizeLimitExceeded', `Reading ${cells} cells exceeds the 5,000,000-cell limit`);
    }
    const matrix = (f: (cell: DoubleCell | undefined) => unknown): Matrix =>
      Array.from({ length: a.rows }, (_, r) => Array.from({ length: a.columns }, (_, c) => f(s.cell(a.top + r, a.left + c))));
    for (const p of props) {
      if (p === 'values') out.values = matrix((cell) => cell?.value ?? '');
      else if (p === 'text') out.text = matrix((cell) => String(cell?.value ?? ''));
      else if (p === 'formulas') out.formulas = matrix((cell) => cell?.formula ?? cell?.value ?? '');
      else if (p === 'numberFormat') out.numberFormat = matrix((cell) => cell?.numberFormat ?? 'General');
      else if (p === 'valueTypes')
        out.valueTypes = matrix((cell) => {
          if (!cell || cell.value === '') return 'Empty';
          if (cell.isError) return 'Error';
          return typeof cell.value === 'number' ? 'Double' : typeof cell.value === 'boolean' ? 'Boolean' : 'String';
        });
      else if (p === 'rowIndex') out.rowIndex = a.top;
      else if (p === 'columnIndex') out.columnIndex = a.left;
      else if (p === 'rowCount') out.rowCount = a.rows;
      else if (p === 'columnCount') out.columnCount = a.columns;
      else if (p === 'address') out.address = `${quoteSheetName(s.name)}!${areaAddress(a)}`;
    }
    return out;
  }

  get values(): Matrix {
    return this.get('values');
  }
  set values(v: Matrix) {
    this.set('values', v, () => this.writeMatrix(v));
  }
  get formulas(): Matrix {
    return this.get('formulas');
  }
  set formulas(v: Matrix) {
    this.set('formulas', v, () => this.writeMatrix(v));
  }
  get valueTypes(): Matrix {
    return this.get('valueTypes');
  }
  get text(): Matrix {
    return this.get('text');
  }
  get numberFormat(): Matrix {
    return this.get('numberFormat');
  }
  set numberFormat(v: Matrix) {
    this.set('numberFormat', v, () =>
      this.eachInput(v, (cell, x) => {
        cell.numberFormat = String(x);
      }),
    );
  }
  get rowIndex(): number {
    return this.get('rowIndex');
  }
  get columnIndex(): number {
    return this.get('columnIndex');
  }
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }
  get address(): string {
    return this.get('address');
  }

  /** Applies a 2-D input (or a single value for every cell) whose size must match the range. */
  private eachInput(v: unknown, f: (cell: DoubleCell, x: unknown) => void): void {
    const a = this.area();
    const s = this.sheet();
    const scalar = !Array.isArray(v);
    if (!scalar) {
      const m = v as Matrix;
      if (m.length !== a.rows || m.some((row) => !Array.isArray(row) || row.length !== a.columns))
        throw new OfficeDoubleError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${this.path}).`);
    }
    for (let r = 0; r < a.rows; r++)
      for (let c = 0; c < a.columns; c++) {
        const x = scalar ? v : (v as Matrix)[r][c];
        if (x === null || x === undefined) continue; // Office.js leaves the cell unchanged
        f(s.ensureCell(a.top + r, a.left + c), x);
      }
  }

  /** values and formulas inputs are entered the same way: '=...' text becomes a formula unless the cell is text-formatted. */
  private writeMatrix(v: Matrix): void {
    this.eachInput(v, (cell, x) => {
      if (typeof x === 'string') enterString(cell, x);
      else if (typeof x === 'number' || typeof x === 'boolean') {
        delete cell.formula;
        delete cell.isError;
        cell.value = x;
      } else throw new OfficeDoubleError('InvalidArgument', `Unsupported cell input ${JSON.stringify(x)}`);
    });
  }

  getCell(row: number, column: number): DoubleRange {
    return new DoubleRange(this.ws, `${this.path}.getCell(${row},${column})`, () => {
      const a = this.area();
      return { top: a.top + row, left: a.left + column, rows: 1, columns: 1 };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): DoubleRange {
    return new DoubleRange(this.ws, `${this.path}.getUsedRangeOrNullObject(${!!valuesOnly})`, () => this.sheet().usedArea(!!valuesOnly, this.area()), true);
  }

  /** ExcelApi 1.13. Where the host lacks it, the method exists in office.js but the sync fails with ApiNotFound. */
  getMergedAreasOrNullObject(): DoubleRangeAreas {
    if (!this.ctx.double.supportsMergedAreas)
      this.call('getMergedAreasOrNullObject', [], () => {
        throw new OfficeDoubleError('ApiNotFound', 'The API you are trying to use could not be found (ExcelApi 1.13).');
      });
    return new DoubleRangeAreas(this);
  }

  merge(across?: boolean): void {
    this.call('merge', [!!across], () => {
      const a = this.area();
      const s = this.sheet();
      const parts = across ? Array.from({ length: a.rows }, (_, r) => ({ ...a, top: a.top + r, rows: 1 })) : [a];
      for (const p of parts) {
        if (s.merges.some((m) => overlaps(m, p))) throw new OfficeDoubleError('InvalidOperation', 'Cannot merge over a merged area');
        for (let r = p.top; r < p.top + p.rows; r++)
          for (let c = p.left; c < p.left + p.columns; c++) if (r !== p.top || c !== p.left) s.cells.get(r)?.delete(c);
        s.merges.push(p);
      }
    });
  }

  unmerge(): void {
    this.call('unmerge', [], () => {
      const a = this.area();
      const s = this.sheet();
      s.merges = s.merges.filter((m) => !overlaps(m, a));
    });
  }

  clear(): void {
    this.call('clear', [], () => {
      const a = this.area();
      const s = this.sheet();
      for (const [r, row] of s.cells) if (r >= a.top && r < a.top + a.rows) for (const c of [...row.keys()]) if (c >= a.left && c < a.left + a.columns) row.delete(c);
      s.formats = s.formats.filter((f) => !overlaps(f.area, a));
      s.conditionalFormats = s.conditionalFormats.filter((f) => !overlaps(f.area, a));
    });
  }

  select(): void {
    this.call('select', [], () => {
      const a = this.area();
      this.ctx.double.activeCell = { sheet: this.sheet().name, row: a.top, column: a.left };
    });
  }

  /** Range.columnHidden: kept as the format record 'columnHidden'. */
  set columnHidden(v: boolean) {
    this.set('columnHidden', v, () => {
      this.sheet().formats.push({ area: this.area(), path: 'columnHidden', value: v });
    });
  }

  /** Records a format method call over the whole range, kept as the format `method` = true. */
  recordFormatCall(method: string): void {
    this.ctx.enqueue({ path: `${this.path}.format`, call: method, args: [] }, () => {
      this.sheet().formats.push({ area: this.area(), path: method, value: true });
    });
  }

  /** Records a format write over the whole range (used by the format proxies). */
  recordFormat(path: string, value: unknown): void {
    this.ctx.enqueue({ path: `${this.path}.format`, set: path, value }, () => {
      this.sheet().formats.push({ area: this.area(), path, value });
    });
  }
}

/** Excel quotes a sheet name in an address unless it is a plain word not starting with a digit. */
export const quoteSheetName = (name: string): string =>
  /^[A-Za-zА-Яа-яЁё_][A-Za-zА-Яа-яЁё0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;

export const areaAddress = (a: Area): string => `${columnLetter(a.left)}${a.top + 1}:${columnLetter(a.left + a.columns - 1)}${a.top + a.rows}`;

export class DoubleRangeAreas extends Proxy {
  readonly areas: DoubleAreaCollection;
  private nullChecked = false;
  private isNull = false;
  constructor(readonly range: DoubleRange) {
    super(range.ctx, `${range.path}.getMergedAreasOrNullObject()`);
    this.areas = new DoubleAreaCollection(this);
    range.ctx.enqueueLoad({ path: this.path, probe: true }, () => {
      const found = this.found();
      if (found.length > MERGED_AREAS_LIMIT)
        throw new OfficeDoubleError('GeneralException', `getMergedAreasOrNullObject: ${found.length} merged areas, more than ${MERGED_AREAS_LIMIT}`);
      return () => {
        this.nullChecked = true;
        this.isNull = found.length === 0;
        return 0;
      };
    });
  }
  get isNullObject(): boolean {
    if (!this.nullChecked) throw new OfficeDoubleError('PropertyNotLoaded', 'isNullObject is available after context.sync()');
    return this.isNull;
  }
  get address(): string {
    return this.get('address');
  }
  found(): Area[] {
    const a = this.range.resolveOrNull();
    if (!a) return [];
    return this.range.sheet().merges.filter((m) => overlaps(m, a));
  }
  protected readProps(props: string[]): Record<string, unknown> {
    const found = this.found();
    const sheet = quoteSheetName(this.range.sheet().name);
    return props.includes('address') ? { address: found.map((m) => `${sheet}!${areaAddress(m)}`).join(',') } : {};
  }
}

export class DoubleAreaCollection extends Proxy {
  constructor(private readonly owner: DoubleRangeAreas) {
    super(owner.ctx, `${owner.path}.areas`);
  }
  get items(): { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }[] {
    return this.get('items');
  }
  protected readProps(): Record<string, unknown> {
    return { items: this.owner.found().map((m) => ({ rowIndex: m.top, columnIndex: m.left, rowCount: m.rows, columnCount: m.columns })) };
  }
}

/** range.format and its children: every write is recorded over the whole range as one operation. */
export class DoubleRangeFormat {
  readonly fill: { color: string };
  readonly font: { bold: boolean; italic: boolean; color: string; size: number; name: string };
  readonly borders: { getItem(index: string): { style: string; color: string; weight: string } };
  readonly protection: { locked: boolean };
  constructor(private readonly range: DoubleRange) {
    const recorder = (prefix: string, props: string[]): Record<string, unknown> => {
      const o: Record<string, unknown> = {};
      for (const p of props)
        Object.defineProperty(o, p, {
          get: () => {
            throw new OfficeDoubleError('PropertyNotLoaded', `${prefix}${p} is not loaded`);
          },
          set: (v: unknown) => range.recordFormat(`${prefix}${p}`, v),
          enumerable: true,
        });
      return o;
    };
    this.fill = recorder('fill.', ['color']) as DoubleRangeFormat['fill'];
    this.font = recorder('font.', ['bold', 'italic', 'color', 'size', 'name']) as DoubleRangeFormat['font'];
    this.protection = recorder('protection.', ['locked']) as DoubleRangeFormat['protection'];
    this.borders = { getItem: (index: string) => recorder(`borders.${index}.`, ['style', 'color', 'weight']) as { style: string; color: string; weight: string } };
    const self = recorder('', ['wrapText', 'horizontalAlignment', 'verticalAlignment', 'columnWidth', 'rowHeight', 'useStandardHeight', 'useStandardWidth']);
    for (const key of Object.keys(self)) Object.defineProperty(this, key, Object.getOwnPropertyDescriptor(self, key)!);
  }
  /** Recorded as the format 'autofitRows' over the range: the double does not measure text. */
  autofitRows(): void {
    this.range.recordFormatCall('autofitRows');
  }
}

export class DoubleConditionalFormats {
  constructor(private readonly range: DoubleRange) {}
  add(type: string): { custom: { rule: { formula: string }; format: { fill: { color: string }; font: { color: string } } } } {
    const record: ConditionalFormatRecord = { area: { top: 0, left: 0, rows: 0, columns: 0 }, type };
    this.range.ctx.enqueue({ path: `${this.range.path}.conditionalFormats`, call: 'add', args: [type] }, () => {
      record.area = this.range.area();
      this.range.sheet().conditionalFormats.push(record);
    });
    const enqueue = (prop: string, v: string, f: () => void): void =>
      this.range.ctx.enqueue({ path: `${this.range.path}.conditionalFormats[]`, set: prop, value: v }, f);
    const writeOnly = (prop: string, f: (v: string) => void): Record<string, string> => {
      const o = {} as Record<string, string>;
      Object.defineProperty(o, prop.split('.').pop()!, {
        get: () => {
          throw new OfficeDoubleError('PropertyNotLoaded', `${prop} is not loaded`);
        },
        set: (v: string) => enqueue(prop, v, () => f(v)),
      });
      return o;
    };
    return {
      custom: {
        rule: writeOnly('rule.formula', (v) => (record.formula = v)) as { formula: string },
        format: {
          fill: writeOnly('format.fill.color', (v) => (record.fill = v)) as { color: string },
          font: writeOnly('format.font.color', (v) => (record.fontColor = v)) as { color: string },
        },
      },
    };
  }
  clearAll(): void {
    this.range.ctx.enqueue({ path: `${this.range.path}.conditionalFormats`, call: 'clearAll', args: [] }, () => {
      const a = this.range.area();
      const s = this.range.sheet();
      s.conditionalFormats = s.conditionalFormats.filter((f) => !overlaps(f.area, a));
    });
  }
}

/** range.dataValidation: rule, alert and prompt are recorded per range; clear() removes what overlaps. */
export class DoubleDataValidation {
  constructor(private readonly range: DoubleRange) {}
  private record(prop: 'rule' | 'errorAlert' | 'prompt', value: unknown): void {
    this.range.ctx.enqueue({ path: `${this.range.path}.dataValidation`, set: prop, value }, () => {
      const area = this.range.area();
      const list = this.range.sheet().validations;
      let found = list.find((v) => v.area.top === area.top && v.area.left === area.left && v.area.rows === area.rows && v.area.columns === area.columns);
      if (!found) list.push((found = { area }));
      found[prop] = value;
    });
  }
  set rule(v: unknown) {
    this.record('rule', v);
  }
  set errorAlert(v: unknown) {
    this.record('errorAlert', v);
  }
  set prompt(v: unknown) {
    this.record('prompt', v);
  }
  clear(): void {
    this.range.ctx.enqueue({ path: `${this.range.path}.dataValidation`, call: 'clear', args: [] }, () => {
      const a = this.range.area();
      const s = this.range.sheet();
      s.validations = s.validations.filter((v) => !overlaps(v.area, a));
    });
  }
}

/** worksheet.protection: protect() refuses an already protected sheet, as Excel does; unprotect() always succeeds. */
export class DoubleWorksheetProtection {
  constructor(private readonly ws: DoubleWorksheet) {}
  protect(options?: unknown): void {
    this.ws.ctx.enqueue({ path: `${this.ws.path}.protection`, call: 'protect', args: [options] }, () => {
      const s = this.ws.model();
      if (s.protection.protected) throw new OfficeDoubleError('InvalidOperation', 'The sheet is already protected');
      s.protection = { protected: true, options };
    });
  }
  unprotect(): void {
    this.ws.ctx.enqueue({ path: `${this.ws.path}.protection`, call: 'unprotect', args: [] }, () => {
      this.ws.model().protection = { protected: false };
    });
  }
}

export class DoubleChart {
  readonly title: { text: string };
  readonly axes: { valueAxis: { minimum: number; maximum: number } };
  constructor(
    private readonly ctx: DoubleContext,
    readonly path: string,
    private readonly record: () => ChartRecord,
    private readonly owner: () => SheetModel,
  ) {
    const writeOnly = <T>(prop: string, f: (r: ChartRecord, v: T) => void) => ({
      get: () => {
        throw new OfficeDoubleError('PropertyNotLoaded', `${prop} is not loaded`);
      },
      set: (v: T) => this.ctx.enqueue({ path: this.path, set: prop, value: v }, () => f(this.record(), v)),
    });
    this.title = Object.defineProperty({} as { text: string }, 'text', writeOnly<string>('title.text', (r, v) => (r.title = v)));
    const valueAxis = {} as { minimum: number; maximum: number };
    Object.defineProperty(valueAxis, 'minimum', writeOnly<number>('axes.valueAxis.minimum', (r, v) => (r.valueAxis.minimum = v)));
    Object.defineProperty(valueAxis, 'maximum', writeOnly<number>('axes.valueAxis.maximum', (r, v) => (r.valueAxis.maximum = v)));
    this.axes = { valueAxis };
    Object.defineProperty(this, 'width', writeOnly<number>('width', (r, v) => (r.width = v)));
    Object.defineProperty(this, 'height', writeOnly<number>('height', (r, v) => (r.height = v)));
  }
  setPosition(startCell: string | DoubleRange): void {
    const text = typeof startCell === 'string' ? startCell : startCell.path;
    this.ctx.enqueue({ path: this.path, call: 'setPosition', args: [text] }, () => (this.record().position = text));
  }
  delete(): void {
    this.ctx.enqueue({ path: this.path, call: 'delete', args: [] }, () => {
      const s = this.owner();
      s.charts = s.charts.filter((c) => c !== this.record());
    });
  }
}

/** worksheet.charts: add(type, source, seriesBy) records the chart with its source range; items load by sync. */
export class DoubleChartCollection extends Proxy {
  constructor(private readonly ws: DoubleWorksheet) {
    super(ws.ctx, `${ws.path}.charts`);
  }
  get items(): DoubleChart[] {
    return this.get('items');
  }
  protected readProps(): Record<string, unknown> {
    const s = this.ws.resolveOrNull();
    const records = s ? [...s.charts] : [];
    return { items: records.map((r, i) => new DoubleChart(this.ctx, `${this.path}[${i}]`, () => r, () => this.ws.model())) };
  }
  override load(props?: string | string[] | { select?: string }): this {
    const list = normaliseProps(props);
    this.ctx.enqueueLoad({ path: this.path, load: list }, () => {
      const { items } = this.readProps() as { items: DoubleChart[] };
      return () => {
        this.loaded.set('items', items);
        return json(items.map((c) => c.path));
      };
    });
    return this;
  }
  add(type: string, source: DoubleRange, seriesBy = 'Auto'): DoubleChart {
    let record: ChartRecord | null = null;
    this.ctx.enqueue({ path: this.path, call: 'add', args: [type, source.path, seriesBy] }, () => {
      const area = source.area();
      if (source.sheet() !== this.ws.model()) throw new OfficeDoubleError('InvalidArgument', 'The chart source is on another sheet');
      record = { type, source: area, seriesBy, valueAxis: {} };
      this.ws.model().charts.push(record);
    });
    const current = (): ChartRecord => {
      if (!record) throw new OfficeDoubleError('InvalidObjectPath', 'chart used before it was added');
      return record;
    };
    return new DoubleChart(this.ctx, `${this.path}.add(${JSON.stringify(type)})`, current, () => this.ws.model());
  }
}

/** The part of a custom-functions metadata file (functions.json) that decides how Excel calls a function. */
export interface CustomFunctionsMetadataLike {
  allowErrorForDataTypeAny?: boolean;
  allowCustomDataForDataTypeAny?: boolean;
  functions: { id: string; parameters: { type?: string }[] }[];
}

/** A worksheet value given to a function: a scalar, an error cell ({ error: '#N/A' }) or a range of them. */
export type SheetValue = Scalar | null | { error: string };
export type SheetArgument = SheetValue | SheetValue[][] | undefined;

/** What the cell shows: the function's value, or an Excel error with the message Excel would show (if any). */
export type CustomFunctionOutcome = { value: unknown } | { error: string; message?: string; ranFunction: boolean };

const isErrorCell = (v: unknown): v is { error: string } => typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as { error?: unknown }).error === 'string';

/**
 * Excel's calling of a custom function ("Errors as custom function inputs", custom-functions-errors.md;
 * `allowErrorForDataTypeAny`, custom-functions-json.md): an error value in an argument reaches the
 * function only if the metadata sets allowErrorForDataTypeAny and the parameter's type is `any`
 * (scalar or matrix). Otherwise Excel does not run the function and the cell shows that error, with
 * no message. An error that reaches the function arrives as an object: the data-type form
 * ({ type: 'Error', basicValue: '#N/A' }) when the metadata also allows custom data, else { code }.
 * A thrown CustomFunctions.Error ({ code, message }) becomes the cell's error with its message.
 */
export const callCustomFunction = (
  metadata: CustomFunctionsMetadataLike,
  id: string,
  implementation: (...args: never[]) => unknown,
  args: SheetArgument[],
): CustomFunctionOutcome => {
  const declared = metadata.functions.find((f) => f.id === id);
  if (!declared) throw new Error(`No function ${id} in the metadata: Excel shows #NAME?`);
  const errorInput = (code: string): unknown =>
    metadata.allowCustomDataForDataTypeAny ? { type: 'Error', basicType: 'Error', basicValue: code } : { code };
  const passed: unknown[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const acceptsErrors = metadata.allowErrorForDataTypeAny === true && declared.parameters[i]?.type === 'any';
    const cells: SheetValue[] = Array.isArray(arg) ? arg.flat() : [arg ?? null];
    const firstError = cells.find(isErrorCell);
    if (firstError && !acceptsErrors) return { error: firstError.error, ranFunction: false };
    const convert = (v: SheetValue): unknown => (isErrorCell(v) ? errorInput(v.error) : v);
    passed.push(Array.isArray(arg) ? arg.map((row) => row.map(convert)) : arg === undefined ? undefined : convert(arg));
  }
  try {
    return { value: (implementation as (...a: unknown[]) => unknown)(...passed) };
  } catch (thrown) {
    const e = thrown as { code?: unknown; message?: unknown };
    if (typeof e?.code === 'string' && e.code.startsWith('#')) return { error: e.code, message: typeof e.message === 'string' ? e.message : undefined, ranFunction: true };
    return { error: '#VALUE!', ranFunction: true }; // Excel's answer to any other exception
  }
};
