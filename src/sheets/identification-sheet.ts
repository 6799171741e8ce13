import { headOf, totalRowsOf } from '../grid/sheet-preview';
import type { ColumnSpec, ConditionalRule, SheetSpec, SpecCell } from '../grid/sheet-spec';
import { columnLetter } from '../grid/column-letter';
import { criterionName, type CriterionCode } from '../domain/criteria';
import type { Finding, IdentificationResult, SchoolYearResult } from '../domain/types';
import { shownCriteria } from '../domain/identify';
import { IDENTIFICATION_LABELS, type IdentificationLabels } from '../tables/labels/identification-labels';
import { pagesAcross } from './print-pages';
import { pick, type Language } from '../i18n/bilingual';

/**
 * «Идентификация <год>» ("Identification <year>"): one row per school with its groups, every evaluated criterion's value,
 * threshold and margin, stable / status vs the previous year, the expert adjustment with its reason;
 * a summary block in the footer. Colours come from conditional-format rules that read the computed
 * «Группы» and «Основания» cells. The «Примечание» column belongs to the user (kept on regeneration).
 */

export const identificationSheetName = (year: number, language: Language = 'ru'): string =>
  IDENTIFICATION_LABELS[language].identificationSheet(year);

const FILL_LOW = '#F8CBAD';
/** Columns printed on every page: № and the school. */
const PRINT_REPEATED = 2;
const FILL_SOCIAL = '#FFE699';
const FILL_FLAG = '#F4B183';

const cellOf = (value: Finding['value'], l: IdentificationLabels): SpecCell =>
  value === null ? l.noData : typeof value === 'boolean' ? (value ? l.yes : l.no) : value;



export const identificationSheet = (
  result: IdentificationResult,
  year: number = result.lastYear,
  language: Language = 'ru',
  /** Build only the first rows (a preview, grid/sheet-preview.ts); the rest of the sheet is as usual. */
  headRows?: number,
): SheetSpec => {
  const l = IDENTIFICATION_LABELS[language];
  const all = result.schools.filter((s) => s.year === year);
  const schools = headOf(all, headRows);
  const codes = shownCriteria(result);
  const fixed = [l.number, l.school, l.municipality, l.groups, l.reasons, l.stable, l.statusVsLastYear];
  const perCode = codes.flatMap((c) => [l.criterionValue(c), l.criterionThreshold(c), l.criterionMargin(c)]);
  const tail = [l.noDataFamilies, l.adjustment, l.adjustmentReason, l.note];
  const header = [...fixed, ...perCode, ...tail];
  const groupsCol = 3;
  const reasonsCol = 4;
  const firstCodeCol = fixed.length;
  const noteCol = header.length - 1;

  const rows: SpecCell[][] = schools.map((s: SchoolYearResult, i) => {
    const findings = s.findings;
    const byCode = new Map(findings.map((f) => [f.code, f]));
    const criteria = codes.flatMap((c): SpecCell[] => {
      const f = byCode.get(c);
      if (!f) return [l.notEvaluated, null, null];
      return [cellOf(f.value, l), cellOf(f.threshold, l), f.margin];
    });
    const changes = s.adjustment?.changes ?? [];
    return [
      i + 1,
      s.name,
      s.municipality ?? '',
      s.groups.join(', '),
      findings.filter((f) => f.flagged).map((f) => f.code).join(', '),
      s.stable ? l.yes : l.no,
      l.status[s.status],
      ...criteria,
      s.noData.join(', '),
      changes.map((c) => l.adjustmentText(c.action, c.group, c.changed)).join('; '),
      changes.map((c) => c.reason).join('; '),
      '',
    ];
  });

  const title = [l.annex, l.identificationTitle(year), l.identificationHelp];
  const first = title.length + 2; // 1-based sheet row of the first data row (one header row)
  const ref = (col: number) => `$${columnLetter(col)}${first}`;
  const conditionalFormats: ConditionalRule[] = [
    { firstColumn: 1, lastColumn: groupsCol, formula: `=ISNUMBER(SEARCH("ШНОР",${ref(groupsCol)}))`, fill: FILL_LOW },
    { firstColumn: groupsCol, lastColumn: groupsCol, formula: `=ISNUMBER(SEARCH("ШНСУ",${ref(groupsCol)}))`, fill: FILL_SOCIAL },
    ...codes.map(
      (c, i): ConditionalRule => ({
        firstColumn: firstCodeCol + 3 * i,
        lastColumn: firstCodeCol + 3 * i,
        formula: `=ISNUMBER(SEARCH("${c}",${ref(reasonsCol)}))`,
        fill: FILL_FLAG,
      }),
    ),
  ];

  const columns: ColumnSpec[] = header.map((h, c): ColumnSpec => {
    if (c === 0) return { width: 5 };
    if (c === 1) return { width: 40, wrap: true };
    if (c >= firstCodeCol && c < firstCodeCol + perCode.length) return { width: 11, numberFormat: '0.00' };
    if (c === noteCol || c === noteCol - 1) return { width: 30, wrap: true };
    return { width: Math.max(12, Math.min(24, h.length + 2)), wrap: true };
  });

  const name = l.identificationSheet(year);
  return {
    name,
    kind: 'identification',
    tabColor: '#C55A11',
    title,
    header: [header],
    rows,
    rowKeys: schools.map((s) => s.schoolKey),
    ...totalRowsOf(all, headRows),
    editableColumns: [noteCol],
    columns,
    conditionalFormats,
    freezeHeader: true,
    freezeColumns: 2,
    autoFilter: true,
    // № and the school on every page; the school, groups and criteria stay legible instead of ~30 columns on one page.
    print: { orientation: 'landscape', fitToWidth: true, pagesWide: pagesAcross(columns, PRINT_REPEATED), repeatColumns: PRINT_REPEATED, repeatHeaderRows: true, centerHeader: name },
    footer: summaryFooter(result, year, codes, language),
  };
};

const summaryFooter = (result: IdentificationResult, year: number, codes: CriterionCode[], language: Language): SpecCell[][] => {
  const l = IDENTIFICATION_LABELS[language];
  const s = result.summary.find((x) => x.year === year);
  const out: SpecCell[][] = [[null], [l.summary]];
  if (s) {
    out.push(
      [l.schoolsTotal, s.schools],
      ['ШНОР', s.groups.ШНОР],
      ['ШНСУ', s.groups.ШНСУ],
      [l.inBothGroups, s.both],
      [l.stableLow, s.stable],
      [l.entered, s.entered.length, s.entered.map((e) => e.name).join('; ')],
      [l.left, s.left.length, s.left.map((e) => e.name).join('; ')],
      [l.stayed, s.stayed],
      [l.adjusted, s.adjusted],
    );
    for (const c of codes) out.push([l.flaggedByCriterion(criterionName(c, language)), s.criteria[c]]);
  }
  for (const n of result.notEvaluated) out.push([l.notEvaluatedReason(n.code, pick(n.reason, language))]);
  const method = result.method.map((m) => pick(m, language));
  const notes = result.notes.map((n) => pick(n, language));
  out.push([null], [l.method], ...method.map((m) => [m]));
  if (notes.length > 0) out.push([null], [l.remarks], ...notes.map((n) => [n]));
  return out;
};
