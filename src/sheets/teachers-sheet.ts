import type { SheetSpec, SpecCell } from '../grid/sheet-spec';
import type { IdentificationResult, TeacherFinding } from '../domain/types';
import { sourceRowsText } from './source-text';
import { IDENTIFICATION_LABELS, type IdentificationLabels, type IdentificationLanguage } from '../tables/labels/identification-labels';

/**
 * «Педагоги — риски <год>» ("Teachers at risk <year>"): one row per flagged teacher criterion (seed 004
 * §VII), with value, threshold, margin, the second condition where there is one, the years and the
 * source rows. Personal data: the sheet stays in the user's workbook. «Примечание» belongs to the user.
 */

export const teachersSheetName = (year: number, language: IdentificationLanguage = 'ru'): string =>
  IDENTIFICATION_LABELS[language].teachersSheet(year);

/** A number inside a text cell: at most two decimals, the decimal comma in Russian (no cell format can do it there). */
const inText = (v: number, language: IdentificationLanguage): string =>
  (Math.round(v * 100) / 100).toLocaleString(language === 'en' ? 'en-US' : 'ru-RU', { useGrouping: false, maximumFractionDigits: 2 });

/** The second condition or per-subject comparison, then the finding's note (partial window, missing subjects). */
const extraText = (f: TeacherFinding, l: IdentificationLabels, language: IdentificationLanguage): string =>
  [
    ...(f.extra ?? []).map(
      (e) => `${e.label}: ${e.value === null ? l.noData : inText(e.value, language)} (${l.thresholdWord} ${e.threshold === null || e.threshold === undefined ? '—' : inText(e.threshold, language)})`,
    ),
    ...(f.note ? [f.note] : []),
  ].join('; ');


export const teachersSheet = (result: IdentificationResult, year: number = result.lastYear, language: IdentificationLanguage = 'ru'): SheetSpec => {
  const l = IDENTIFICATION_LABELS[language];
  const flagged = result.teachers
    .filter((f) => f.flagged)
    .sort((a, b) => a.schoolName.localeCompare(b.schoolName, 'ru') || a.teacher.localeCompare(b.teacher, 'ru') || a.code.localeCompare(b.code));
  const h = l.teachersHeader;
  const header = [h.number, h.teacher, h.school, h.subject, h.criterion, h.value, h.threshold, h.margin, h.unit, h.extraCondition, h.years, h.rule, h.source, h.note];
  const rows: SpecCell[][] = flagged.map((f, i) => [
    i + 1,
    f.teacher,
    f.schoolName,
    f.subject ?? '',
    f.code,
    f.value,
    f.threshold,
    f.margin,
    l.teacherUnit(f.code, f.unit),
    extraText(f, l, language),
    f.years.join(', '),
    language === 'en' ? f.ruleEn : f.rule,
    sourceRowsText(f.source, language),
    '',
  ]);
  const evaluated = new Set(result.teachers.map((f) => `${f.teacher}|${f.schoolKey}`)).size;
  const footer: SpecCell[][] = [
    [null],
    [l.summary],
    [l.teachersEvaluated, evaluated],
    [l.teachersAtRisk, new Set(flagged.map((f) => `${f.teacher}|${f.schoolKey}`)).size],
    ...(['T1', 'T2.1', 'T2.2', 'T3.1', 'T3.2'] as const).map((c): SpecCell[] => [l.flaggedBy(c), flagged.filter((f) => f.code === c).length]),
    // T2.1 left unmet for want of subjects is not on the list above: say whose and which subjects were missing.
    ...result.teachers
      .filter((f) => f.incomplete === true)
      .map((f): SpecCell[] => [l.incompleteSubjects(f.teacher, f.schoolName, f.note!)]),
    ...result.notEvaluated
      .filter((n) => n.code.startsWith('T'))
      .map((n): SpecCell[] => [l.notEvaluatedReason(n.code, language === 'en' ? n.reasonEn : n.reason)]),
  ];
  const name = l.teachersSheet(year);
  return {
    name,
    kind: 'teachers',
    tabColor: '#7030A0',
    title: [l.annex, l.teachersTitle(year), l.teachersPrivacy],
    header: [header],
    rows,
    rowKeys: flagged.map((f) => `${f.teacher}|${f.schoolKey}|${f.subject ?? ''}|${f.code}`),
    editableColumns: [header.length - 1],
    columns: header.map((title, c) => (c === 5 || c === 6 || c === 7 ? { width: 10, numberFormat: '0.00' } : { width: c === 0 ? 5 : c === 11 ? 60 : Math.max(12, title.length + 4), wrap: c >= 9 })),
    freezeHeader: true,
    freezeColumns: 2,
    autoFilter: true,
    print: { orientation: 'landscape', fitToWidth: true, repeatHeaderRows: true, centerHeader: name },
    footer,
  };
};
