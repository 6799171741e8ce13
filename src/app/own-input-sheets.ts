import { DEFAULT_SETTINGS, type Adjustment, type Settings } from '../domain';
import type { Grid } from '../grid/grid';
import type { Language } from '../i18n';
import { adjustmentsSheet, ADJUSTMENTS_SHEET_NAMES } from '../sheets/adjustments-sheet';
import { adjustmentsFromGrid } from '../tables/own-sheets/adjustments-reader';
import { IDENTIFICATION_LANGUAGES } from '../tables/labels/identification-labels';
import { settingsSheet, SETTINGS_SHEET_NAMES } from '../sheets/settings-sheet';
import { settingsFromGrid } from '../tables/own-sheets/settings-reader';
import type { Problem } from '../domain/problem';
import type { SheetSpec } from '../grid/sheet-spec';

/**
 * Opora's own input sheets «Параметры» and «Корректировки»: found, read and rewritten for every use
 * case. They may exist under their name in either language (the user may switch language between
 * runs): SETTINGS_SHEET_NAMES / ADJUSTMENTS_SHEET_NAMES list every name, and ownSheetOf picks the
 * one present, the current language's first.
 */
/** Every name of «Параметры» and «Корректировки», to read them with the workbook. */
export const IDENTIFICATION_INPUT_SHEETS: readonly string[] = [...SETTINGS_SHEET_NAMES, ...ADJUSTMENTS_SHEET_NAMES];

/** The names to look for, the one in `language` first (the lists hold one name per language, in IDENTIFICATION_LANGUAGES order). */
const preferred = (names: readonly string[], language: Language): string[] => {
  const i = IDENTIFICATION_LANGUAGES.indexOf(language);
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

/** «Параметры» and «Корректировки» as the workbook holds them now (one sheet read at a time, the current language's name first). */
export const savedInputs = async (
  read: (requested: string) => Promise<Grid | null>,
  language: Language,
): Promise<{ settings: Settings; adjustments: Adjustment[] }> => ({
  settings: readSettings(await readOwnSheetOf(read, SETTINGS_SHEET_NAMES, language)).settings,
  adjustments: readAdjustments(await readOwnSheetOf(read, ADJUSTMENTS_SHEET_NAMES, language)).adjustments,
});
