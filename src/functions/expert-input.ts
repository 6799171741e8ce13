/**
 * The experts' inputs as function arguments: a range over «Параметры» (thresholds) and one over
 * «Корректировки» (decisions with reasons), read by the same readers as the task pane. Passing them
 * as ranges lets Excel recalculate a formula when the user edits a parameter; the functions stay
 * non-volatile and never read the workbook themselves.
 *
 * Where the task pane keeps the default for a bad value and reports it, a function refuses: a
 * formula cell cannot show a warning, and silently using a threshold the user did not want is worse
 * than #VALUE! naming the cell to fix.
 */
import { DEFAULT_SETTINGS, type Adjustment, type Settings } from '../domain';
import type { Problem } from '../tables';
import { adjustmentsFromGrid } from '../tables/own-sheets/adjustments-reader';
import { IDENTIFICATION_LABELS, type IdentificationLabels } from '../tables/labels/identification-labels';
import { settingsFromGrid } from '../tables/own-sheets/settings-reader';
import { contentCache, contentKey } from './content-cache';
import { FunctionInputError } from './errors';
import { isOmitted, rangeToGrid } from './range';

type Argument = { ru: string; en: string };

export const SETTINGS_ARGUMENT: Argument = { ru: 'параметры', en: 'settings' };
export const ADJUSTMENTS_ARGUMENT: Argument = { ru: 'корректировки', en: 'adjustments' };

/** A problem the function cannot accept, as #VALUE! naming the range and the cell within it. */
const refuse = (argument: Argument, problems: Problem[]): void => {
  const [first] = problems;
  if (!first) return;
  const place = first.row === undefined ? '' : `, строка ${first.row}${first.column ? `, столбец ${first.column}` : ''}`;
  const placeEn = first.row === undefined ? '' : `, row ${first.row}${first.column ? `, column ${first.column}` : ''}`;
  const more = problems.length > 1 ? ` (и ещё замечаний: ${problems.length - 1})` : '';
  const moreEn = problems.length > 1 ? ` (${problems.length - 1} more)` : '';
  throw new FunctionInputError(
    `Не удалось прочитать диапазон «${argument.ru}»${place}: ${first.message}${more}`,
    `Cannot read range "${argument.en}"${placeEn}: ${first.messageEn ?? first.message}${moreEn}`,
  );
};

const labels = (pick: (l: IdentificationLabels) => string): Argument => ({ ru: pick(IDENTIFICATION_LABELS.ru), en: pick(IDENTIFICATION_LABELS.en) });

const headerMissing = (argument: Argument, headers: Argument, sheet: Argument): FunctionInputError =>
  new FunctionInputError(
    `Не удалось прочитать диапазон «${argument.ru}»: нет заголовков ${headers.ru}. Передайте диапазон листа «${sheet.ru}» вместе со строкой заголовков.`,
    `Cannot read range "${argument.en}": no ${headers.en} headers. Pass the range of the "${sheet.en}" sheet with its header row.`,
  );

const parseSettings = (value: unknown): Settings => {
  const { settings, problems } = settingsFromGrid(rangeToGrid(value, SETTINGS_ARGUMENT), { strict: true });
  if (problems.some((p) => p.code === 'settings-header-missing')) {
    const [ru, en] = [IDENTIFICATION_LABELS.ru.settingsHeader, IDENTIFICATION_LABELS.en.settingsHeader];
    const headers = { ru: `«${ru.code}» и «${ru.value}»`, en: `"${en.code}" and "${en.value}"` };
    throw headerMissing(SETTINGS_ARGUMENT, headers, labels((l) => l.settingsSheet));
  }
  // Every problem is refused, an unknown code too: it means a wrong range or an edited code column.
  refuse(SETTINGS_ARGUMENT, problems);
  return settings;
};

const parseAdjustments = (value: unknown): Adjustment[] => {
  const { adjustments, problems } = adjustmentsFromGrid(rangeToGrid(value, ADJUSTMENTS_ARGUMENT));
  if (problems.some((p) => p.code === 'adjustments-header-missing')) {
    const school = labels((l) => l.adjustmentsHeader.school);
    const headers = { ru: `«${school.ru}» в первом столбце`, en: `"${school.en}" in the first column` };
    throw headerMissing(ADJUSTMENTS_ARGUMENT, headers, labels((l) => l.adjustmentsSheet));
  }
  // An incomplete row is not applied by the task pane either; the function says so instead of ignoring it.
  refuse(ADJUSTMENTS_ARGUMENT, problems);
  return adjustments;
};

const settingsCache = contentCache<Settings>();
const adjustmentsCache = contentCache<Adjustment[]>();

/** The settings of a «Параметры» range (cached by content); omitted: the default (seed) settings. */
export const settingsArgument = (value: unknown): Settings =>
  isOmitted(value) ? DEFAULT_SETTINGS : settingsCache(contentKey(value), () => parseSettings(value));

/** The adjustments of a «Корректировки» range (cached by content); omitted: none. */
export const adjustmentsArgument = (value: unknown): Adjustment[] =>
  isOmitted(value) ? [] : adjustmentsCache(contentKey(value), () => parseAdjustments(value));
