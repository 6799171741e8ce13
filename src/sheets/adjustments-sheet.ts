import type { SheetSpec, SpecCell } from '../grid/sheet-spec';
import type { Adjustment } from '../domain/types';
import { IDENTIFICATION_LABELS, inEveryLanguage, type IdentificationLanguage } from '../tables/labels/identification-labels';

/**
 * «Корректировки» ("Adjustments"): the experts' decisions (seed 002 «уточнение отдельных позиций на
 * экспертном уровне»), one per row: school, year, action (включить / исключить), group, reason. Every
 * column is the user's. Rows are keyed by position so that what the user typed stays where it was.
 * adjustmentsFromGrid (tables/own-sheets/adjustments-reader.ts) reads a sheet written in either language.
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
