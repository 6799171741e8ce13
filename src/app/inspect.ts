import type { WorkbookPort } from '../hosts/port';
import { pickText, type Language } from '../i18n';
import { FIELDS, TABLE_KIND_NAMES, type FieldId } from '../tables/fields';
import type { Problem } from '../domain/problem';
import type { SheetReport } from '../tables/sheet-read-result';
import { loadWorkbook, type LoadWorkbookOptions } from './load-workbook';

export interface InspectedField {
  column: string;
  path: string;
  field: string;
  fieldName: string; // Russian name of the field
  subject?: string;
}

/** What Opora recognised in one sheet, and what it could not read there. */
export interface SheetInspection extends Omit<SheetReport, 'fields'> {
  fields: InspectedField[];
  problems: Problem[];
}

export interface Inspection {
  sheets: SheetInspection[];
  /** Problems not tied to one input sheet (damaged state, whole-workbook notes). */
  generalProblems: Problem[];
  counts: { schools: number; results: number; olympiads: number; social: number; territory: number; teachers: number; monitoring: number };
  years: number[];
  problemCount: number;
}

const fieldName = (field: string): string => FIELDS[field as FieldId]?.ru || field;

/** Reads the workbook and describes, sheet by sheet, what was recognised and every problem. */
export const inspectWorkbook = async (port: WorkbookPort, options: LoadWorkbookOptions = {}): Promise<Inspection> => {
  const { read, problems } = await loadWorkbook(port, options);
  const sheetNames = new Set(read.sheets.map((s) => s.sheet));
  const sheets: SheetInspection[] = read.sheets.map((s) => ({
    sheet: s.sheet,
    kind: s.kind,
    headerRows: s.headerRows,
    fields: s.fields.map((f) => ({ ...f, fieldName: fieldName(f.field) })),
    years: s.years,
    ...(s.family ? { family: s.family } : {}),
    schools: s.schools,
    ...(s.regionRow !== undefined ? { regionRow: s.regionRow } : {}),
    subtotalRows: s.subtotalRows,
    ...(s.skipped ? { skipped: s.skipped } : {}),
    problems: problems.filter((p) => p.sheet === s.sheet),
  }));
  const d = read.dataset;
  const years = [...new Set(sheets.flatMap((s) => s.years))].sort((a, b) => a - b);
  return {
    sheets,
    generalProblems: problems.filter((p) => !sheetNames.has(p.sheet)),
    counts: {
      schools: d.schools.length,
      results: d.results.length,
      olympiads: d.olympiads.length,
      social: d.social.length,
      territory: d.territory.length,
      teachers: d.teachers.length,
      monitoring: d.monitoring.length,
    },
    years,
    problemCount: problems.length,
  };
};

// ---- Text report ----

const TEXT = {
  ru: {
    sheet: (name: string) => `Лист «${name}»`,
    notRecognised: 'не распознан',
    skipped: (why: string) => `пропущен: ${why}`,
    headerRows: 'строки заголовка',
    fields: 'Поля',
    subjects: 'Предметы',
    years: 'Годы',
    schools: 'школ',
    regionRow: 'строка итогов по территории',
    subtotalRows: 'промежуточные итоги в строках',
    noProblems: 'Замечаний нет.',
    problems: (n: number) => `Замечаний: ${n}`,
    general: 'Общие замечания',
    severity: { error: 'ошибка', warning: 'предупреждение', info: 'сведения' },
    summary: (sheets: number, recognised: number) => `Итого: листов ${sheets}, распознано ${recognised}.`,
    counts: 'Прочитано записей',
    countNames: { schools: 'школ', results: 'результатов', olympiads: 'олимпиады', social: 'соц. паспорт', territory: 'территории', teachers: 'педагоги', monitoring: 'мониторинг' },
    allYears: 'Годы в данных',
    totalProblems: (n: number) => `Всего замечаний: ${n}.`,
    none: '—',
  },
  en: {
    sheet: (name: string) => `Sheet "${name}"`,
    notRecognised: 'not recognised',
    skipped: (why: string) => `skipped: ${why}`,
    headerRows: 'header rows',
    fields: 'Fields',
    subjects: 'Subjects',
    years: 'Years',
    schools: 'schools',
    regionRow: 'area total row',
    subtotalRows: 'subtotal rows',
    noProblems: 'No problems.',
    problems: (n: number) => `Problems: ${n}`,
    general: 'General problems',
    severity: { error: 'error', warning: 'warning', info: 'info' },
    summary: (sheets: number, recognised: number) => `Total: ${sheets} sheets, ${recognised} recognised.`,
    counts: 'Records read',
    countNames: { schools: 'schools', results: 'results', olympiads: 'olympiads', social: 'social passport', territory: 'territory', teachers: 'teachers', monitoring: 'monitoring' },
    allYears: 'Years in the data',
    totalProblems: (n: number) => `Problems in total: ${n}.`,
    none: '-',
  },
} as const;

/** «E–G» for consecutive letters, otherwise «E, G, K». */
const columnsText = (letters: string[]): string => {
  if (letters.length <= 1) return letters.join('');
  const index = (l: string) => [...l].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const consecutive = letters.every((l, i) => i === 0 || index(l) === index(letters[i - 1]) + 1);
  return consecutive ? `${letters[0]}–${letters[letters.length - 1]}` : letters.join(', ');
};

const problemLine = (p: Problem, language: Language): string =>
  `    • [${TEXT[language].severity[p.severity]}] ${pickText(language, p.message, p.messageEn)}`;

const sheetLines = (s: SheetInspection, language: Language): string[] => {
  const t = TEXT[language];
  const kind = s.kind ? TABLE_KIND_NAMES[s.kind][language] : t.notRecognised;
  const head = `${t.sheet(s.sheet)} — ${kind}${s.family ? `, ${s.family}` : ''}${s.skipped ? ` (${t.skipped(s.skipped)})` : ''}`;
  const lines = [head];
  if (s.kind) {
    const plain = s.fields.filter((f) => !f.subject);
    const bySubject = new Map<string, string[]>();
    for (const f of s.fields) if (f.subject) bySubject.set(f.subject, [...(bySubject.get(f.subject) ?? []), f.column]);
    lines.push(`  ${t.fields} (${t.headerRows} ${s.headerRows.join(', ')}): ${plain.map((f) => `${f.fieldName} (${f.column})`).join(', ') || t.none}`);
    if (bySubject.size > 0) lines.push(`  ${t.subjects}: ${[...bySubject].map(([subject, cols]) => `${subject} (${columnsText(cols)})`).join(', ')}`);
    const facts = [`${t.years}: ${s.years.join(', ') || t.none}`, `${t.schools}: ${s.schools}`];
    if (s.regionRow !== undefined) facts.push(`${t.regionRow}: ${s.regionRow}`);
    if (s.subtotalRows.length > 0) facts.push(`${t.subtotalRows}: ${s.subtotalRows.join(', ')}`);
    lines.push(`  ${facts.join('; ')}`);
  }
  if (s.problems.length === 0) lines.push(`  ${t.noProblems}`);
  else lines.push(`  ${t.problems(s.problems.length)}`, ...s.problems.map((p) => problemLine(p, language)));
  return lines;
};

/** A readable report of an inspection (Russian by default). */
export const inspectionReport = (inspection: Inspection, language: Language = 'ru'): string => {
  const t = TEXT[language];
  const lines: string[] = [];
  for (const s of inspection.sheets) lines.push(...sheetLines(s, language), '');
  if (inspection.generalProblems.length > 0) lines.push(`${t.general}:`, ...inspection.generalProblems.map((p) => problemLine(p, language)), '');
  const recognised = inspection.sheets.filter((s) => s.kind !== null && !s.skipped).length;
  lines.push(t.summary(inspection.sheets.length, recognised));
  const counts = Object.entries(inspection.counts)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${t.countNames[k as keyof typeof t.countNames]} ${n}`);
  lines.push(`${t.counts}: ${counts.join(', ') || t.none}.`);
  lines.push(`${t.allYears}: ${inspection.years.join(', ') || t.none}.`);
  lines.push(t.totalProblems(inspection.problemCount));
  return lines.join('\n');
};
