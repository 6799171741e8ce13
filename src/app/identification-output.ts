import { deficitMapSheet } from '../sheets/deficit-map-sheet';
import { DEFAULT_SETTINGS, type Adjustment, type IdentificationResult, type Settings } from '../domain';
import type { Grid } from '../hosts/port';
import { LANGUAGES, type Language } from '../i18n';
import { adjustmentsFromGrid, adjustmentsSheet, ADJUSTMENTS_SHEET_NAME, ADJUSTMENTS_SHEET_NAMES } from '../sheets/adjustments-sheet';
import { identificationSheet } from '../sheets/identification-sheet';
import { settingsFromGrid, settingsSheet, SETTINGS_SHEET_NAME, SETTINGS_SHEET_NAMES } from '../sheets/settings-sheet';
import { teachersSheet } from '../sheets/teachers-sheet';
import type { Problem } from '../tables/problem';
import type { SheetSpec } from '../tables/sheet-spec';

/**
 * The single place the identification use case meets the sheets/ builders: «Параметры»,
 * «Корректировки», «Идентификация <год>», the teachers sheet (each in the user's language), and the
 * readers of the first two. «Параметры» and «Корректировки» may exist under their name in either
 * language (the user may switch language between runs): SETTINGS_SHEETS / ADJUSTMENTS_SHEETS list
 * every name, and ownSheetOf picks the one present, the current language's first.
 */
export const SETTINGS_SHEET = SETTINGS_SHEET_NAME;
export const ADJUSTMENTS_SHEET = ADJUSTMENTS_SHEET_NAME;
export const SETTINGS_SHEETS: readonly string[] = SETTINGS_SHEET_NAMES;
export const ADJUSTMENTS_SHEETS: readonly string[] = ADJUSTMENTS_SHEET_NAMES;
/** Every name of «Параметры» and «Корректировки», to read them with the workbook. */
export const IDENTIFICATION_INPUT_SHEETS: readonly string[] = [...SETTINGS_SHEETS, ...ADJUSTMENTS_SHEETS];

/** The names to look for, the one in `language` first (the lists hold one name per language, in LANGUAGES order). */
const preferred = (names: readonly string[], language: Language): string[] => {
  const i = LANGUAGES.indexOf(language);
  return [names[i], ...names.filter((_, j) => j !== i)];
};

/** The first of `names` present in `own` (grids keyed by requested name), the current language's first. */
export const ownSheetOf = (own: ReadonlyMap<string, Grid>, names: readonly string[], language: Language): { name: string; grid: Grid } | null => {
  const name = preferred(names, language).find((n) => own.has(n));
  return name === undefined ? null : { name, grid: own.get(name)! };
};

/** The grid of the first of `names` that `read` finds, the current language's first (the task pane reads one sheet at a time). */
export const readOwnSheetOf = async (
  read: (requested: string) => Promise<Grid | null>,
  names: readonly string[],
  language: Language,
): Promise<Grid | null> => {
  for (const name of preferred(names, language)) {
    const grid = await read(name);
    if (grid) return grid;
  }
  return null;
};

export const isIdentificationInputSheet = (sheet: string): boolean => IDENTIFICATION_INPUT_SHEETS.includes(sheet);

export const readSettings = (grid: Grid | null): { settings: Settings; problems: Problem[] } =>
  grid ? settingsFromGrid(grid) : { settings: DEFAULT_SETTINGS, problems: [] };

export const readAdjustments = (grid: Grid | null): { adjustments: Adjustment[]; problems: Problem[] } =>
  grid ? adjustmentsFromGrid(grid) : { adjustments: [], problems: [] };

/**
 * `existingName`: the name the sheet already has in the workbook (possibly in the other language);
 * it is rewritten there rather than duplicated under the current language's name.
 */
export const settingsSheetSpec = (settings: Settings, language: Language, existingName?: string | null): SheetSpec | null => {
  const spec = settingsSheet(settings, language);
  return existingName ? { ...spec, name: existingName } : spec;
};

export const adjustmentsSheetSpec = (language: Language, adjustments: Adjustment[] = [], existingName?: string | null): SheetSpec | null => {
  const spec = adjustmentsSheet(adjustments, undefined, language);
  return existingName ? { ...spec, name: existingName } : spec;
};

export const identificationSheetSpec = (result: IdentificationResult, year: number, language: Language): SheetSpec | null =>
  identificationSheet(result, year, language);

export const teachersSheetSpec = (result: IdentificationResult, year: number, language: Language): SheetSpec | null =>
  teachersSheet(result, year, language);

/** The deficit map exists for the latest year only (the domain computes it there). */
export const deficitMapSheetSpec = (result: IdentificationResult, year: number, settings: Settings, language: Language): SheetSpec | null =>
  year === result.lastYear ? deficitMapSheet(result, settings.deficits, language) : null;
