import type { School } from '../../domain/records';
import type { SheetReport } from '../sheet-read-result';
import type { Mention } from './types';

/** The rows that name a school, as the resolution sees them. */
export interface RowMentions {
  /** One per school texts (name, municipality, code) in each sheet: the first row's, with the other rows counted. */
  mentions: Mention[];
  /** Per mention, the index of its first row in `schools`. */
  firstRow: number[];
  /** Per row, its mention. */
  mentionOf: Int32Array;
  /** Per row, its row number in its sheet. */
  rowNumber: Int32Array;
  /** Per sheet, its largest row number. */
  maxRow: Map<string, number>;
}

/**
 * The mentions of `schools` (one School per row read). A sheet's rows come together; a sheet met again later
 * starts its mentions afresh. Consecutive rows of one school (a long table's subject rows) look nothing up.
 */
export const mentionsOfRows = (schools: readonly School[], reports: readonly SheetReport[]): RowMentions => {
  const registrySheets = new Set(reports.filter((r) => r.kind === 'schools').map((r) => r.sheet));
  const schoolColumn = new Map(reports.map((r) => [r.sheet, r.fields.find((f) => f.field === 'school')?.column]));
  const mentions: Mention[] = [];
  const firstRow: number[] = [];
  const mentionOf = new Int32Array(schools.length);
  // The block's mentions by name; mentions of one name with another municipality or code follow `sameName`.
  let byName = new Map<string, number>();
  const sameName: number[] = [];
  const maxRow = new Map<string, number>();
  // Each row's number, kept so that the rows are not read again once their keys are known.
  const rowNumber = new Int32Array(schools.length);
  let sheet = '';
  let sheetMax = 0;
  // The texts of the mention met last: consecutive rows of one school (a long table's subject rows) look nothing up.
  let runName: string | undefined;
  let runMunicipality: string | undefined;
  let runCode: string | undefined;
  let runSheet: string | undefined;
  let run = -1;
  for (let i = 0; i < schools.length; i++) {
    const s = schools[i];
    const src = s.source;
    const rowSheet = src?.sheet;
    if ((rowSheet ?? '') !== sheet || i === 0) {
      if (sheetMax > (maxRow.get(sheet) ?? -1)) maxRow.set(sheet, sheetMax);
      sheet = rowSheet ?? '';
      sheetMax = maxRow.get(sheet) ?? 0;
      byName = new Map();
    }
    const row = src?.row ?? 0;
    rowNumber[i] = row;
    if (row > sheetMax) sheetMax = row;
    const name = s.name;
    const municipality = s.municipality || undefined;
    const code = s.code || undefined;
    const year = s.year;
    if (run < 0 || name !== runName || municipality !== runMunicipality || code !== runCode || rowSheet !== runSheet) {
      runName = name;
      runMunicipality = municipality;
      runCode = code;
      runSheet = rowSheet;
      const first = byName.get(name);
      run = first ?? -1;
      while (run >= 0 && (mentions[run].municipality !== municipality || mentions[run].code !== code)) run = sameName[run];
      if (run < 0) {
        run = mentions.length;
        // Every mention has every field (undefined when absent): one object shape for the resolution's reads.
        mentions.push({
          name,
          municipality,
          code,
          source: src ?? { sheet, row },
          column: schoolColumn.get(sheet) || undefined,
          year,
          registry: registrySheets.has(sheet),
          count: 0,
          moreYears: undefined,
        });
        firstRow.push(i);
        sameName.push(first ?? -1);
        byName.set(name, run);
      }
    }
    mentionOf[i] = run;
    const m = mentions[run];
    m.count!++;
    if (year !== undefined && year !== m.year && !m.moreYears?.includes(year)) (m.moreYears ??= []).push(year);
  }
  if (sheetMax > (maxRow.get(sheet) ?? -1)) maxRow.set(sheet, sheetMax);
  return { mentions, firstRow, mentionOf, rowNumber, maxRow };
};
