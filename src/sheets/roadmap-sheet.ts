import { sheetYearLabel } from '../domain/roadmap/school-calendar';
import { formatMonths } from '../domain/roadmap/timing';
import type { PlannedActivity, Roadmap, RoadmapSchool } from '../domain/roadmap/types';
import { columnLetter } from '../grid/column-letter';
import { firstDataRow } from '../grid/sheet-spec';
import type { ConditionalRule, SheetSpec, SpecCell } from '../grid/sheet-spec';
import { withKeyColumn } from './preserve-edits';
import { ROADMAP_LABELS, type RoadmapLabels, type RoadmapLanguage } from './roadmap-labels';

/** Columns of the district roadmap (0-based), seeds' order; the «Ключ» column follows. */
export const ROADMAP_COLUMNS = {
  number: 0,
  activity: 1,
  timing: 2,
  responsible: 3,
  expectedResult: 4,
  schools: 5,
  status: 6,
  note: 7,
} as const;

/**
 * What the user owns in the roadmap: dates, responsible parties, notes, the execution mark. The mark
 * comes last: preserveEdits writes «не применяется» into the last editable column.
 */
export const ROADMAP_EDITABLE = [ROADMAP_COLUMNS.timing, ROADMAP_COLUMNS.responsible, ROADMAP_COLUMNS.note, ROADMAP_COLUMNS.status];

/** How many school names a roadmap cell lists before «и ещё N» (the school plans list all). */
export const MAX_SCHOOLS_IN_CELL = 12;

export const sectionKey = (title: string): string => `#section:${title}`;

export const timingText = (roadmap: Roadmap, item: PlannedActivity, language: RoadmapLanguage): string =>
  language === 'ru' || item.months.length === 0 ? item.timingText : formatMonths(roadmap.year, item.months, 'en');

const nameList = (names: string[], labels: RoadmapLabels): string =>
  names.length <= MAX_SCHOOLS_IN_CELL
    ? names.join('; ')
    : `${names.slice(0, MAX_SCHOOLS_IN_CELL).join('; ')} ${labels.andMore(names.length - MAX_SCHOOLS_IN_CELL)}`;

const schoolsCell = (item: PlannedActivity, labels: RoadmapLabels): string => {
  const { scope, trigger } = item.activity;
  if (scope === 'district' && trigger.kind === 'always') return labels.districtLevel;
  if (trigger.kind === 'pair') {
    const byKey = new Map(item.schools.map((s) => [s.key, s.name]));
    return nameList(item.pairs.map((p) => `${byKey.get(p.schoolKey) ?? p.schoolKey} → ${p.partner}`), labels);
  }
  return nameList(item.schools.map((s) => s.name), labels);
};

const countGroup = (schools: readonly RoadmapSchool[], group: 'ШНОР' | 'ШНСУ') =>
  schools.filter((s) => s.groups.includes(group)).length;

/** Status colours: done green, not done red, kept-but-no-longer-applicable grey. */
export const statusRules = (spec: Pick<SheetSpec, 'title' | 'header'>, column: number, lastColumn: number, labels: RoadmapLabels): ConditionalRule[] => {
  const cell = `$${columnLetter(column)}${firstDataRow(spec as SheetSpec)}`;
  const has = (text: string) => `ISNUMBER(SEARCH("${text}",${cell}))`;
  return [
    { firstColumn: 0, lastColumn, formula: `=${has(labels.notApplicable)}`, fill: '#EDEDED', fontColor: '#7F7F7F' },
    { firstColumn: column, lastColumn: column, formula: `=${has(labels.notDone)}`, fill: '#F8CBAD' },
    { firstColumn: column, lastColumn: column, formula: `=AND(${has(labels.done)},NOT(${has(labels.notDone)}))`, fill: '#C6EFCE' },
  ];
};

/** How the dates were placed, then the legend of abbreviations. */
export const legendFooter = (roadmap: Roadmap, labels: RoadmapLabels, language: RoadmapLanguage): SpecCell[][] => [
  [roadmap.placement[language]],
  [labels.legendTitle],
  ...roadmap.legend.map((l) => [`${l.abbreviation} – ${l.meaning}`]),
];

/** «Дорожная карта 2025-2026»: sections as headed rows numbered 1.1, 1.2…; print-ready. */
export const buildRoadmapSheet = (roadmap: Roadmap, language: RoadmapLanguage = 'ru'): SheetSpec => {
  const labels = ROADMAP_LABELS[language];
  const schools = new Map<string, RoadmapSchool>();
  for (const plan of roadmap.schoolPlans) schools.set(plan.school.key, plan.school);
  const all = [...schools.values()];
  const rows: SpecCell[][] = [];
  const rowKeys: string[] = [];
  const rowStyles: SheetSpec['rowStyles'] = [];
  for (const section of roadmap.sections) {
    rowStyles.push({ row: rows.length, style: 'section' });
    rows.push([`${section.number}. ${section.title}`, null, null, null, null, null, null, null]);
    rowKeys.push(sectionKey(section.title));
    for (const item of section.items) {
      rows.push([
        item.number,
        item.activity.text,
        timingText(roadmap, item, language),
        item.activity.responsible,
        item.expectedResult,
        schoolsCell(item, labels),
        null,
        null,
      ]);
      rowKeys.push(item.key);
    }
  }
  const title = [
    labels.approval,
    labels.roadmapTitle(roadmap.year.label),
    all.length > 0 ? labels.summary(all.length, countGroup(all, 'ШНОР'), countGroup(all, 'ШНСУ')) : labels.noSchools,
  ];
  const header = [[labels.number, labels.activity, labels.timing, labels.responsible, labels.expectedResult, labels.schools, labels.status, labels.note]];
  const spec: SheetSpec = {
    name: labels.roadmapSheet(sheetYearLabel(roadmap.year)),
    kind: 'roadmap',
    tabColor: '#2E75B6',
    title,
    header,
    rows,
    rowKeys,
    editableColumns: ROADMAP_EDITABLE,
    rowStyles,
    columns: [
      { width: 7, numberFormat: '@' },
      { width: 48, wrap: true },
      { width: 20, wrap: true },
      { width: 16, wrap: true },
      { width: 36, wrap: true },
      { width: 30, wrap: true },
      { width: 16, wrap: true },
      { width: 18, wrap: true },
    ],
    conditionalFormats: statusRules({ title, header }, ROADMAP_COLUMNS.status, ROADMAP_COLUMNS.note, labels),
    freezeHeader: true,
    autoFilter: true,
    print: { orientation: 'landscape', fitToWidth: true, repeatHeaderRows: true, centerHeader: labels.roadmapSheet(roadmap.year.label) },
    footer: legendFooter(roadmap, labels, language),
  };
  return withKeyColumn(spec, language);
};
