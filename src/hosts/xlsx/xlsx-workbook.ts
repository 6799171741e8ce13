import type ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import type { SheetSpec } from '../../grid/sheet-spec';
import { sheetNotFound } from '../host-error';
import type { Grid } from '../../grid/grid';
import type { DeferredSheet, SheetInfo, WorkbookPort, WriteReport } from '../port';
import { specGrid } from '../rendered-grid';
import { joinState, splitState, STATE_SHEET } from '../state-sheet';
import { FastXlsx } from './fast/read-book';
import type { WholeInflater } from './fast/zip';
import { chartDataOf, type ChartData } from '../chart-data';
import { addCharts, injectCharts } from './inject-charts';
import { splicePackage, SpliceUnsupported, type SaveFormat } from './splice/splice-package';
import type { WholeDeflater } from './splice/raw-zip';
import { renderSpec } from './render-spec';
import { worksheetToGrid } from './worksheet-grid';
import { assertXlsxBytes, toBytes } from './xlsx-format';

export interface SaveOptions {
  /** 'xlsm' keeps the user's macros (the file must then be named .xlsm); 'xlsx', the default, leaves them out. */
  format?: SaveFormat;
}

export interface GridSheetOptions {
  state?: 'visible' | 'hidden' | 'veryHidden';
}

type SheetState = NonNullable<GridSheetOptions['state']>;

/** A change to the workbook, kept to be applied to ExcelJS's models when they are made (ExcelJS is loaded only to save). */
type Pending =
  | { kind: 'spec'; name: string; spec: () => SheetSpec }
  | { kind: 'grid'; grid: Grid; options: GridSheetOptions }
  | { kind: 'delete'; name: string }
  | { kind: 'state'; json: string };

/** ExcelJS on demand: a separate chunk in the browser, not even required by a CLI run that writes nothing. */
const loadExcelJs = async (): Promise<typeof ExcelJS> => {
  const module = (await import('exceljs')) as unknown as { default?: typeof ExcelJS } & typeof ExcelJS;
  return module.default ?? module;
};

/**
 * WorkbookPort over an .xlsx held in memory. Runs in Node and in browsers; the file-system helpers live
 * in xlsx-file.ts. The user's sheets are read by the direct reader (fast/), sparse and bounded; a sheet
 * written from a spec reads back from the spec (rendered-grid.ts).
 *
 * Saving (toBuffer) a book opened from bytes splices: ExcelJS renders only the sheets written in this
 * session, in a workbook of their own, and those are put into the user's package, every other part of
 * which is copied as stored (splice/). ExcelJS loads the whole book (`workbook()`) only for a book made
 * empty, a package splicing cannot handle (splice-package.ts: spliceBlocker), or when a caller asked for
 * that model — it may have been edited, so it is what gets saved.
 */
export class XlsxWorkbook implements WorkbookPort {
  /** The whole book in ExcelJS, loaded only by workbook(). */
  private excel: ExcelJS.Workbook | null = null;
  /** Opora's written sheets alone in an ExcelJS workbook: what a raw grid sheet written in this session reads back from. */
  private rendered: ExcelJS.Workbook | null = null;
  /** Every write, in order: applied to each model when it is made, and to the models already made as it comes. */
  private readonly log: Pending[] = [];
  /** The tab order and visibility as they are now, writes and deletions included. */
  private readonly order: { name: string; state: SheetState }[];
  /** Sheets written in this session: read back from their spec, or from ExcelJS's model once it is loaded. */
  private readonly written = new Set<string>();
  /** Charts of the sheets written in this session, added to the package on save (ExcelJS writes none); kept as the writes are applied. */
  private readonly charts = new Map<string, ChartData[]>();
  private stateJson: string | null | undefined;

  private constructor(
    private readonly source: FastXlsx | null,
    private readonly bytes: Uint8Array | null,
    private readonly label: string,
    private readonly inflate?: WholeInflater,
    private readonly deflate?: WholeDeflater,
  ) {
    this.order = source ? source.sheets.map((s) => ({ name: s.name, state: s.state })) : [];
  }

  /** `inflate`, `deflate`: faster codecs where the platform has them (Node's zlib: node-inflate.ts, node-deflate.ts). */
  static async fromBuffer(buf: ArrayBuffer | Uint8Array, label = 'книга', inflate?: WholeInflater, deflate?: WholeDeflater): Promise<XlsxWorkbook> {
    const bytes = toBytes(buf);
    assertXlsxBytes(bytes, label);
    return new XlsxWorkbook(new FastXlsx(bytes, label, undefined, inflate), bytes, label, inflate, deflate);
  }

  static empty(): XlsxWorkbook {
    return new XlsxWorkbook(null, null, 'книга');
  }

  /** ExcelJS's model of the whole workbook with every write applied (loads ExcelJS the first time). Once made, saving writes it. */
  async workbook(): Promise<ExcelJS.Workbook> {
    if (!this.excel) {
      const Excel = await loadExcelJs();
      if (this.bytes) {
        const { loadWorkbook } = await import('./load-exceljs');
        this.excel = await loadWorkbook(this.bytes, this.label);
      } else this.excel = new Excel.Workbook();
      for (const p of this.log) this.apply(this.excel, p);
    }
    return this.excel;
  }

  /** The saved .xlsx: spliced into the user's package when the book came from bytes (see the class comment). */
  async toBuffer(options: SaveOptions = {}): Promise<Uint8Array> {
    if (!this.bytes || this.excel) return this.rewriteWhole();
    try {
      return await splicePackage({
        original: this.bytes,
        render: (sheet) => this.renderAlone(sheet),
        tabs: this.order,
        written: this.written,
        format: options.format ?? 'xlsx',
        ...(this.inflate ? { inflate: this.inflate } : {}),
        ...(this.deflate ? { deflate: this.deflate } : {}),
      });
    } catch (e) {
      if (e instanceof SpliceUnsupported) return this.rewriteWhole();
      throw e;
    }
  }

  /**
   * One written sheet alone in an ExcelJS workbook with the book's date system, as a package with its
   * charts: a save renders Opora's sheets one at a time, so only one of a country's sheets is in ExcelJS at once.
   */
  private async renderAlone(sheet: string): Promise<Record<string, Uint8Array>> {
    const Excel = await loadExcelJs();
    const wb = new Excel.Workbook();
    if (this.source?.date1904) wb.properties.date1904 = true;
    this.apply(wb, this.lastWrite(sheet));
    const written = await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as ExcelJS.XlsxWriteOptions);
    const files = unzipSync(new Uint8Array(written));
    addCharts(files, this.charts.get(sheet) ?? []);
    return files;
  }

  /** The save through ExcelJS's model of the whole book: every part ExcelJS cannot model is lost. */
  async rewriteWhole(): Promise<Uint8Array> {
    const wb = await this.workbook();
    this.activateFirstVisibleSheet(wb);
    return injectCharts(new Uint8Array(await wb.xlsx.writeBuffer()), [...this.charts.values()].flat());
  }

  /** The written sheets alone, in an ExcelJS workbook with the book's date system: what a raw grid sheet reads back from. */
  private async renderedSheets(): Promise<ExcelJS.Workbook> {
    if (!this.rendered) {
      const Excel = await loadExcelJs();
      const wb = new Excel.Workbook();
      if (this.source?.date1904) wb.properties.date1904 = true;
      for (const p of this.log) this.apply(wb, p);
      this.rendered = wb;
    }
    return this.rendered;
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.order.filter((s) => s.name !== STATE_SHEET).map((s) => ({ name: s.name, visible: s.state === 'visible' }));
  }

  async readGrids(sheets: string[]): Promise<Grid[]> {
    for (const name of sheets) if (!this.order.some((s) => s.name === name)) throw sheetNotFound(name);
    const fromSource = sheets.filter((n) => !this.written.has(n));
    const read = new Map((this.source && fromSource.length > 0 ? await this.source.read(fromSource) : []).map((g) => [g.sheet, g]));
    for (const name of sheets) {
      if (!this.written.has(name)) continue;
      // A sheet written from a spec reads back from the spec unless the whole book is in ExcelJS (it may have been edited there).
      const spec = this.excel ? undefined : this.lastSpec(name);
      read.set(name, spec ? specGrid(spec) : worksheetToGrid((this.excel ?? (await this.renderedSheets())).getWorksheet(name)!));
    }
    return sheets.map((n) => read.get(n)!);
  }

  async writeSheet(spec: SheetSpec): Promise<WriteReport> {
    this.change({ kind: 'spec', name: spec.name, spec: () => spec }, spec.name, 'visible');
    return { sheet: spec.name, rows: spec.rows.length, syncs: 0, largestPayloadBytes: 0 };
  }

  async writeDeferred(sheet: DeferredSheet): Promise<WriteReport> {
    let built: SheetSpec | undefined;
    this.change({ kind: 'spec', name: sheet.name, spec: () => (built ??= sheet.build()) }, sheet.name, 'visible');
    return { sheet: sheet.name, rows: sheet.rows, syncs: 0, largestPayloadBytes: 0 };
  }

  /** Writes raw grid values and merges (fixtures, sample workbooks). Formulas are written with their values as cached results. */
  async writeGridSheet(grid: Grid, options: GridSheetOptions = {}): Promise<void> {
    this.change({ kind: 'grid', grid, options }, grid.sheet, options.state ?? 'visible');
  }

  async deleteSheet(name: string): Promise<void> {
    const at = this.order.findIndex((s) => s.name === name);
    if (at < 0) return;
    this.order.splice(at, 1);
    this.written.delete(name);
    if (name === STATE_SHEET) this.stateJson = null;
    this.enqueue({ kind: 'delete', name });
  }

  async loadState(): Promise<string | null> {
    if (this.stateJson !== undefined) return this.stateJson;
    if (!this.source || !this.order.some((s) => s.name === STATE_SHEET)) return null;
    const grid = this.source.readGrids([STATE_SHEET])[0];
    return joinState(grid.values.map((row) => row[0]));
  }

  async saveState(json: string): Promise<void> {
    this.stateJson = json;
    this.change({ kind: 'state', json }, STATE_SHEET, 'veryHidden');
  }

  /** The last write of a sheet written in this session. */
  private lastWrite(name: string): Pending {
    for (let i = this.log.length - 1; i >= 0; i--) {
      const p = this.log[i];
      const sheet = p.kind === 'grid' ? p.grid.sheet : p.kind === 'state' ? STATE_SHEET : p.name;
      if (sheet === name) return p;
    }
    throw new Error(`no write of «${name}»`);
  }

  /** The spec of the last write of `name`, when that write was a spec. */
  private lastSpec(name: string): SheetSpec | undefined {
    for (let i = this.log.length - 1; i >= 0; i--) {
      const p = this.log[i];
      if (p.kind === 'spec' && p.name === name) return p.spec();
      if ((p.kind === 'grid' && p.grid.sheet === name) || (p.kind === 'delete' && p.name === name)) return undefined;
    }
    return undefined;
  }

  private change(p: Pending, name: string, state: SheetState): void {
    const existing = this.order.find((s) => s.name === name);
    if (existing) existing.state = state;
    else {
      this.order.push({ name, state });
      // Opora's state sheet stays last, as replaceSheet keeps it in ExcelJS's model.
      const stateAt = this.order.findIndex((s) => s.name === STATE_SHEET);
      if (stateAt >= 0 && stateAt < this.order.length - 1) this.order.push(...this.order.splice(stateAt, 1));
    }
    this.written.add(name);
    this.enqueue(p);
  }

  private enqueue(p: Pending): void {
    this.log.push(p);
    if (this.excel) this.apply(this.excel, p);
    if (this.rendered) this.apply(this.rendered, p);
  }

  private apply(wb: ExcelJS.Workbook, p: Pending): void {
    switch (p.kind) {
      case 'spec': {
        const spec = p.spec();
        renderSpec(this.replaceSheet(wb, p.name), spec);
        const charts = chartDataOf(spec);
        if (charts.length > 0) this.charts.set(p.name, charts);
        else this.charts.delete(p.name);
        return;
      }
      case 'grid':
        this.charts.delete(p.grid.sheet);
        this.renderGrid(this.replaceSheet(wb, p.grid.sheet), p.grid, p.options);
        return;
      case 'delete': {
        this.charts.delete(p.name);
        const ws = wb.getWorksheet(p.name);
        if (ws) wb.removeWorksheet(ws.id);
        return;
      }
      case 'state': {
        const ws = this.replaceSheet(wb, STATE_SHEET);
        splitState(p.json).forEach((chunk, i) => {
          ws.getCell(i + 1, 1).value = chunk;
        });
        ws.state = 'veryHidden';
      }
    }
  }

  private renderGrid(ws: ExcelJS.Worksheet, grid: Grid, options: GridSheetOptions): void {
    grid.values.forEach((cells, r) => {
      const row = ws.getRow(r + 1);
      cells.forEach((v, c) => {
        const formula = grid.formulas?.[r]?.[c];
        const value: ExcelJS.CellValue =
          v !== null && typeof v === 'object' ? { error: v.code as ExcelJS.CellErrorValue['error'] } : v;
        if (formula) row.getCell(c + 1).value = { formula, result: value ?? undefined } as ExcelJS.CellFormulaValue;
        else if (value !== null) row.getCell(c + 1).value = value;
      });
    });
    for (const m of grid.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    ws.state = options.state ?? 'visible';
  }

  /** ExcelJS keeps the tab order in an untyped orderNo field; worksheets are listed sorted by it. */
  private static orderOf(ws: ExcelJS.Worksheet): { orderNo: number } {
    return ws as unknown as { orderNo: number };
  }

  /** An empty worksheet named `name`, taking the old one's place in the tab order if it existed. */
  private replaceSheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
    const old = wb.getWorksheet(name);
    const orderNo = old ? XlsxWorkbook.orderOf(old).orderNo : undefined;
    if (old) wb.removeWorksheet(old.id);
    const ws = wb.addWorksheet(name);
    if (orderNo !== undefined) XlsxWorkbook.orderOf(ws).orderNo = orderNo;
    else XlsxWorkbook.keepStateSheetLast(wb);
    return ws;
  }

  private static keepStateSheetLast(wb: ExcelJS.Workbook): void {
    const state = wb.getWorksheet(STATE_SHEET);
    if (!state) return;
    XlsxWorkbook.orderOf(state).orderNo = Math.max(...wb.worksheets.map((ws) => XlsxWorkbook.orderOf(ws).orderNo)) + 1;
  }

  /** Excel refuses to open a workbook whose active tab is a hidden sheet. */
  private activateFirstVisibleSheet(wb: ExcelJS.Workbook): void {
    const index = wb.worksheets.findIndex((ws) => ws.state === 'visible');
    if (index < 0) return;
    const view = wb.views?.[0];
    const activeTab = view?.activeTab ?? 0;
    if (wb.worksheets[activeTab]?.state === 'visible') return;
    const base: ExcelJS.WorkbookView = { x: 0, y: 0, width: 10000, height: 20000, visibility: 'visible', firstSheet: 0, activeTab: 0 };
    wb.views = [{ ...base, ...view, firstSheet: index, activeTab: index }];
  }
}
