import { DEFAULT_SETTINGS, type Adjustment, type IdentificationResult, type Settings } from '../domain';
import type { Grid } from '../hosts/port';
import type { Language } from '../i18n';
import { adjustmentsFromGrid, adjustmentsSheet, ADJUSTMENTS_SHEET_NAME } from '../sheets/adjustments-sheet';
import { identificationSheet } from '../sheets/identification-sheet';
import { settingsFromGrid, settingsSheet, SETTINGS_SHEET_NAME } from '../sheets/settings-sheet';
import { teachersSheet } from '../sheets/teachers-sheet';
import type { Problem } from '../tables/problem';
import type { SheetSpec } from '../tables/sheet-spec';

/**
 * The single place the identification use case meets the sheets/ builders: «Параметры»,
 * «Корректировки», «Идентификация <год>», the teachers sheet, and the readers of the first two.
 * The builders are Russian-only for now; `language` is passed through for when they take one.
 */
export const SETTINGS_SHEET = SETTINGS_SHEET_NAME;
export const ADJUSTMENTS_SHEET = ADJUSTMENTS_SHEET_NAME;

export const readSettings = (grid: Grid | null): { settings: Settings; problems: Problem[] } =>
  grid ? settingsFromGrid(grid) : { settings: DEFAULT_SETTINGS, problems: [] };

export const readAdjustments = (grid: Grid | null): { adjustments: Adjustment[]; problems: Problem[] } =>
  grid ? adjustmentsFromGrid(grid) : { adjustments: [], problems: [] };

export const settingsSheetSpec = (settings: Settings, _language: Language): SheetSpec | null => settingsSheet(settings);

export const adjustmentsSheetSpec = (_language: Language): SheetSpec | null => adjustmentsSheet();

export const identificationSheetSpec = (result: IdentificationResult, year: number, _language: Language): SheetSpec | null =>
  identificationSheet(result, year);

export const teachersSheetSpec = (result: IdentificationResult, year: number, _language: Language): SheetSpec | null =>
  teachersSheet(result, year);
