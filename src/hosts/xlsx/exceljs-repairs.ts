import type ExcelJS from 'exceljs';

const EXCEL_LAST_ROW = 1048576;

/**
 * ExcelJS 4.4 damages two kinds of defined names when it re-saves a file it loaded, which would make a
 * user's sheets unreadable after Opora writes its own sheets:
 * - a whole-column print area ('$B:$P') is read as 'BNaN:PNaN'; it is rewritten as rows 1..last;
 * - the hidden autofilter names (_xlnm._FilterDatabase) lose their sheet binding and quoting; Excel
 *   rebuilds them from each sheet's autoFilter, so they are dropped.
 */
export const repairLoadedWorkbook = (wb: ExcelJS.Workbook): void => {
  for (const ws of wb.worksheets) {
    const area = ws.pageSetup?.printArea;
    if (!area || !area.includes('NaN')) continue;
    ws.pageSetup.printArea = area
      .split('&&')
      .map((part) => {
        const [from, to = from] = part.split(':');
        return `${from.replace('NaN', () => '$1')}:${to.replace('NaN', () => `$${EXCEL_LAST_ROW}`)}`;
      })
      .join('&&');
  }
  const names = wb.definedNames.model;
  const kept = names.filter((n) => n.name !== '_xlnm._FilterDatabase');
  if (kept.length !== names.length) wb.definedNames.model = kept;
};
