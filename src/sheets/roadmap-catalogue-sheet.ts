import type { CellValue } from '../grid/cell';
import type { Grid } from '../grid/grid';
import { isExcelError } from '../grid/cell';
import { formatTrigger, parseTrigger } from '../domain/roadmap/triggers';
import type { Activity, Catalogue, Scope } from '../domain/roadmap/types';
import type { Problem } from '../domain/problem';
import { columnLetter } from '../grid/column-letter';
import type { SheetSpec, SpecCell } from '../grid/sheet-spec';
import { withKeyColumn } from './preserve-edits';
import { KEY_HEADER, shortHash } from '../tables/key-cell';
import { ROADMAP_LABELS, type RoadmapLabels, type RoadmapLanguage } from './roadmap-labels';

/**
 * The sheet «Каталог мероприятий»: the catalogue the roadmap is built from, every column the
 * user's. The legend of abbreviations sits below the table as lines «КО – комитет по образованию».
 */

export const CATALOGUE_FIELDS = [
  'section', 'text', 'timing', 'responsible', 'expectedResult', 'scope', 'trigger', 'source',
] as const;
type Field = (typeof CATALOGUE_FIELDS)[number];

const headerOf = (labels: RoadmapLabels): Record<Field, string> => ({
  section: labels.section,
  text: labels.activity,
  timing: labels.catalogueTiming,
  responsible: labels.responsible,
  expectedResult: labels.expectedResult,
  scope: labels.scope,
  trigger: labels.trigger,
  source: labels.source,
});

const scopeText = (scope: Scope, labels: RoadmapLabels) => (scope === 'district' ? labels.scopeDistrict : labels.scopeSchool);

export const buildCatalogueSheet = (catalogue: Catalogue, language: RoadmapLanguage = 'ru'): SheetSpec => {
  const labels = ROADMAP_LABELS[language];
  const names = headerOf(labels);
  const order = [...catalogue.sections, ...catalogue.activities.map((a) => a.section)];
  const sorted = [...catalogue.activities].sort((a, b) => order.indexOf(a.section) - order.indexOf(b.section));
  const rows: SpecCell[][] = sorted.map((a) => [
    a.section, a.text, a.timing, a.responsible, a.expectedResult, scopeText(a.scope, labels), formatTrigger(a.trigger), a.source,
  ]);
  const spec: SheetSpec = {
    name: labels.catalogueSheet,
    kind: 'catalogue',
    tabColor: '#A5A5A5',
    title: [labels.catalogueTitle, ...labels.catalogueHelp],
    header: [CATALOGUE_FIELDS.map((f) => names[f])],
    rows,
    rowKeys: sorted.map((a) => a.id),
    editableColumns: CATALOGUE_FIELDS.map((_, i) => i),
    columns: [
      { width: 24, wrap: true },
      { width: 52, wrap: true },
      { width: 20, wrap: true },
      { width: 16, wrap: true },
      { width: 40, wrap: true },
      { width: 14 },
      { width: 24, wrap: true },
      { width: 24, wrap: true },
    ],
    freezeHeader: true,
    autoFilter: true,
    print: { orientation: 'landscape', fitToWidth: true, repeatHeaderRows: true },
    footer: [[labels.legendTitle], ...catalogue.legend.map((l) => [`${l.abbreviation} – ${l.meaning}`])],
  };
  return withKeyColumn(spec, language);
};

const text = (v: CellValue | undefined): string =>
  v === null || v === undefined ? '' : isExcelError(v) ? '' : String(v).replace(/\s+/g, ' ').trim();

const LEGEND_LINE = /^([А-ЯЁA-Z]{2,6})\s*[–—-]\s*(.+)$/;

/** A stable id for rows the user added without a key: a hash of the row's section and text. */
const derivedId = (section: string, activity: string): string => `user-${shortHash(`${section}\u0000${activity}`)}`;

const parseScope = (value: string): Scope | null => {
  const v = value.toLowerCase();
  if (v === '' || v.startsWith('муницип') || v.startsWith('район') || v.startsWith('district')) return 'district';
  if (v.startsWith('школ') || v.startsWith('кажд') || v === 'оо' || v.startsWith('school')) return 'school';
  return null;
};

/** A problem in the catalogue sheet, worded like the reader's: «Лист «…», строка N, столбец X: …». */
const catalogueProblem = (
  where: { sheet: string; row: number; column: string },
  code: string,
  severity: Problem['severity'],
  ru: string,
  en: string,
): Problem => ({
  ...where,
  code,
  severity,
  message: `Лист «${where.sheet}», строка ${where.row}, столбец ${where.column}: ${ru}`,
  messageEn: `Sheet "${where.sheet}", row ${where.row}, column ${where.column}: ${en}`,
});

export interface CatalogueReadResult {
  catalogue: Catalogue;
  problems: Problem[];
}

/**
 * Reads the catalogue back from its sheet (Russian or English headers, columns in any order).
 * A row with an unreadable condition or scope is reported and left out — never guessed.
 */
export const readCatalogue = (grid: Grid): CatalogueReadResult | null => {
  const problems: Problem[] = [];
  const known = new Map<string, Field>();
  for (const lang of ['ru', 'en'] as const) {
    const names = headerOf(ROADMAP_LABELS[lang]);
    for (const f of CATALOGUE_FIELDS) known.set(names[f].toLowerCase(), f);
  }
  const headerRow = grid.values.findIndex((row) => row.some((v) => known.get(text(v).toLowerCase()) === 'text'));
  if (headerRow < 0) return null;
  const columnOf = new Map<Field, number>();
  let keyColumn = -1;
  grid.values[headerRow].forEach((v, c) => {
    const t = text(v);
    const field = known.get(t.toLowerCase());
    if (field && !columnOf.has(field)) columnOf.set(field, c);
    if (t === KEY_HEADER.ru || t === KEY_HEADER.en) keyColumn = c;
  });
  const cell = (row: CellValue[], f: Field) => (columnOf.has(f) ? text(row[columnOf.get(f)!]) : '');
  const activities: Activity[] = [];
  const sections: string[] = [];
  const legend: Catalogue['legend'] = [];
  const ids = new Set<string>();
  for (let r = headerRow + 1; r < grid.values.length; r++) {
    const row = grid.values[r] ?? [];
    const filled = row.filter((v) => text(v) !== '');
    if (filled.length === 0) continue;
    const activityText = cell(row, 'text');
    if (!activityText) {
      const legendMatch = filled.length === 1 ? LEGEND_LINE.exec(text(filled[0])) : null;
      if (legendMatch) legend.push({ abbreviation: legendMatch[1], meaning: legendMatch[2].trim() });
      continue;
    }
    const sheetRow = r + 1;
    const where = (f: Field) => ({ sheet: grid.sheet, row: sheetRow, column: columnLetter(columnOf.get(f) ?? 0) });
    const trigger = parseTrigger(cell(row, 'trigger'));
    if (!trigger) {
      problems.push(catalogueProblem(where('trigger'), 'roadmap-unknown-trigger', 'error',
        `Условие «${cell(row, 'trigger')}» не распознано; мероприятие не включено в дорожную карту. Допустимо: всегда, ШНОР, ШНСУ, «дефицит: математика 5–9», «социальный: девиантное поведение», педагоги группы риска, партнёрство.`,
        `Condition “${cell(row, 'trigger')}” is not recognised; the activity is left out of the roadmap.`));
      continue;
    }
    const scope = parseScope(cell(row, 'scope'));
    if (!scope) {
      problems.push(catalogueProblem(where('scope'), 'roadmap-unknown-scope', 'error',
        `Охват «${cell(row, 'scope')}» не распознан; мероприятие не включено. Укажите «муниципальный» или «школа».`,
        `Scope “${cell(row, 'scope')}” is not recognised; the activity is left out. Use “муниципальный” or “школа”.`));
      continue;
    }
    const section = cell(row, 'section') || sections[sections.length - 1] || '';
    let id = keyColumn >= 0 ? text(row[keyColumn]).split('|')[0] : '';
    if (!id) id = derivedId(section, activityText);
    if (ids.has(id)) {
      problems.push(catalogueProblem(
        { sheet: grid.sheet, row: sheetRow, column: columnLetter(keyColumn >= 0 ? keyColumn : 0) },
        'roadmap-duplicate-key', 'warning',
        `Ключ «${id}» повторяется (строка скопирована?): для этой строки взят ключ по тексту мероприятия.`,
        `Key “${id}” repeats (a copied row?): this row gets a key from its text.`));
      id = derivedId(section, activityText);
    }
    ids.add(id);
    if (!sections.includes(section)) sections.push(section);
    activities.push({
      id,
      section,
      text: activityText,
      timing: cell(row, 'timing'),
      responsible: cell(row, 'responsible'),
      expectedResult: cell(row, 'expectedResult'),
      scope,
      trigger,
      source: cell(row, 'source'),
    });
  }
  return { catalogue: { sections, activities, legend }, problems };
};
