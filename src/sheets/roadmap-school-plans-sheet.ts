import { sheetYearLabel } from '../domain/roadmap/school-calendar';
import { resolveTiming } from '../domain/roadmap/timing';
import type { Roadmap, SchoolPlan } from '../domain/roadmap/types';
import type { SheetSpec, SpecCell } from '../grid/sheet-spec';
import { withKeyColumn } from './preserve-edits';
import { ROADMAP_LABELS, type RoadmapLabels, type RoadmapLanguage } from './roadmap-labels';
import { legendFooter, statusRules, timingText } from './roadmap-sheet';

/** Columns of the school plans sheet (0-based); the «Ключ» column follows. */
export const SCHOOL_PLAN_COLUMNS = {
  number: 0,
  activity: 1,
  timing: 2,
  responsible: 3,
  expectedResult: 4,
  status: 5,
  note: 6,
} as const;

export const SCHOOL_PLAN_EDITABLE = [
  SCHOOL_PLAN_COLUMNS.timing,
  SCHOOL_PLAN_COLUMNS.responsible,
  SCHOOL_PLAN_COLUMNS.note,
  SCHOOL_PLAN_COLUMNS.status, // last: receives the «не применяется» mark
];

export const schoolSectionKey = (schoolKey: string): string => `#school:${schoolKey}`;
export const partnerRowKey = (schoolKey: string, partner: string): string => `${schoolKey}::partner::${partner}`;

/** «ШНОР, ШНСУ; дефициты: Математика 5–9, Русский язык; педагогов группы риска: 2». */
const details = (plan: SchoolPlan, labels: RoadmapLabels): string => {
  const { groups, deficits, teachersAtRisk } = plan.school;
  const parts: string[] = [];
  if (groups.length > 0) parts.push(groups.join(', '));
  if (deficits.length > 0) parts.push(`${labels.deficits}: ${deficits.map((d) => [d.subject, d.band].filter(Boolean).join(' ')).join(', ')}`);
  if (teachersAtRisk > 0) parts.push(`${labels.teachersAtRisk}: ${teachersAtRisk}`);
  return parts.join('; ');
};

/** One headed section per identified school (seed 001, order item 3: each school makes its own plan). */
export const buildSchoolPlansSheet = (roadmap: Roadmap, language: RoadmapLanguage = 'ru'): SheetSpec => {
  const labels = ROADMAP_LABELS[language];
  const partnerTiming = resolveTiming(roadmap.year, 'в течение года', language);
  const rows: SpecCell[][] = [];
  const rowKeys: string[] = [];
  const rowStyles: SheetSpec['rowStyles'] = [];
  for (const plan of roadmap.schoolPlans) {
    rowStyles.push({ row: rows.length, style: 'section' });
    rows.push([labels.schoolPlanHeading(plan.school.name, details(plan, labels)), null, null, null, null, null, null]);
    rowKeys.push(schoolSectionKey(plan.school.key));
    for (const item of plan.items) {
      rows.push([item.number, item.activity.text, timingText(roadmap, item, language), item.activity.responsible, item.expectedResult, null, null]);
      rowKeys.push(item.key);
    }
    plan.partners.forEach((pair, i) => {
      rows.push([
        String(plan.items.length + i + 1),
        labels.partnerActivity(pair.partner, pair.note),
        partnerTiming.text,
        labels.partnerResponsible,
        labels.partnerResult,
        null,
        null,
      ]);
      rowKeys.push(partnerRowKey(plan.school.key, pair.partner));
    });
  }
  const title = [labels.approval, labels.schoolPlansTitle(roadmap.year.label)];
  const header = [[labels.number, labels.activity, labels.timing, labels.responsible, labels.expectedResult, labels.status, labels.note]];
  const spec: SheetSpec = {
    name: labels.schoolPlansSheet(sheetYearLabel(roadmap.year)),
    kind: 'roadmap-school-plans',
    tabColor: '#2E75B6',
    title,
    header,
    rows,
    rowKeys,
    editableColumns: SCHOOL_PLAN_EDITABLE,
    rowStyles,
    columns: [
      { width: 6, numberFormat: '@' },
      { width: 52, wrap: true },
      { width: 20, wrap: true },
      { width: 16, wrap: true },
      { width: 40, wrap: true },
      { width: 16, wrap: true },
      { width: 18, wrap: true },
    ],
    conditionalFormats: statusRules({ title, header }, SCHOOL_PLAN_COLUMNS.status, SCHOOL_PLAN_COLUMNS.note, labels),
    freezeHeader: true,
    autoFilter: true,
    print: { orientation: 'landscape', fitToWidth: true, repeatHeaderRows: true, centerHeader: labels.schoolPlansSheet(roadmap.year.label) },
    footer: legendFooter(roadmap, labels, language),
  };
  return withKeyColumn(spec, language);
};
