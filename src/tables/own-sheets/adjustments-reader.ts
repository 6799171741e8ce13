import type { CellValue } from '../../grid/cell';
import type { Grid } from '../../grid/grid';
import type { Problem } from '../../domain/problem';
import { columnLetter } from '../../grid/column-letter';
import { cellText, parseYear } from '../cells';
import { normalizeText } from '../text';
import type { GroupName } from '../../domain/settings';
import type { Adjustment, AdjustmentAction } from '../../domain/types';
import { inEveryLanguage } from '../labels/identification-labels';

/** Reading «Корректировки» back (sheets/adjustments-sheet.ts writes it), in either language. */

const ACTIONS: [string, AdjustmentAction][] = [
  ...inEveryLanguage((l): [string, AdjustmentAction][] => [
    [l.action.include, 'include'],
    [l.action.exclude, 'exclude'],
  ]).flat(),
  ['включена', 'include'],
  ['исключена', 'exclude'],
];
const SCHOOL_HEADERS = inEveryLanguage((l) => l.adjustmentsHeader.school);
const GROUP_SYNONYMS: [string, GroupName][] = [
  ['шнор', 'ШНОР'],
  ['шнро', 'ШНОР'],
  ['шпро', 'ШНОР'],
  ['шнсу', 'ШНСУ'],
  ['шфнсу', 'ШНСУ'],
  ['нсу', 'ШНСУ'],
];

const parseAction = (v: CellValue): AdjustmentAction | null => {
  const t = normalizeText(cellText(v));
  return ACTIONS.find(([word]) => t.startsWith(word))?.[1] ?? null;
};
const parseGroup = (v: CellValue): GroupName | null => {
  const t = normalizeText(cellText(v));
  return GROUP_SYNONYMS.find(([word]) => t === word)?.[1] ?? null;
};

export const adjustmentsFromGrid = (grid: Grid): { adjustments: Adjustment[]; problems: Problem[] } => {
  const problems: Problem[] = [];
  const adjustments: Adjustment[] = [];
  const headerRow = grid.values.findIndex((r, i) => i < 30 && SCHOOL_HEADERS.includes(cellText(r[0] ?? null)));
  if (headerRow < 0) {
    problems.push({
      sheet: grid.sheet,
      code: 'adjustments-header-missing',
      message: `На листе «${grid.sheet}» нет заголовка «Школа» в первом столбце: корректировки не прочитаны. Пересоздайте лист.`,
      messageEn: `Sheet “${grid.sheet}” has no “School” header in the first column: adjustments were not read. Regenerate the sheet.`,
      severity: 'warning',
    });
    return { adjustments, problems };
  }
  for (let r = headerRow + 1; r < grid.values.length; r++) {
    const row = grid.values[r];
    const cell = (c: number): CellValue => row[c] ?? null;
    if ([0, 1, 2, 3, 4].every((c) => cellText(cell(c)) === '')) continue;
    const bad = (c: number, what: string, whatEn: string) =>
      problems.push({
        sheet: grid.sheet,
        row: r + 1,
        column: columnLetter(c),
        code: 'adjustment-invalid',
        message: `Корректировка в строке ${r + 1} не применена: ${what}.`,
        messageEn: `The adjustment in row ${r + 1} is not applied: ${whatEn}.`,
        severity: 'error',
      });
    const name = cellText(cell(0));
    const year = parseYear(cell(1));
    const action = parseAction(cell(2));
    const group = parseGroup(cell(3));
    const reason = cellText(cell(4));
    if (!name) bad(0, 'укажите школу', 'enter the school');
    else if (year === null) bad(1, 'укажите год, например 2024', 'enter the year, e.g. 2024');
    else if (!action) bad(2, 'укажите действие «включить» или «исключить»', 'enter the action “include” or “exclude”');
    else if (!group) bad(3, 'укажите группу «ШНОР» или «ШНСУ»', 'enter the group “ШНОР” or “ШНСУ”');
    else if (!reason) bad(4, 'укажите основание решения экспертов', 'state the experts’ reason');
    else adjustments.push({ school: name, schoolName: name, year, action, group, reason, source: { sheet: grid.sheet, row: r + 1 } });
  }
  return { adjustments, problems };
};
