import type { CellValue } from '../grid/cell';
import type { Grid } from '../grid/grid';
import type { Problem } from '../domain/problem';
import type { SheetSpec, SpecCell } from '../grid/sheet-spec';
import { columnLetter } from '../grid/column-letter';
import { cellText, parseYear } from '../tables/cells';
import { normalizeText } from '../tables/text';
import type { GroupName } from '../domain/settings';
import type { Adjustment, AdjustmentAction } from '../domain/types';
import { IDENTIFICATION_LABELS, inEveryLanguage, type IdentificationLanguage } from './identification-labels';

/**
 * «Корректировки» ("Adjustments"): the experts' decisions (seed 002 «уточнение отдельных позиций на
 * экспертном уровне»), one per row: school, year, action (включить / исключить), group, reason. Every
 * column is the user's. Rows are keyed by position so that what the user typed stays where it was.
 * adjustmentsFromGrid reads a sheet written in either language.
 */

/** The canonical (Russian) name; ADJUSTMENTS_SHEET_NAMES holds the name in every language. */
export const ADJUSTMENTS_SHEET_NAME = IDENTIFICATION_LABELS.ru.adjustmentsSheet;
export const ADJUSTMENTS_SHEET_NAMES: readonly string[] = inEveryLanguage((l) => l.adjustmentsSheet);

export const adjustmentsSheet = (adjustments: Adjustment[] = [], blankRows = 20, language: IdentificationLanguage = 'ru'): SheetSpec => {
  const l = IDENTIFICATION_LABELS[language];
  const h = l.adjustmentsHeader;
  const rows: SpecCell[][] = [
    ...adjustments.map((a): SpecCell[] => [a.schoolName ?? a.school, a.year, l.action[a.action], a.group, a.reason]),
    ...Array.from({ length: blankRows }, (): SpecCell[] => [null, null, null, null, null]),
  ];
  return {
    name: l.adjustmentsSheet,
    kind: 'adjustments',
    tabColor: '#2F5597',
    title: [l.adjustmentsTitle, l.adjustmentsHelp],
    header: [[h.school, h.year, h.action, h.group, h.reason]],
    rows,
    rowKeys: rows.map((_, i) => `row-${i + 1}`),
    editableColumns: [0, 1, 2, 3, 4],
    columns: [{ width: 40, numberFormat: '@' }, { width: 8, numberFormat: '0' }, { width: 18 }, { width: 14 }, { width: 60, wrap: true }],
    freezeHeader: true,
    autoFilter: true,
    print: { orientation: 'landscape', fitToWidth: true, repeatHeaderRows: true },
  };
};

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
