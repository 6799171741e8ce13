import type { SheetSpec } from '../grid/sheet-spec';
import { DEFAULT_SETTINGS, SETTING_CATALOGUE, settingValue, type Settings } from '../domain/settings';
import { IDENTIFICATION_LABELS, inEveryLanguage, type IdentificationLabels, type IdentificationLanguage } from '../tables/labels/identification-labels';
import { settingDisplay } from '../tables/own-sheets/settings-reader';

/**
 * «Параметры» ("Settings"): one row per setting - code, description, value (the user's column),
 * default and seed reference. settingsFromGrid (tables/own-sheets/settings-reader.ts) reads the edited values back from a sheet written in
 * either language; a value it cannot use becomes a problem with row and column, and the default is kept.
 */

/** The canonical (Russian) name; SETTINGS_SHEET_NAMES holds the name in every language. */
export const SETTINGS_SHEET_NAME = IDENTIFICATION_LABELS.ru.settingsSheet;
export const SETTINGS_SHEET_NAMES: readonly string[] = inEveryLanguage((l) => l.settingsSheet);
const VALUE_COL = 2;

const headerOf = (l: IdentificationLabels): string[] => {
  const h = l.settingsHeader;
  return [h.code, h.description, h.value, h.default, h.source];
};

export const settingsSheet = (settings: Settings = DEFAULT_SETTINGS, language: IdentificationLanguage = 'ru'): SheetSpec => {
  const l = IDENTIFICATION_LABELS[language];
  return {
    name: l.settingsSheet,
    kind: 'settings',
    tabColor: '#808080',
    title: [l.settingsTitle, l.settingsHelp],
    header: [headerOf(l)],
    rows: SETTING_CATALOGUE.map((e) => [
      e.code,
      language === 'en' ? e.descriptionEn : e.descriptionRu,
      settingDisplay(e, settingValue(settings, e), l),
      settingDisplay(e, settingValue(DEFAULT_SETTINGS, e), l),
      e.seed,
    ]),
    rowKeys: SETTING_CATALOGUE.map((e) => e.code),
    editableColumns: [VALUE_COL],
    columns: [{ width: 28 }, { width: 70, wrap: true }, { width: 14 }, { width: 14 }, { width: 60, wrap: true }],
    freezeHeader: true,
    autoFilter: true,
    print: { orientation: 'landscape', fitToWidth: true, repeatHeaderRows: true },
  };
};
