import type { SourceRef } from '../domain/records';
import { IDENTIFICATION_LABELS, type IdentificationLanguage } from '../tables/labels/identification-labels';

/** «ОГЭ: стр. 7, 12; ЕГЭ: стр. 9»: the rows a value came from, grouped by sheet. */
export const sourceRowsText = (sources: readonly SourceRef[], language: IdentificationLanguage): string => {
  const bySheet = new Map<string, number[]>();
  for (const s of sources) {
    const rows = bySheet.get(s.sheet);
    if (rows) rows.push(s.row);
    else bySheet.set(s.sheet, [s.row]);
  }
  return [...bySheet].map(([sheet, rows]) => IDENTIFICATION_LABELS[language].sourceRows(sheet, rows.join(', '))).join('; ');
};
