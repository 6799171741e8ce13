import type { IdentificationResult } from '../domain/types';
import { columnLetter } from '../grid/column-letter';
import { headOf, totalRowsOf } from '../grid/sheet-preview';
import type { SheetSpec, SpecCell } from '../grid/sheet-spec';
import { sourceRowsText } from './source-text';
import type { Language } from '../i18n/bilingual';

/**
 * «Карта дефицитов <год>» (seed 000: the subjects and grades where results are low): one row per
 * school × subject × grade band (1–4, 5–9, 10–11) that is a deficit, with the gap to the region and the
 * share below the minimum, the rows it came from, and a note column that belongs to the user.
 */

const LABELS = {
  ru: {
    sheet: (year: number) => `Карта дефицитов ${year}`,
    title: (year: number) => `Карта дефицитов: школа × предмет × ступень (1–4, 5–9, 10–11), ${year} год`,
    method: (gap: number, below: number) =>
      `Дефицит — отставание от среднего по региону более ${gap}% максимального балла или доля не достигших минимума ${below}% и более (лист «Параметры»).`,
    header: ['№', 'Школа', 'Предмет', 'Ступень, классы', 'Отставание, % макс.', 'Не достигли минимума, %', 'Участников', 'Основание', 'Строки-источники', 'Примечание'],
    reason: { gap: 'отставание', belowMinimum: 'не достигли минимума' },
    summary: 'Итого дефицитов',
    bySubject: (subject: string, band: string) => `${subject}, ${band} кл.`,
  },
  en: {
    sheet: (year: number) => `Deficit map ${year}`,
    title: (year: number) => `Deficit map: school × subject × grade band (1–4, 5–9, 10–11), ${year}`,
    method: (gap: number, below: number) =>
      `A deficit: a gap to the regional average of more than ${gap}% of the maximum score, or ${below}% or more below the minimum (Settings sheet).`,
    header: ['No.', 'School', 'Subject', 'Grades', 'Gap, % of max', 'Below minimum, %', 'Participants', 'Reason', 'Source rows', 'Note'],
    reason: { gap: 'gap', belowMinimum: 'below minimum' },
    summary: 'Deficits in all',
    bySubject: (subject: string, band: string) => `${subject}, grades ${band}`,
  },
} as const;

const round1 = (v: number | null): number | null => (v === null ? null : Math.round(v * 10) / 10);


export const deficitMapSheetName = (year: number, language: Language = 'ru'): string => LABELS[language].sheet(year);

export const deficitMapSheet = (
  result: IdentificationResult,
  thresholds: { gap: number; belowMinimumShare: number },
  language: Language = 'ru',
  /** Build only the first rows (a preview, grid/sheet-preview.ts); the rest of the sheet is as usual. */
  headRows?: number,
): SheetSpec => {
  const l = LABELS[language];
  const year = result.lastYear;
  const deficits = result.deficits
    .filter((d) => d.year === year && d.reasons.length > 0)
    .sort((a, b) => a.schoolName.localeCompare(b.schoolName, 'ru') || a.subject.localeCompare(b.subject, 'ru') || a.band.localeCompare(b.band));
  const head = headOf(deficits, headRows);
  const rows: SpecCell[][] = head.map((d, i) => [
    i + 1,
    d.schoolName,
    d.subject,
    d.band,
    round1(d.gap),
    round1(d.belowMinimumShare),
    d.participants,
    d.reasons.map((r) => l.reason[r]).join(', '),
    sourceRowsText(d.source, language),
    '',
  ]);
  const counts = new Map<string, number>();
  for (const d of deficits) {
    const what = l.bySubject(d.subject, d.band);
    counts.set(what, (counts.get(what) ?? 0) + 1);
  }
  const title = [l.title(year), l.method(thresholds.gap, thresholds.belowMinimumShare)];
  const first = title.length + 2;
  const gapCol = 4;
  const belowCol = 5;
  return {
    name: l.sheet(year),
    kind: 'deficit-map',
    tabColor: '#BF8F00',
    title,
    header: [[...l.header]],
    rows,
    rowKeys: head.map((d) => `${d.schoolKey}|${d.subject}|${d.band}`),
    ...totalRowsOf(deficits, headRows),
    editableColumns: [l.header.length - 1],
    columns: [{ width: 5 }, { width: 36, wrap: true }, { width: 22 }, { width: 10 }, { width: 12, numberFormat: '0.0' }, { width: 14, numberFormat: '0.0' }, { width: 11 }, { width: 22 }, { width: 28, wrap: true }, { width: 30, wrap: true }],
    conditionalFormats: [
      { firstColumn: gapCol, lastColumn: gapCol, formula: `=$${columnLetter(gapCol)}${first}>${thresholds.gap}`, fill: '#F8CBAD' },
      { firstColumn: belowCol, lastColumn: belowCol, formula: `=$${columnLetter(belowCol)}${first}>=${thresholds.belowMinimumShare}`, fill: '#F8CBAD' },
    ],
    freezeHeader: true,
    autoFilter: true,
    print: { orientation: 'landscape', fitToWidth: true, repeatHeaderRows: true, centerHeader: l.sheet(year) },
    footer: [[null], [l.summary, deficits.length], ...[...counts].map(([what, n]): SpecCell[] => [what, n])],
  };
};
