import { memoByText } from '../util/memo-by-text';
import type { Family } from '../domain/records';
import { parseYear } from './cells';

const LONG_FORMS: [RegExp, Family][] = [
  [/единого государственного|единый государственный/i, 'ЕГЭ'],
  [/основного государственного|основной государственный/i, 'ОГЭ'],
  [/всероссийск\S* проверочн/i, 'ВПР'],
];
const ABBREVIATIONS: Record<string, Family> = { ЕГЭ: 'ЕГЭ', EGE: 'ЕГЭ', ОГЭ: 'ОГЭ', OGE: 'ОГЭ', ВПР: 'ВПР', VPR: 'ВПР' };

/** ЕГЭ / ОГЭ / ВПР named in a text, as an abbreviation token or written out. */
/** A family column repeats «ОГЭ» on every row: each text is looked at once. */
export const detectFamily = memoByText((text: string): Family | null => {
  for (const token of text.toUpperCase().split(/[^A-ZА-ЯЁ]+/)) if (ABBREVIATIONS[token]) return ABBREVIATIONS[token];
  for (const [re, fam] of LONG_FORMS) if (re.test(text)) return fam;
  return null;
}, 10_000);


/** Grade implied by a family when the sheet has no grade column: ЕГЭ 11, ОГЭ 9. */
export const defaultGrade = (family: Family): number | undefined => (family === 'ЕГЭ' ? 11 : family === 'ОГЭ' ? 9 : undefined);

export interface SheetMeta {
  year?: number;
  yearSource?: 'title' | 'header' | 'sheet-name';
  family?: Family;
  familySource?: 'title' | 'header' | 'sheet-name';
}

/** Year and family of a sheet: from its title rows first, then the header text, then the sheet name. */
export const detectSheetMeta = (sheetName: string, titleTexts: string[], headerTexts: string[]): SheetMeta => {
  const sources: ['title' | 'header' | 'sheet-name', string[]][] = [
    ['title', titleTexts],
    ['header', headerTexts],
    ['sheet-name', [sheetName]],
  ];
  const meta: SheetMeta = {};
  for (const [source, texts] of sources) {
    for (const text of texts) {
      if (meta.year === undefined) {
        const y = parseYear(text);
        if (y !== null) {
          meta.year = y;
          meta.yearSource = source;
        }
      }
      if (meta.family === undefined) {
        const f = detectFamily(text);
        if (f) {
          meta.family = f;
          meta.familySource = source;
        }
      }
    }
  }
  return meta;
};
