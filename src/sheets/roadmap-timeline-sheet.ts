import { SCHOOL_MONTHS_EN, SCHOOL_MONTHS_RU, calendarYear, monthNameIndex, sheetYearLabel } from '../domain/roadmap/school-calendar';
import { placementOf } from '../domain/roadmap/plan';
import { parseTimingMonths } from '../domain/roadmap/timing';
import type { Roadmap } from '../domain/roadmap/types';
import { columnLetter } from '../grid/column-letter';
import { firstDataRow } from '../grid/sheet-spec';
import type { SheetSpec, SpecCell } from '../grid/sheet-spec';
import { ROADMAP_LABELS, type RoadmapLanguage } from './roadmap-labels';
import { timingText } from './roadmap-sheet';

const FIRST_MONTH_COLUMN = 3;

/**
 * A Gantt-like grid of the district roadmap: one column per month of the school year (and of the
 * months before or after it that a document's dates fall in), a mark in
 * each month of an activity, coloured by a conditional-format rule. timingOverrides (row key →
 * dates text) lets the dates the user changed in the roadmap sheet drive the grid. The grid is
 * derived, never edited, so it has no row keys: it is simply rewritten.
 */
export const buildTimelineSheet = (
  roadmap: Roadmap,
  language: RoadmapLanguage = 'ru',
  timingOverrides: ReadonlyMap<string, string> = new Map(),
): SheetSpec => {
  const labels = ROADMAP_LABELS[language];
  const monthNames = language === 'ru' ? SCHOOL_MONTHS_RU : SCHOOL_MONTHS_EN;
  // Every item's months, the user's dates where given; the grid spans the school year and whatever falls outside it.
  const monthsOf = new Map<string, Set<number>>();
  let first = 0;
  let last = 11;
  for (const item of roadmap.sections.flatMap((s) => s.items)) {
    const override = timingOverrides.get(item.key);
    const months = new Set(override !== undefined ? parseTimingMonths(override, placementOf(item.activity), roadmap.year.startYear) : item.months);
    monthsOf.set(item.key, months);
    for (const m of months) {
      first = Math.min(first, m);
      last = Math.max(last, m);
    }
  }
  const span = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const monthHeaders = span.map((m) => `${monthNames[monthNameIndex(m)].slice(0, 3)} ${calendarYear(roadmap.year, m)}`);
  const width = FIRST_MONTH_COLUMN + monthHeaders.length;
  const rows: SpecCell[][] = [];
  const rowStyles: SheetSpec['rowStyles'] = [];
  for (const section of roadmap.sections) {
    rowStyles.push({ row: rows.length, style: 'section' });
    rows.push([`${section.number}. ${section.title}`, ...Array<SpecCell>(width - 1).fill(null)]);
    for (const item of section.items) {
      const override = timingOverrides.get(item.key);
      const text = override ?? timingText(roadmap, item, language);
      const months = monthsOf.get(item.key)!;
      rows.push([item.number, item.activity.text, text, ...span.map((m) => (months.has(m) ? labels.activeMonth : null))]);
    }
  }
  const title = [labels.timelineTitle(roadmap.year.label)];
  const header = [[labels.number, labels.activity, labels.timing, ...monthHeaders]];
  const firstRow = firstDataRow({ title, header } as SheetSpec);
  const firstMonth = columnLetter(FIRST_MONTH_COLUMN);
  return {
    name: labels.timelineSheet(sheetYearLabel(roadmap.year)),
    kind: 'roadmap-timeline',
    tabColor: '#2E75B6',
    title,
    header,
    rows,
    rowStyles,
    columns: [
      { width: 6, numberFormat: '@' },
      { width: 50, wrap: true },
      { width: 20, wrap: true },
      ...monthHeaders.map(() => ({ width: 7 })),
    ],
    conditionalFormats: [
      {
        firstColumn: FIRST_MONTH_COLUMN,
        lastColumn: width - 1,
        formula: `=${firstMonth}${firstRow}<>""`,
        fill: '#5B9BD5',
        fontColor: '#FFFFFF',
      },
    ],
    freezeHeader: true,
    freezeColumns: 2,
    print: { orientation: 'landscape', fitToWidth: true, repeatHeaderRows: true, centerHeader: labels.timelineSheet(roadmap.year.label) },
    // Why some months lie outside the school year.
    footer: [[null], [roadmap.placement[language]]],
  };
};
