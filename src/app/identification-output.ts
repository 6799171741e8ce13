import { DEFAULT_SETTINGS, type Adjustment, type IdentificationResult, type Settings } from '../domain';
import type { Grid } from '../hosts/port';
import type { Language } from '../i18n';
import type { Problem } from '../tables/problem';
import type { SheetSpec } from '../tables/sheet-spec';

/**
 * The single call site of the sheets/ builders the identification use case needs: «Параметры»,
 * «Корректировки», «Идентификация <год>» and the teachers sheet, and the readers of the first two
 * (settingsFromGrid / adjustmentsFromGrid). Those builders have not landed in src/sheets yet, so
 * until they are wired here: no sheet is built (the run computes and returns results, writes nothing)
 * and settings are the defaults unless the caller passes its own.
 */
export const SETTINGS_SHEET = 'Параметры';
export const ADJUSTMENTS_SHEET = 'Корректировки';

export const SHEET_BUILDERS_WIRED = false;

export const readSettings = (grid: Grid | null): { settings: Settings; problems: Problem[] } => {
  void grid; // settingsFromGrid(grid) once src/sheets provides it
  return { settings: DEFAULT_SETTINGS, problems: [] };
};

export const readAdjustments = (grid: Grid | null): { adjustments: Adjustment[]; problems: Problem[] } => {
  void grid; // adjustmentsFromGrid(grid) once src/sheets provides it
  return { adjustments: [], problems: [] };
};

export const settingsSheetSpec = (settings: Settings, language: Language): SheetSpec | null => {
  void settings;
  void language;
  return null;
};

export const adjustmentsSheetSpec = (language: Language): SheetSpec | null => {
  void language;
  return null;
};

export const identificationSheetSpec = (result: IdentificationResult, year: number, language: Language): SheetSpec | null => {
  void result;
  void year;
  void language;
  return null;
};

export const teachersSheetSpec = (result: IdentificationResult, year: number, language: Language): SheetSpec | null => {
  void result;
  void year;
  void language;
  return null;
};
