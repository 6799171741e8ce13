import { columnLetter } from '../../grid/column-letter';
import type { SheetSpec, SpecCell, ValidationRule } from '../../grid/sheet-spec';
import { escapeHeaderText, FOOTER_LOOK, isFormulaCell, ROW_STYLE_LOOK, SHEET_STYLE, specLayout, specMatrix, withEquals, type CellLook, type SpecLayout } from '../sheet-style';
import { estimateRowHeights } from '../row-heights';
import { jsonBytes, planRowChunks } from './row-chunks';
import { VALIDATION_SPARE_ROWS } from '../validation-rows';

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

/**
 * Office.js format writes queued for one sheet, each tagged with the cosmetic group it belongs to. A step
 * whose effect a host may drop without an error queues a read-back (`verify`): after the sync the
 * returned check says whether the setting took.
 */
type FormatStep = { group: CosmeticGroupId; apply: (ws: Excel.Worksheet) => void; verify?: (ws: Excel.Worksheet) => () => boolean };
const FORMAT_OP_BYTES = 200;

/**
 * Formatting and print settings, in groups that succeed or fail on their own: a host may refuse one
 * (a protected sheet refuses the filter, some hosts the print scale) and the data must stand anyway.
 */
export const COSMETIC_GROUPS = {
  layout: { ru: 'оформление (шрифты, заливка, границы, ширина столбцов, высота строк)', en: 'formatting (fonts, fills, borders, column widths, row heights)' },
  rules: { ru: 'условное форматирование', en: 'conditional formatting' },
  panes: { ru: 'закрепление заголовка', en: 'frozen header' },
  filter: { ru: 'фильтр', en: 'filter' },
  orientation: { ru: 'ориентация страницы при печати', en: 'print orientation' },
  paperSize: { ru: 'размер бумаги', en: 'paper size' },
  zoom: { ru: 'масштаб печати «по ширине страницы»', en: 'print scaling to the page width' },
  printTitles: { ru: 'сквозные строки и столбцы заголовка при печати', en: 'header rows and columns repeated on printed pages' },
  pageHeader: { ru: 'колонтитул', en: 'page header' },
  tabColor: { ru: 'цвет ярлыка листа', en: 'sheet tab colour' },
  validation: { ru: 'проверка вводимых значений', en: 'data validation' },
  charts: { ru: 'диаграммы', en: 'charts' },
  protection: { ru: 'защита листа', en: 'sheet protection' },
} as const;
export type CosmeticGroupId = keyof typeof COSMETIC_GROUPS;

const inGroup =
  (group: CosmeticGroupId) =>
  (apply: (ws: Excel.Worksheet) => void): FormatStep => ({ group, apply });
const layoutStep = inGroup('layout');

const lookSteps = (range: (ws: Excel.Worksheet) => Excel.Range, look: CellLook): FormatStep[] => {
  const steps: FormatStep[] = [];
  if (look.bold) steps.push(layoutStep((ws) => (range(ws).format.font.bold = true)));
  if (look.italic) steps.push(layoutStep((ws) => (range(ws).format.font.italic = true)));
  if (look.fontColor) steps.push(layoutStep((ws) => (range(ws).format.font.color = look.fontColor!)));
  if (look.fill) steps.push(layoutStep((ws) => (range(ws).format.fill.color = look.fill!)));
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
  const steps: FormatStep[] = [
    // A rewritten sheet drops the old heights and widths first (cosmetic: reported, never fatal, if refused).
    layoutStep((ws) => (ws.getRange().format.useStandardHeight = true)),
    layoutStep((ws) => (ws.getRange().format.useStandardWidth = true)),
  ];

  for (let t = 1; t <= layout.titleRows; t++) {
    const title = rows(t, 1);
    if (w > 1) steps.push(layoutStep((ws) => title(ws).merge(false)));
    steps.push(layoutStep((ws) => (title(ws).format.font.bold = true)), layoutStep((ws) => (title(ws).format.wrapText = true)));
    if (t === 1) steps.push(layoutStep((ws) => (title(ws).format.font.size = SHEET_STYLE.titleFontSize)));
  }
  if (layout.headerRows > 0) {
    const header = rows(layout.firstHeaderRow, layout.headerRows);
    steps.push(
      ...[
        (ws: Excel.Worksheet) => (header(ws).format.font.bold = true),
        (ws: Excel.Worksheet) => (header(ws).format.fill.color = SHEET_STYLE.headerFill),
        (ws: Excel.Worksheet) => (header(ws).format.wrapText = true),
        (ws: Excel.Worksheet) => (header(ws).format.horizontalAlignment = 'Center'),
        (ws: Excel.Worksheet) => (header(ws).format.verticalAlignment = 'Center'),
      ].map(layoutStep),
    );
    const edges = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
    if (w > 1) edges.push('InsideVertical');
    if (layout.headerRows > 1) edges.push('InsideHorizontal');
    for (const edge of edges)
      steps.push(
        layoutStep((ws) => {
          const border = header(ws).format.borders.getItem(edge as Excel.BorderIndex);
          border.style = 'Continuous';
          border.color = SHEET_STYLE.borderColor;
        }),
      );
  }
  spec.columns.forEach((col, c) => {
    if (col.width !== undefined) {
      const points = columnWidthPoints(col.width);
      steps.push(layoutStep((ws) => (ws.getRange(`${columnLetter(c)}:${columnLetter(c)}`).format.columnWidth = points)));
    }
    if (col.hidden) steps.push(layoutStep((ws) => (ws.getRange(`${columnLetter(c)}:${columnLetter(c)}`).columnHidden = true)));
    if (col.wrap && spec.rows.length > 0) {
      const data = rows(layout.firstDataRow, spec.rows.length, c, 1);
      steps.push(layoutStep((ws) => (data(ws).format.wrapText = true)));
    }
  });
  const bodyRows = layout.totalRows - layout.firstDataRow + 1;
  // Top-aligned, so a row grown for one wrapped cell still reads from its first line.
  if (bodyRows > 0) steps.push(layoutStep((ws) => (rows(layout.firstDataRow, bodyRows)(ws).format.verticalAlignment = 'Top')));
  for (const run of styledRuns(spec)) steps.push(...lookSteps(rows(layout.firstDataRow + run.start, run.count), run.look));
  if (layout.totalRows >= layout.firstFooterRow) steps.push(...lookSteps(rows(layout.firstFooterRow, layout.totalRows - layout.firstFooterRow + 1), FOOTER_LOOK));

  // Excel fits rows to wrapped text only when it edits them. AutoFit skips merged cells, so the merged
  // title rows get the estimated height instead.
  const fittedRows = layout.totalRows - layout.titleRows;
  if (fittedRows > 0) steps.push(layoutStep((ws) => rows(layout.firstHeaderRow, fittedRows)(ws).format.autofitRows()));
  estimateRowHeights(spec)
    .slice(0, layout.titleRows)
    .forEach((height, t) => {
      if (height !== null) steps.push(layoutStep((ws) => (rows(t + 1, 1)(ws).format.rowHeight = height)));
    });

  if (spec.rows.length > 0)
    for (const rule of spec.conditionalFormats ?? []) {
      const target = rows(layout.firstDataRow, spec.rows.length, rule.firstColumn, rule.lastColumn - rule.firstColumn + 1);
      steps.push(inGroup('rules')((ws) => {
        // 'Custom' is Excel.ConditionalFormatType.custom; the string keeps the Excel global out of the code path.
        const cf = target(ws).conditionalFormats.add('Custom' as Excel.ConditionalFormatType.custom);
        cf.custom.rule.formula = withEquals(rule.formula);
        cf.custom.format.fill.color = rule.fill;
        if (rule.fontColor) cf.custom.format.font.color = rule.fontColor;
      }));
    }

  const frozenRows = spec.freezeHeader ? layout.lastHeaderRow : 0;
  const frozenColumns = spec.freezeColumns ?? 0;
  const panes = inGroup('panes');
  if (frozenRows > 0 && frozenColumns > 0) steps.push(panes((ws) => ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, frozenRows, frozenColumns))));
  else if (frozenRows > 0) steps.push(panes((ws) => ws.freezePanes.freezeRows(frozenRows)));
  else if (frozenColumns > 0) steps.push(panes((ws) => ws.freezePanes.freezeColumns(frozenColumns)));

  if (spec.autoFilter && layout.headerRows > 0) {
    const filtered = rows(layout.lastHeaderRow, Math.max(layout.lastHeaderRow, layout.lastDataRow) - layout.lastHeaderRow + 1);
    steps.push(inGroup('filter')((ws) => ws.autoFilter.apply(filtered(ws))));
  }

  const print = spec.print;
  if (print) {
    steps.push(inGroup('orientation')((ws) => (ws.pageLayout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait')));
    steps.push(inGroup('paperSize')((ws) => (ws.pageLayout.paperSize = print.paperSize ?? 'A4')));
    // Known not to apply in some hosts until the Page Layout tab was opened (office-js #1860): a group of its own.
    if (print.fitToWidth) {
      const pagesWide = print.pagesWide ?? 1;
      steps.push({
        ...inGroup('zoom')((ws) => (ws.pageLayout.zoom = { horizontalFitToPages: pagesWide, verticalFitToPages: 0 })),
        verify: (ws) => {
          const layout = ws.pageLayout.load('zoom');
          return () => layout.zoom.horizontalFitToPages === pagesWide;
        },
      });
    }
    if (print.repeatHeaderRows && layout.headerRows > 0)
      steps.push(inGroup('printTitles')((ws) => ws.pageLayout.setPrintTitleRows(`$${layout.firstHeaderRow}:$${layout.lastHeaderRow}`)));
    if (print.repeatColumns) {
      const last = columnLetter(print.repeatColumns - 1);
      steps.push(inGroup('printTitles')((ws) => ws.pageLayout.setPrintTitleColumns(`$A:$${last}`)));
    }
    if (print.centerHeader) {
      const text = escapeHeaderText(print.centerHeader);
      steps.push(inGroup('pageHeader')((ws) => (ws.pageLayout.headersFooters.defaultForAllPages.centerHeader = text)));
    }
  }
  if (spec.tabColor) steps.push(inGroup('tabColor')((ws) => (ws.tabColor = spec.tabColor!)));
  // Protection last: a protected sheet would refuse the groups after it.
  steps.push(...validationSteps(spec, layout), ...chartSteps(spec), ...protectionSteps(spec));
  return steps;
};

/** Rows a validation covers: the data rows and as many below them, for the rows the user adds. */
const validatedRows = (spec: SheetSpec, layout: SpecLayout): { first: number; count: number } => ({
  first: layout.firstDataRow,
  count: Math.max(spec.rows.length, 1) + VALIDATION_SPARE_ROWS,
});

const validationRule = (rule: ValidationRule): Excel.DataValidationRule => {
  const bounds = (formula1: number | string, formula2?: number | string) =>
    formula2 === undefined ? { formula1, operator: 'GreaterThanOrEqualTo' } : { formula1, formula2, operator: 'Between' };
  if (rule.kind === 'list') return { list: { inCellDropDown: true, source: (rule.list ?? []).join(',') } };
  if (rule.kind === 'date') return { date: bounds('2000-01-01') as Excel.DateTimeDataValidation };
  const basic = bounds(rule.min ?? 0, rule.max) as Excel.BasicDataValidation;
  return rule.kind === 'whole' ? { wholeNumber: basic } : { decimal: basic };
};

const validationSteps = (spec: SheetSpec, layout: SpecLayout): FormatStep[] => {
  const { first, count } = validatedRows(spec, layout);
  return (spec.validations ?? []).map((rule) =>
    inGroup('validation')((ws) => {
      const range = ws.getRangeByIndexes(first - 1, rule.firstColumn, count, rule.lastColumn - rule.firstColumn + 1);
      range.dataValidation.clear();
      range.dataValidation.rule = validationRule(rule);
      // 'Warning' is Excel.DataValidationAlertStyle.warning: a school may still type «—» for no data.
      range.dataValidation.errorAlert = { showAlert: true, style: 'Warning' as Excel.DataValidationAlertStyle.warning, title: 'Опора', message: rule.prompt ?? '' };
      if (rule.prompt) range.dataValidation.prompt = { showPrompt: true, title: 'Опора', message: rule.prompt };
    }),
  );
};

const protectionSteps = (spec: SheetSpec): FormatStep[] => {
  const protection = spec.protection;
  if (!protection) return [];
  const step = inGroup('protection');
  return [
    ...protection.inputColumns.map((c) => step((ws) => (ws.getRange(`${columnLetter(c)}:${columnLetter(c)}`).format.protection.locked = false))),
    step((ws) =>
      ws.protection.protect({ allowInsertRows: true, allowDeleteRows: true, allowSort: true, allowAutoFilter: true, allowFormatColumns: true, allowFormatRows: true }),
    ),
  ];
};

const chartSteps = (spec: SheetSpec): FormatStep[] =>
  (spec.charts ?? []).map((c) =>
    inGroup('charts')((ws) => {
      const source = ws.getRangeByIndexes(c.headerRow - 1, c.categoryColumn, c.lastRow - c.headerRow + 1, 1 + c.seriesCount);
      // 'BarClustered' / 'ColumnClustered' are Excel.ChartType values; 'Columns' is Excel.ChartSeriesBy.columns.
      const chart = ws.charts.add((c.type === 'bar' ? 'BarClustered' : 'ColumnClustered') as Excel.ChartType.barClustered, source, 'Columns' as Excel.ChartSeriesBy.columns);
      chart.title.text = c.title;
      chart.setPosition(`${columnLetter(c.anchor.column)}${c.anchor.row}`);
      chart.width = c.width * 0.75;
      chart.height = c.height * 0.75;
      if (c.percentAxis) {
        chart.axes.valueAxis.minimum = 0;
        chart.axes.valueAxis.maximum = 100;
      }
    }),
  );

/** One request's worth of work: rows [start, end) of the sheet's cells. */
export interface WriteStep {
  bytes: number;
  apply: (ws: Excel.Worksheet) => void;
}

/**
 * One cosmetic group's commands; `reset` undoes a partial earlier attempt so the group can be sent
 * again; `verify` queues read-backs and returns the check to run after the sync.
 */
export interface CosmeticStep {
  group: CosmeticGroupId;
  bytes: number;
  apply: (ws: Excel.Worksheet) => void;
  reset?: (ws: Excel.Worksheet) => void;
  verify?: (ws: Excel.Worksheet) => () => boolean;
}

export interface SpecWritePlan {
  /** The cells: whole 2-D arrays of number formats then formulas, in row chunks under the budget. */
  data: WriteStep[];
  /** Formatting and print settings, sent after the data in their own request. */
  cosmetics: CosmeticStep[];
}

/** Adding a rule or merging twice is not idempotent: a retried group first undoes what a failed attempt left. */
const RESETS: Partial<Record<CosmeticGroupId, (ws: Excel.Worksheet) => void>> = {
  layout: (ws) => ws.getRange().unmerge(),
  rules: (ws) => ws.getRange().conditionalFormats.clearAll(),
  validation: (ws) => ws.getRange().dataValidation.clear(),
  protection: (ws) => ws.protection.unprotect(),
};

/** Plans a SheetSpec as requests under the budget: the data chunks, then the cosmetic groups. */
export const planSpecWrite = (spec: SheetSpec, limits: WriteLimits = DEFAULT_WRITE_LIMITS): SpecWritePlan => {
  const layout = specLayout(spec);
  const matrix = specMatrix(spec, layout.width);
  const inputs = matrix.map((row) => row.map(officeInput));
  const isBodyRow = (r: number): boolean => r + 1 >= layout.firstDataRow;
  const formats = matrix.map((row, r) => row.map((v, c) => officeFormat(v, isBodyRow(r) ? spec.columns[c]?.numberFormat : undefined)));
  const rowBytes = inputs.map((row, r) => jsonBytes(row) + jsonBytes(formats[r]) + 2);
  const data: WriteStep[] = planRowChunks(rowBytes, limits.requestBudgetBytes, limits.maxChunkRows).map((chunk) => ({
    bytes: chunk.bytes,
    apply: (ws) => {
      const range = ws.getRangeByIndexes(chunk.start, 0, chunk.end - chunk.start, layout.width);
      range.numberFormat = formats.slice(chunk.start, chunk.end);
      range.formulas = inputs.slice(chunk.start, chunk.end);
    },
  }));
  const byGroup = new Map<CosmeticGroupId, FormatStep[]>();
  for (const step of formatSteps(spec, layout)) byGroup.set(step.group, [...(byGroup.get(step.group) ?? []), step]);
  const cosmetics: CosmeticStep[] = [...byGroup].map(([group, steps]) => {
    const verified = steps.filter((s) => s.verify);
    return {
      group,
      bytes: steps.length * FORMAT_OP_BYTES,
      apply: (ws) => steps.forEach((s) => s.apply(ws)),
      reset: RESETS[group],
      ...(verified.length > 0
        ? {
            verify: (ws: Excel.Worksheet) => {
              const checks = verified.map((s) => s.verify!(ws));
              return () => checks.every((check) => check());
            },
          }
        : {}),
    };
  });
  return { data, cosmetics };
};
