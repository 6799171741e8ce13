import { columnLetter, type SheetSpec, type SpecCell } from '../../tables/sheet-spec';
import { escapeHeaderText, FOOTER_LOOK, isFormulaCell, ROW_STYLE_LOOK, SHEET_STYLE, specLayout, specMatrix, withEquals, type CellLook, type SpecLayout } from '../sheet-style';
import { estimateRowHeights } from '../row-heights';
import { jsonBytes, planRowChunks } from './row-chunks';

export interface WriteLimits {
  requestBudgetBytes: number;
  maxChunkRows: number;
}

export const DEFAULT_WRITE_LIMITS: WriteLimits = { requestBudgetBytes: 2_500_000, maxChunkRows: 20_000 };

/** A cell as range.formulas takes it: formulas with '=', constants as they are, '' for empty. */
const officeInput = (v: SpecCell): string | number | boolean => (v === null ? '' : isFormulaCell(v) ? withEquals(v.formula) : v);

/**
 * Text cells get the text format '@' before their values are written, so Excel stores every string
 * as typed: «=SUM()» stays text, «0012» keeps its zeros, «3,5» does not turn into a number. The other
 * cells take their column's number format.
 */
const officeFormat = (v: SpecCell, columnFormat: string | undefined): string =>
  typeof v === 'string' && v !== '' ? SHEET_STYLE.textFormat : (columnFormat ?? 'General');

/** Excel character units to the points Office.js uses for column widths (7 px per character plus 5 px padding, 0.75 pt per px). */
export const columnWidthPoints = (characters: number): number => Math.round((characters * 7 + 5) * 0.75 * 100) / 100;

/** Office.js format writes queued for one sheet: an estimate of their request size travels with them. */
type FormatStep = (ws: Excel.Worksheet) => void;
const FORMAT_OP_BYTES = 200;

const lookSteps = (range: (ws: Excel.Worksheet) => Excel.Range, look: CellLook): FormatStep[] => {
  const steps: FormatStep[] = [];
  if (look.bold) steps.push((ws) => (range(ws).format.font.bold = true));
  if (look.italic) steps.push((ws) => (range(ws).format.font.italic = true));
  if (look.fontColor) steps.push((ws) => (range(ws).format.font.color = look.fontColor!));
  if (look.fill) steps.push((ws) => (range(ws).format.fill.color = look.fill!));
  return steps;
};

/** Consecutive data rows sharing one style become one range. */
const styledRuns = (spec: SheetSpec): { start: number; count: number; look: CellLook }[] => {
  const byRow = new Map<number, string>();
  for (const { row, style } of spec.rowStyles ?? []) if (row >= 0 && row < spec.rows.length) byRow.set(row, style);
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  const runs: { start: number; count: number; style: string }[] = [];
  for (const r of rows) {
    const last = runs[runs.length - 1];
    if (last && last.style === byRow.get(r) && last.start + last.count === r) last.count++;
    else runs.push({ start: r, count: 1, style: byRow.get(r)! });
  }
  return runs.map((r) => ({ start: r.start, count: r.count, look: ROW_STYLE_LOOK[r.style as keyof typeof ROW_STYLE_LOOK] }));
};

const formatSteps = (spec: SheetSpec, layout: SpecLayout): FormatStep[] => {
  const w = layout.width;
  const rows = (top1: number, count: number, left = 0, columns = w) => (ws: Excel.Worksheet) => ws.getRangeByIndexes(top1 - 1, left, count, columns);
  const steps: FormatStep[] = [];

  for (let t = 1; t <= layout.titleRows; t++) {
    const title = rows(t, 1);
    if (w > 1) steps.push((ws) => title(ws).merge(false));
    steps.push((ws) => (title(ws).format.font.bold = true), (ws) => (title(ws).format.wrapText = true));
    if (t === 1) steps.push((ws) => (title(ws).format.font.size = SHEET_STYLE.titleFontSize));
  }
  if (layout.headerRows > 0) {
    const header = rows(layout.firstHeaderRow, layout.headerRows);
    steps.push(
      (ws) => (header(ws).format.font.bold = true),
      (ws) => (header(ws).format.fill.color = SHEET_STYLE.headerFill),
      (ws) => (header(ws).format.wrapText = true),
      (ws) => (header(ws).format.horizontalAlignment = 'Center'),
      (ws) => (header(ws).format.verticalAlignment = 'Center'),
    );
    const edges = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
    if (w > 1) edges.push('InsideVertical');
    if (layout.headerRows > 1) edges.push('InsideHorizontal');
    for (const edge of edges)
      steps.push((ws) => {
        const border = header(ws).format.borders.getItem(edge as Excel.BorderIndex);
        border.style = 'Continuous';
        border.color = SHEET_STYLE.borderColor;
      });
  }
  spec.columns.forEach((col, c) => {
    if (col.width !== undefined) {
      const points = columnWidthPoints(col.width);
      steps.push((ws) => (ws.getRange(`${columnLetter(c)}:${columnLetter(c)}`).format.columnWidth = points));
    }
    if (col.hidden) steps.push((ws) => (ws.getRange(`${columnLetter(c)}:${columnLetter(c)}`).columnHidden = true));
    if (col.wrap && spec.rows.length > 0) {
      const data = rows(layout.firstDataRow, spec.rows.length, c, 1);
      steps.push((ws) => (data(ws).format.wrapText = true));
    }
  });
  const bodyRows = layout.totalRows - layout.firstDataRow + 1;
  // Top-aligned, so a row grown for one wrapped cell still reads from its first line.
  if (bodyRows > 0) steps.push((ws) => (rows(layout.firstDataRow, bodyRows)(ws).format.verticalAlignment = 'Top'));
  for (const run of styledRuns(spec)) steps.push(...lookSteps(rows(layout.firstDataRow + run.start, run.count), run.look));
  if (layout.totalRows >= layout.firstFooterRow) steps.push(...lookSteps(rows(layout.firstFooterRow, layout.totalRows - layout.firstFooterRow + 1), FOOTER_LOOK));

  // Excel fits rows to wrapped text only when it edits them. AutoFit skips merged cells, so the merged
  // title rows get the estimated height instead.
  const fittedRows = layout.totalRows - layout.titleRows;
  if (fittedRows > 0) steps.push((ws) => rows(layout.firstHeaderRow, fittedRows)(ws).format.autofitRows());
  estimateRowHeights(spec)
    .slice(0, layout.titleRows)
    .forEach((height, t) => {
      if (height !== null) steps.push((ws) => (rows(t + 1, 1)(ws).format.rowHeight = height));
    });

  if (spec.rows.length > 0)
    for (const rule of spec.conditionalFormats ?? []) {
      const target = rows(layout.firstDataRow, spec.rows.length, rule.firstColumn, rule.lastColumn - rule.firstColumn + 1);
      steps.push((ws) => {
        // 'Custom' is Excel.ConditionalFormatType.custom; the string keeps the Excel global out of the code path.
        const cf = target(ws).conditionalFormats.add('Custom' as Excel.ConditionalFormatType.custom);
        cf.custom.rule.formula = withEquals(rule.formula);
        cf.custom.format.fill.color = rule.fill;
        if (rule.fontColor) cf.custom.format.font.color = rule.fontColor;
      });
    }

  const frozenRows = spec.freezeHeader ? layout.lastHeaderRow : 0;
  const frozenColumns = spec.freezeColumns ?? 0;
  if (frozenRows > 0 && frozenColumns > 0) steps.push((ws) => ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, frozenRows, frozenColumns)));
  else if (frozenRows > 0) steps.push((ws) => ws.freezePanes.freezeRows(frozenRows));
  else if (frozenColumns > 0) steps.push((ws) => ws.freezePanes.freezeColumns(frozenColumns));

  if (spec.autoFilter && layout.headerRows > 0) {
    const filtered = rows(layout.lastHeaderRow, Math.max(layout.lastHeaderRow, layout.lastDataRow) - layout.lastHeaderRow + 1);
    steps.push((ws) => ws.autoFilter.apply(filtered(ws)));
  }

  const print = spec.print;
  if (print) {
    steps.push((ws) => (ws.pageLayout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait'));
    steps.push((ws) => (ws.pageLayout.paperSize = print.paperSize ?? 'A4'));
    if (print.fitToWidth) steps.push((ws) => (ws.pageLayout.zoom = { horizontalFitToPages: print.pagesWide ?? 1, verticalFitToPages: 0 }));
    if (print.repeatHeaderRows && layout.headerRows > 0)
      steps.push((ws) => ws.pageLayout.setPrintTitleRows(`$${layout.firstHeaderRow}:$${layout.lastHeaderRow}`));
    if (print.repeatColumns) {
      const last = columnLetter(print.repeatColumns - 1);
      steps.push((ws) => ws.pageLayout.setPrintTitleColumns(`$A:$${last}`));
    }
    if (print.centerHeader) {
      const text = escapeHeaderText(print.centerHeader);
      steps.push((ws) => (ws.pageLayout.headersFooters.defaultForAllPages.centerHeader = text));
    }
  }
  if (spec.tabColor) steps.push((ws) => (ws.tabColor = spec.tabColor!));
  return steps;
};

/** One request's worth of work: rows [start, end) of the sheet's cells, and maybe the formatting. */
export interface WriteStep {
  bytes: number;
  apply: (ws: Excel.Worksheet) => void;
}

/**
 * Plans a SheetSpec as requests under the budget: whole 2-D arrays of number formats then formulas per
 * row chunk, the formatting (over whole ranges and as rules) riding with the last chunk when it fits.
 */
export const planSpecWrite = (spec: SheetSpec, limits: WriteLimits = DEFAULT_WRITE_LIMITS): WriteStep[] => {
  const layout = specLayout(spec);
  const matrix = specMatrix(spec, layout.width);
  const inputs = matrix.map((row) => row.map(officeInput));
  const isBodyRow = (r: number): boolean => r + 1 >= layout.firstDataRow;
  const formats = matrix.map((row, r) => row.map((v, c) => officeFormat(v, isBodyRow(r) ? spec.columns[c]?.numberFormat : undefined)));
  const rowBytes = inputs.map((row, r) => jsonBytes(row) + jsonBytes(formats[r]) + 2);
  const steps: WriteStep[] = planRowChunks(rowBytes, limits.requestBudgetBytes, limits.maxChunkRows).map((chunk) => ({
    bytes: chunk.bytes,
    apply: (ws) => {
      const range = ws.getRangeByIndexes(chunk.start, 0, chunk.end - chunk.start, layout.width);
      range.numberFormat = formats.slice(chunk.start, chunk.end);
      range.formulas = inputs.slice(chunk.start, chunk.end);
    },
  }));
  const formatting = formatSteps(spec, layout);
  const formatBytes = formatting.length * FORMAT_OP_BYTES;
  const applyFormats = (ws: Excel.Worksheet): void => formatting.forEach((f) => f(ws));
  const last = steps[steps.length - 1];
  if (last && last.bytes + formatBytes <= limits.requestBudgetBytes) {
    steps[steps.length - 1] = {
      bytes: last.bytes + formatBytes,
      apply: (ws) => {
        last.apply(ws);
        applyFormats(ws);
      },
    };
  } else steps.push({ bytes: formatBytes, apply: applyFormats });
  return steps;
};
