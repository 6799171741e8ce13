import ExcelJS from 'exceljs';
import type { SheetSpec } from '../../tables/sheet-spec';
import { sheetNotFound } from '../host-error';
import type { Grid, SheetInfo, WorkbookPort, WriteReport } from '../port';
import { joinState, splitState, STATE_SHEET } from '../state-sheet';
import { loadWorkbook } from './load-workbook';
import { chartDataOf, type ChartData } from '../chart-data';
import { injectCharts } from './inject-charts';
import { renderSpec } from './render-spec';
import { worksheetToGrid } from './worksheet-grid';

export interface GridSheetOptions {
  state?: 'visible' | 'hidden' | 'veryHidden';
}

/**
 * WorkbookPort over an .xlsx held in memory by ExcelJS. Runs in Node and in browsers; the file-system
 * helpers live in xlsx-file.ts.
 */
export class XlsxWorkbook implements WorkbookPort {
  /** Charts of the sheets written in this session, added to the package on save (ExcelJS writes none). */
  private readonly charts = new Map<string, ChartData[]>();

  private constructor(readonly workbook: ExcelJS.Workbook) {}

  static async fromBuffer(buf: ArrayBuffer | Uint8Array, label?: string): Promise<XlsxWorkbook> {
    return new XlsxWorkbook(await loadWorkbook(buf, label));
  }

  static empty(): XlsxWorkbook {
    return new XlsxWorkbook(new ExcelJS.Workbook());
  }

  async toBuffer(): Promise<Uint8Array> {
    this.activateFirstVisibleSheet();
    const written = new Uint8Array(await this.workbook.xlsx.writeBuffer());
    return injectCharts(written, [...this.charts.values()].flat());
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.workbook.worksheets.filter((ws) => ws.name !== STATE_SHEET).map((ws) => ({ name: ws.name, visible: ws.state === 'visible' }));
  }

  async readGrids(sheets: string[]): Promise<Grid[]> {
    return sheets.map((name) => {
      const ws = this.workbook.getWorksheet(name);
      if (!ws) throw sheetNotFound(name);
      return worksheetToGrid(ws);
    });
  }

  async writeSheet(spec: SheetSpec): Promise<WriteReport> {
    renderSpec(this.replaceSheet(spec.name), spec);
    const charts = chartDataOf(spec);
    if (charts.length > 0) this.charts.set(spec.name, charts);
    return { sheet: spec.name, rows: spec.rows.length, syncs: 0, largestPayloadBytes: 0 };
  }

  /** Writes raw grid values and merges (fixtures, sample workbooks). Formulas are written with their values as cached results. */
  async writeGridSheet(grid: Grid, options: GridSheetOptions = {}): Promise<void> {
    const ws = this.replaceSheet(grid.sheet);
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

  async deleteSheet(name: string): Promise<void> {
    const ws = this.workbook.getWorksheet(name);
    if (ws) this.workbook.removeWorksheet(ws.id);
    this.charts.delete(name);
  }

  async loadState(): Promise<string | null> {
    const ws = this.workbook.getWorksheet(STATE_SHEET);
    if (!ws) return null;
    const column: unknown[] = [];
    ws.getColumn(1).eachCell({ includeEmpty: false }, (cell) => column.push(cell.value));
    return joinState(column);
  }

  async saveState(json: string): Promise<void> {
    const ws = this.replaceSheet(STATE_SHEET);
    splitState(json).forEach((chunk, i) => {
      ws.getCell(i + 1, 1).value = chunk;
    });
    ws.state = 'veryHidden';
  }

  /** ExcelJS keeps the tab order in an untyped orderNo field; worksheets are listed sorted by it. */
  private static orderOf(ws: ExcelJS.Worksheet): { orderNo: number } {
    return ws as unknown as { orderNo: number };
  }

  /** An empty worksheet named `name`, taking the old one's place in the tab order if it existed. */
  private replaceSheet(name: string): ExcelJS.Worksheet {
    const old = this.workbook.getWorksheet(name);
    this.charts.delete(name);
    const orderNo = old ? XlsxWorkbook.orderOf(old).orderNo : undefined;
    if (old) this.workbook.removeWorksheet(old.id);
    const ws = this.workbook.addWorksheet(name);
    if (orderNo !== undefined) XlsxWorkbook.orderOf(ws).orderNo = orderNo;
    else this.keepStateSheetLast();
    return ws;
  }

  private keepStateSheetLast(): void {
    const state = this.workbook.getWorksheet(STATE_SHEET);
    if (!state) return;
    XlsxWorkbook.orderOf(state).orderNo = Math.max(...this.workbook.worksheets.map((ws) => XlsxWorkbook.orderOf(ws).orderNo)) + 1;
  }

  /** Excel refuses to open a workbook whose active tab is a hidden sheet. */
  private activateFirstVisibleSheet(): void {
    const index = this.workbook.worksheets.findIndex((ws) => ws.state === 'visible');
    if (index < 0) return;
    const view = this.workbook.views?.[0];
    const activeTab = view?.activeTab ?? 0;
    if (this.workbook.worksheets[activeTab]?.state === 'visible') return;
    const base: ExcelJS.WorkbookView = { x: 0, y: 0, width: 10000, height: 20000, visibility: 'visible', firstSheet: 0, activeTab: 0 };
    this.workbook.views = [{ ...base, ...view, firstSheet: index, activeTab: index }];
  }
}
