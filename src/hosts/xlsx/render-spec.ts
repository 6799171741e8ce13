import type { Borders, Cell, Fill, Font, PaperSize, Style, Worksheet } from 'exceljs';
import { columnLetter } from '../../grid/column-letter';
import type { SheetSpec, SpecCell } from '../../grid/sheet-spec';
import { renderInput } from './render-input';
import { BASE_FONT_SIZE, estimateRowHeights } from '../row-heights';
import { escapeHeaderText, FOOTER_LOOK, isFormulaCell, ROW_STYLE_LOOK, SHEET_STYLE, specLayout, specMatrix, withoutEquals, type CellLook } from '../sheet-style';

/** OOXML paper size codes (ECMA-376 §18.3.1.63). */
const XLSX_PAPER_SIZE = { A4: 9, A3: 8 } as const;

export const argb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase()}`;

const solidFill = (hex: string): Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb: argb(hex) } });

const thin = { style: 'thin' as const, color: { argb: argb(SHEET_STYLE.borderColor) } };
const allBorders: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };

/**
 * ExcelJS's default font, spelled out: a font written without a name makes LibreOffice fall back to a
 * serif face, so every font this renderer sets starts from it.
 */
const BASE_FONT: Partial<Font> = { name: 'Calibri', family: 2, size: BASE_FONT_SIZE };

const applyLook = (cell: Cell, look: CellLook): void => {
  // The cell's own copy of its style: data cells share one style object per column (see renderSpec).
  if (look.bold || look.italic || look.fontColor || look.fill) cell.style = { ...cell.style };
  if (look.bold || look.italic || look.fontColor) {
    const font: Partial<Font> = { ...BASE_FONT, ...cell.font };
    if (look.bold) font.bold = true;
    if (look.italic) font.italic = true;
    if (look.fontColor) font.color = { argb: argb(look.fontColor) };
    cell.font = font;
  }
  if (look.fill) cell.fill = solidFill(look.fill);
};

const toExcelJsValue = (v: SpecCell): Cell['value'] => (isFormulaCell(v) ? { formula: withoutEquals(v.formula) } : v);

/** Writes a whole SheetSpec into an empty worksheet. Strings go in as text: ExcelJS makes formulas only from {formula}. */
export const renderSpec = (ws: Worksheet, spec: SheetSpec): void => {
  const layout = specLayout(spec);
  const matrix = specMatrix(spec, layout.width);
  const dataStyles: Partial<Style>[] = Array.from({ length: layout.width }, (_, c) => {
    const col = spec.columns[c];
    // Top-aligned, so a row grown for one wrapped cell still reads from its first line.
    const style: Partial<Style> = { alignment: col?.wrap ? { wrapText: true, vertical: 'top' } : { vertical: 'top' } };
    if (col?.numberFormat) style.numFmt = col.numberFormat;
    return style;
  });
  // One style object per column and kind, shared by its cells: ExcelJS recognises a style object it has
  // seen and files it at once, where a copy per cell costs it a lookup of every part (minutes on a country's sheet).
  const textStyles = dataStyles.map((style): Partial<Style> => ({ ...style, numFmt: SHEET_STYLE.textFormat }));

  matrix.forEach((cells, r) => {
    const rowNumber = r + 1;
    const row = ws.getRow(rowNumber);
    const isData = rowNumber >= layout.firstDataRow && rowNumber <= layout.lastDataRow;
    const isFooter = rowNumber >= layout.firstFooterRow;
    cells.forEach((v, c) => {
      if (v === null && !isData && !(rowNumber >= layout.firstHeaderRow && rowNumber <= layout.lastHeaderRow)) return;
      const cell = row.getCell(c + 1);
      cell.value = toExcelJsValue(v);
      // Texts take the text format '@', as the Office.js writer gives them: «=1+1» or «0012» stays text when edited.
      if (isData || isFooter) cell.style = typeof v === 'string' && v !== '' ? textStyles[c] : dataStyles[c];
    });
  });

  for (let t = 1; t <= layout.titleRows; t++) {
    const cell = ws.getCell(t, 1);
    cell.font = { ...BASE_FONT, bold: true, ...(t === 1 ? { size: SHEET_STYLE.titleFontSize } : {}) };
    cell.alignment = { wrapText: true };
    if (layout.width > 1) ws.mergeCells(t, 1, t, layout.width);
  }
  for (let h = layout.firstHeaderRow; h <= layout.lastHeaderRow; h++) {
    for (let c = 1; c <= layout.width; c++) {
      const cell = ws.getCell(h, c);
      cell.font = { ...BASE_FONT, bold: true };
      cell.fill = solidFill(SHEET_STYLE.headerFill);
      cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
      cell.border = allBorders;
    }
  }
  for (const { row, style } of spec.rowStyles ?? []) {
    if (row < 0 || row >= spec.rows.length) continue;
    const excelRow = ws.getRow(layout.firstDataRow + row);
    for (let c = 1; c <= layout.width; c++) applyLook(excelRow.getCell(c), ROW_STYLE_LOOK[style]);
  }
  for (let f = layout.firstFooterRow; f <= layout.totalRows; f++) {
    const excelRow = ws.getRow(f);
    for (let c = 1; c <= layout.width; c++) if (excelRow.getCell(c).value !== null) applyLook(excelRow.getCell(c), FOOTER_LOOK);
  }

  spec.columns.forEach((col, c) => {
    if (col.width !== undefined) ws.getColumn(c + 1).width = col.width;
    if (col.hidden) ws.getColumn(c + 1).hidden = true;
  });
  // Neither Excel nor LibreOffice fits rows to wrapped text when they open a file.
  estimateRowHeights(spec).forEach((height, r) => {
    if (height !== null) ws.getRow(r + 1).height = height;
  });

  if (spec.rows.length > 0) {
    (spec.conditionalFormats ?? []).forEach((rule, i) => {
      ws.addConditionalFormatting({
        ref: `${columnLetter(rule.firstColumn)}${layout.firstDataRow}:${columnLetter(rule.lastColumn)}${layout.lastDataRow}`,
        rules: [
          {
            type: 'expression',
            priority: i + 1,
            formulae: [withoutEquals(rule.formula)],
            style: {
              fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(rule.fill) } },
              ...(rule.fontColor ? { font: { color: { argb: argb(rule.fontColor) } } } : {}),
            },
          },
        ],
      });
    });
  }

  const ySplit = spec.freezeHeader ? layout.lastHeaderRow : 0;
  const xSplit = spec.freezeColumns ?? 0;
  if (ySplit > 0 || xSplit > 0) ws.views = [{ state: 'frozen', xSplit, ySplit }];

  if (spec.autoFilter && layout.headerRows > 0) {
    ws.autoFilter = {
      from: { row: layout.lastHeaderRow, column: 1 },
      to: { row: Math.max(layout.lastHeaderRow, layout.lastDataRow), column: layout.width },
    };
  }

  if (spec.print) {
    ws.pageSetup.orientation = spec.print.orientation;
    ws.pageSetup.paperSize = XLSX_PAPER_SIZE[spec.print.paperSize ?? 'A4'] as number as PaperSize; // ExcelJS's enum lacks A3
    if (spec.print.fitToWidth) {
      ws.pageSetup.fitToPage = true;
      ws.pageSetup.fitToWidth = spec.print.pagesWide ?? 1;
      ws.pageSetup.fitToHeight = 0;
    }
    if (spec.print.repeatHeaderRows && layout.headerRows > 0) ws.pageSetup.printTitlesRow = `${layout.firstHeaderRow}:${layout.lastHeaderRow}`;
    if (spec.print.repeatColumns) ws.pageSetup.printTitlesColumn = `A:${columnLetter(spec.print.repeatColumns - 1)}`;
    if (spec.print.centerHeader) ws.headerFooter.oddHeader = `&C${escapeHeaderText(spec.print.centerHeader)}`;
  }

  if (spec.tabColor) ws.properties.tabColor = { argb: argb(spec.tabColor) };
  renderInput(ws, spec, layout);
};
