import type { CellValue } from '../../grid/cell';
import type { Grid } from '../../grid/grid';
import type { Problem } from '../../domain/problem';
import type { SpecCell } from '../../grid/sheet-spec';
import { columnLetter } from '../../grid/column-letter';
import { cellText, parseBoolean, parseNumber } from '../cells';
import { DEFAULT_SETTINGS, SETTING_CATALOGUE, settingValue, withSettingValue, type SettingEntry, type Settings } from '../../domain/settings';
import { IDENTIFICATION_LABELS, inEveryLanguage, type IdentificationLabels } from '../labels/identification-labels';

/**
 * Reading «Параметры» back (sheets/settings-sheet.ts writes it): the edited values of a sheet written in
 * either language; a value it cannot use becomes a problem with row and column, and the default is kept.
 */

/** How a setting's value is shown on «Параметры» (and in the problems about it). */
export const settingDisplay = (entry: SettingEntry, value: unknown, l: IdentificationLabels): SpecCell => {
  if (value === null || value === undefined) return '';
  if (entry.kind === 'boolean') return value ? l.yes : l.no;
  if (entry.kind === 'list') return (value as string[]).join('; ');
  if (entry.kind === 'enum' && entry.optionLabels?.[String(value)]) return entry.optionLabels[String(value)][l === IDENTIFICATION_LABELS.en ? 'en' : 'ru'];
  return value as SpecCell;
};

type Parsed = { ok: true; value: unknown } | { ok: false; expected: string; expectedEn: string };

const parseValue = (entry: SettingEntry, v: CellValue): Parsed => {
  switch (entry.kind) {
    case 'boolean': {
      const b = parseBoolean(v);
      return b.kind === 'boolean' ? { ok: true, value: b.value } : { ok: false, expected: '«да» или «нет»', expectedEn: '“yes” or “no”' };
    }
    case 'number':
    case 'integer':
    case 'number-or-empty': {
      const n = parseNumber(v);
      if (n.kind === 'blank' && entry.kind === 'number-or-empty') return { ok: true, value: null };
      const fine = n.kind === 'number' && (entry.kind !== 'integer' || Number.isInteger(n.value));
      if (fine && (!entry.options || entry.options.includes(String(n.value)))) return { ok: true, value: n.value };
      const what = entry.options ? `одно из значений: ${entry.options.join(', ')}` : entry.kind === 'integer' ? 'целое число' : 'число';
      return { ok: false, expected: what, expectedEn: entry.options ? `one of ${entry.options.join(', ')}` : entry.kind === 'integer' ? 'a whole number' : 'a number' };
    }
    case 'enum': {
      const t = cellText(v).trim();
      const labels = entry.optionLabels ?? {};
      const byLabel = entry.options!.find((o) => o === t || labels[o]?.ru.toLowerCase() === t.toLowerCase() || labels[o]?.en.toLowerCase() === t.toLowerCase());
      if (byLabel !== undefined) return { ok: true, value: byLabel };
      const shown = (lang: 'ru' | 'en') => entry.options!.map((o) => `«${labels[o]?.[lang] ?? o}»`).join(', ');
      return { ok: false, expected: `одно из значений: ${shown('ru')}`, expectedEn: `one of ${shown('en')}` };
    }
    case 'list': {
      const items = cellText(v).split(';').map((s) => s.trim()).filter(Boolean);
      return items.length > 0 ? { ok: true, value: items } : { ok: false, expected: 'список через точку с запятой', expectedEn: 'a list separated by semicolons' };
    }
  }
};

/** The header row in whichever language the sheet was written. */
const findHeader = (values: CellValue[][]): { row: number; code: number; value: number } | null => {
  for (let r = 0; r < Math.min(values.length, 30); r++) {
    const texts = values[r].map(cellText);
    for (const h of inEveryLanguage((l) => l.settingsHeader)) {
      const code = texts.indexOf(h.code);
      const value = texts.indexOf(h.value);
      if (code >= 0 && value >= 0) return { row: r, code, value };
    }
  }
  return null;
};

export interface SettingsReadOptions {
  /**
   * For callers that refuse a sheet with a bad value instead of falling back (custom functions): the
   * problems then do not say that the default is used or the row skipped. The returned settings still hold the default.
   */
  strict?: boolean;
}

export const settingsFromGrid = (grid: Grid, options: SettingsReadOptions = {}): { settings: Settings; problems: Problem[] } => {
  const problems: Problem[] = [];
  const header = findHeader(grid.values);
  if (!header) {
    problems.push({
      sheet: grid.sheet,
      code: 'settings-header-missing',
      message: `На листе «${grid.sheet}» нет заголовков «Код» и «Значение»: использованы параметры по умолчанию. Пересоздайте лист параметров.`,
      messageEn: `Sheet “${grid.sheet}” has no “Code” and “Value” headers: defaults are used. Regenerate the settings sheet.`,
      severity: 'warning',
    });
    return { settings: structuredClone(DEFAULT_SETTINGS), problems };
  }
  const byCode = new Map(SETTING_CATALOGUE.map((e) => [e.code, e]));
  let settings = structuredClone(DEFAULT_SETTINGS);
  for (let r = header.row + 1; r < grid.values.length; r++) {
    const row = grid.values[r];
    const code = cellText(row[header.code] ?? null);
    if (!code) continue;
    const where = { sheet: grid.sheet, row: r + 1, column: columnLetter(header.value) };
    const entry = byCode.get(code);
    if (!entry) {
      problems.push({ ...where, column: columnLetter(header.code), code: 'setting-unknown', message: `Неизвестный параметр «${code}»${options.strict ? '' : ': строка пропущена'}.`, messageEn: `Unknown setting “${code}”${options.strict ? '' : ': row skipped'}.`, severity: 'warning' });
      continue;
    }
    const parsed = parseValue(entry, row[header.value] ?? null);
    const defaultRu = settingDisplay(entry, settingValue(DEFAULT_SETTINGS, entry), IDENTIFICATION_LABELS.ru);
    const defaultEn = settingDisplay(entry, settingValue(DEFAULT_SETTINGS, entry), IDENTIFICATION_LABELS.en);
    const fallback = options.strict ? '' : ` Использовано значение по умолчанию ${defaultRu}.`;
    const fallbackEn = options.strict ? '' : ` The default ${defaultEn} is used.`;
    if (!parsed.ok) {
      problems.push({
        ...where,
        code: 'setting-invalid',
        message: `Параметр «${code}»: «${cellText(row[header.value] ?? null)}» — не подходит, нужно ${parsed.expected}.${fallback}`,
        messageEn: `Setting “${code}”: “${cellText(row[header.value] ?? null)}” is not valid, expected ${parsed.expectedEn}.${fallbackEn}`,
        severity: 'error',
      });
      continue;
    }
    try {
      settings = withSettingValue(settings, entry, parsed.value);
    } catch {
      problems.push({
        ...where,
        code: 'setting-out-of-range',
        message: `Параметр «${code}»: значение ${String(parsed.value)} вне допустимых пределов.${fallback}`,
        messageEn: `Setting “${code}”: ${String(parsed.value)} is out of range.${fallbackEn}`,
        severity: 'error',
      });
    }
  }
  return { settings, problems };
};
