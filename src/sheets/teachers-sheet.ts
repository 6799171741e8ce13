import type { SheetSpec, SpecCell } from '../tables/sheet-spec';
import type { IdentificationResult, TeacherFinding } from '../domain/types';

/**
 * «Педагоги — риски <год>»: one row per flagged teacher criterion (seed 004 §VII), with value,
 * threshold, margin, the second condition where there is one, the years and the source rows.
 * Personal data: the sheet stays in the user's workbook. «Примечание» belongs to the user.
 */

export const teachersSheetName = (year: number): string => `Педагоги — риски ${year}`;

const extraText = (f: TeacherFinding): string =>
  (f.extra ?? []).map((e) => `${e.label}: ${e.value === null ? 'нет данных' : e.value} (порог ${e.threshold ?? '—'})`).join('; ');

const sourceText = (f: TeacherFinding): string => {
  const bySheet = new Map<string, number[]>();
  for (const s of f.source) bySheet.set(s.sheet, [...(bySheet.get(s.sheet) ?? []), s.row]);
  return [...bySheet].map(([sheet, rows]) => `${sheet}: стр. ${rows.join(', ')}`).join('; ');
};

export const teachersSheet = (result: IdentificationResult, year: number = result.lastYear): SheetSpec => {
  const flagged = result.teachers
    .filter((f) => f.flagged)
    .sort((a, b) => a.schoolName.localeCompare(b.schoolName, 'ru') || a.teacher.localeCompare(b.teacher, 'ru') || a.code.localeCompare(b.code));
  const header = ['№', 'ФИО педагога', 'Школа', 'Предмет', 'Критерий', 'Значение', 'Порог', 'Запас', 'Единица', 'Дополнительное условие', 'Годы', 'Правило', 'Источник', 'Примечание'];
  const rows: SpecCell[][] = flagged.map((f, i) => [
    i + 1,
    f.teacher,
    f.schoolName,
    f.subject ?? '',
    f.code,
    f.value,
    f.threshold,
    f.margin,
    f.unit,
    extraText(f),
    f.years.join(', '),
    f.rule,
    sourceText(f),
    '',
  ]);
  const evaluated = new Set(result.teachers.map((f) => `${f.teacher}|${f.schoolKey}`)).size;
  const footer: SpecCell[][] = [
    [null],
    ['Итоги'],
    ['Педагогов с оценёнными показателями', evaluated],
    ['Педагогов с рисками', new Set(flagged.map((f) => `${f.teacher}|${f.schoolKey}`)).size],
    ...(['T1', 'T2.1', 'T2.2', 'T3.1', 'T3.2'] as const).map((c): SpecCell[] => [`Отмечено по ${c}`, flagged.filter((f) => f.code === c).length]),
    ...result.notEvaluated.filter((n) => n.code.startsWith('T')).map((n): SpecCell[] => [`${n.code} не оценивался: ${n.reason}`]),
  ];
  return {
    name: teachersSheetName(year),
    kind: 'teachers',
    tabColor: '#7030A0',
    title: ['Приложение к приказу № ___ от ___', `Педагоги с рисками низких результатов обучения, ${year} год (критерии seed 004, раздел VII)`, 'Содержит персональные данные: не пересылайте лист без необходимости.'],
    header: [header],
    rows,
    rowKeys: flagged.map((f) => `${f.teacher}|${f.schoolKey}|${f.subject ?? ''}|${f.code}`),
    editableColumns: [header.length - 1],
    columns: header.map((h, c) => (c === 5 || c === 6 || c === 7 ? { width: 10, numberFormat: '0.00' } : { width: c === 0 ? 5 : c === 11 ? 60 : Math.max(12, h.length + 4), wrap: c >= 9 })),
    freezeHeader: true,
    freezeColumns: 2,
    autoFilter: true,
    print: { orientation: 'landscape', fitToWidth: true, repeatHeaderRows: true, centerHeader: teachersSheetName(year) },
    footer,
  };
};
