/**
 * From function arguments to the domain's identification: ranges → grids → tables/readWorkbook →
 * domain/identify with the settings and adjustments of the «Параметры» / «Корректировки» ranges
 * when given (the default settings and no adjustments otherwise). The same reader and engine as
 * the task pane, so a function and the identification sheet cannot disagree on the same data.
 */
import { identify, type CriterionCode, type IdentificationResult, type SchoolYearResult } from '../domain';
import type { Dataset } from '../domain/records';
import type { Grid } from '../grid/grid';
import { isLabelRow, readWorkbook, schoolResolver, TABLE_KIND_NAMES, type Problem, type SchoolReference, type SheetReport, type TableKind } from '../tables';
import { contentCache, contentKey } from './content-cache';
import { FunctionInputError } from './errors';
import { adjustmentsArgument, settingsArgument } from './expert-input';
import { isOmitted, rangeToGrid } from './range';
import type { Bilingual } from '../i18n/bilingual';

/** The table arguments, by their catalogue names. */
export interface TableArguments {
  results?: unknown;
  social?: unknown;
  olympiads?: unknown;
  registry?: unknown;
  teachers?: unknown;
}

/** The table kind each argument must read as. */
const EXPECTED_KIND: Record<keyof TableArguments, TableKind> = {
  results: 'results',
  social: 'social',
  olympiads: 'olympiads',
  registry: 'schools',
  teachers: 'teachers',
};

/** Grid names: the reader also uses them as hints for the table kind. */
const TABLE_NAMES: Record<keyof TableArguments, Bilingual> = {
  results: { ru: 'результаты', en: 'results' },
  social: { ru: 'социальный паспорт', en: 'social' },
  olympiads: { ru: 'олимпиады', en: 'olympiads' },
  registry: { ru: 'реестр школ', en: 'registry' },
  teachers: { ru: 'педагоги', en: 'teachers' },
};

export interface TablesRead {
  dataset: Dataset;
  /** Reading problems; their sheet is the range's Russian name, their row counts from the range's first row. */
  problems: Problem[];
  grids: Grid[];
  /** The school a user's text names, with the tables' identity (key, code, «Муниципалитет | Школа», unique name). */
  resolveSchool: (text: string) => SchoolReference;
}

export interface Identification extends TablesRead {
  result: IdentificationResult;
}

const firstError = (problems: Problem[], sheet: string): Problem | undefined =>
  problems.find((p) => p.sheet === sheet && p.severity === 'error') ?? problems.find((p) => p.sheet === sheet && p.code === 'sheet-skipped');

type Required = (keyof TableArguments)[];

/**
 * The row under the header the reader found still looks like a header: a multi-row header it did not
 * understand (a group label not in the first cell of its group, say). Ranges carry no merges, so the
 * advice is to write that header in one row.
 */
const hasUnreadHeaderRow = (grid: Grid | undefined, report: SheetReport): boolean => {
  const last = report.headerRows[report.headerRows.length - 1];
  return grid !== undefined && last !== undefined && isLabelRow(grid.values[last] ?? []);
};

/** Each table argument's content key (its JSON text, 'null' when omitted): the cache key and the size a range is checked by. */
type TableTexts = Record<keyof TableArguments, string>;

const tableTexts = (args: TableArguments): TableTexts => ({
  results: contentKey(args.results),
  social: contentKey(args.social),
  olympiads: contentKey(args.olympiads),
  registry: contentKey(args.registry),
  teachers: contentKey(args.teachers),
});

const readTables = (args: TableArguments, required: Required, texts: TableTexts): TablesRead => {
  const grids: Grid[] = [];
  const provided: (keyof TableArguments)[] = [];
  for (const name of Object.keys(TABLE_NAMES) as (keyof TableArguments)[]) {
    const value = args[name];
    if (isOmitted(value)) {
      if (required.includes(name)) throw new FunctionInputError({ ru: `Не указан диапазон «${TABLE_NAMES[name].ru}».`, en: `Range "${TABLE_NAMES[name].en}" is missing.` });
      continue;
    }
    grids.push(rangeToGrid(value, TABLE_NAMES[name], texts[name]));
    provided.push(name);
  }
  const read = readWorkbook(grids);
  // Every table given must read as what it is meant to be: a misread optional table would silently drop criteria.
  for (const name of provided) {
    const sheet = TABLE_NAMES[name].ru;
    const report = read.sheets.find((s) => s.sheet === sheet);
    const expected = EXPECTED_KIND[name];
    if (report && report.kind === expected && !report.skipped && (report.schools > 0 || expected === 'teachers')) continue;
    const problem = firstError(read.problems, sheet);
    const detected = report?.kind && report.kind !== expected ? report.kind : null;
    // Problem texts start with «Лист «<name>»»; for a range the place reads better after the range's name.
    const unread = report !== undefined && hasUnreadHeaderRow(grids.find((g) => g.sheet === sheet), report);
    const ru = detected
      ? `: столбцы распознаны как таблица «${TABLE_KIND_NAMES[detected].ru}», а нужна «${TABLE_KIND_NAMES[expected].ru}». Проверьте заголовки${unread ? ' (многоуровневые заголовки запишите в одну строку)' : ''}.`
      : problem
        ? problem.message.replace(`Лист «${sheet}»`, '')
        : ': не найдено ни одной школы.';
    const en = detected
      ? `: the columns read as a ${TABLE_KIND_NAMES[detected].en} table, a ${TABLE_KIND_NAMES[expected].en} table is needed. Check the headers${unread ? ' (write multi-level headers in one row)' : ''}.`
      : problem?.messageEn
        ? problem.messageEn.replace(`Sheet "${sheet}"`, '')
        : ': no school found.';
    throw new FunctionInputError({ ru: `Не удалось прочитать диапазон «${sheet}»${ru}`, en: `Cannot read range "${TABLE_NAMES[name].en}"${en}` });
  }
  return { dataset: read.dataset, problems: read.problems, grids, resolveSchool: schoolResolver(read.identity.identities.values()) };
};

/** The table arguments with the experts' ranges: «Параметры» (settings) and «Корректировки» (adjustments). */
export interface FunctionArguments extends TableArguments {
  settings?: unknown;
  adjustments?: unknown;
}

const tablesKey = (texts: TableTexts, required: Required): string[] => [texts.results, texts.social, texts.olympiads, texts.registry, texts.teachers, contentKey(required)];

const readCache = contentCache<TablesRead>();
const identifyCache = contentCache<Identification>();

/** Reads the tables (cached by content). required: tables that must be given; every given table must be readable. */
export const readTableArguments = (args: TableArguments, required: Required): TablesRead => {
  const texts = tableTexts(args);
  return readCache(tablesKey(texts, required), () => readTables(args, required, texts));
};

/** What a function reads of the identification beyond the schools' findings. */
export interface IdentificationNeeds {
  /** The per-family and per-component parts of R1, R2 and S1 (functions that show them). */
  explain?: boolean;
  /** The deficit map (partner pairing). */
  deficits?: boolean;
}

/**
 * Runs identification over the tables with the settings and adjustments of their ranges (cached by
 * the content of all of them: per-row calls read and identify once; editing a parameter recomputes),
 * building only what `needs` asks for beyond the findings.
 */
export const identifyTables = (args: FunctionArguments, required: Required, needs: IdentificationNeeds = {}): Identification => {
  const explain = needs.explain ?? false;
  const deficits = needs.deficits ?? false;
  const texts = tableTexts(args);
  const key = tablesKey(texts, required);
  return identifyCache([...key, contentKey(args.settings), contentKey(args.adjustments), String(explain), String(deficits)], () => {
    const read = readCache(key, () => readTables(args, required, texts));
    const settings = settingsArgument(args.settings);
    const adjustments = adjustmentsArgument(args.adjustments);
    const options = adjustments.length > 0 ? { adjustments, explain, deficits, resolveSchool: read.resolveSchool } : { explain, deficits };
    return { ...read, result: identify(read.dataset, settings, options) };
  });
};

/** The year asked for, or the latest identified year. */
export const yearOf = (result: IdentificationResult, year: number | undefined): number => {
  if (year === undefined) {
    if (result.years.length === 0) throw new FunctionInputError({ ru: 'В таблицах нет данных ни за один год.', en: 'The tables hold no data for any year.' }, 'notAvailable');
    return result.lastYear;
  }
  if (!result.years.includes(year)) {
    throw new FunctionInputError({
      ru: `Нет данных за ${year} год (есть: ${result.years.join(', ')}).`,
      en: `No data for ${year} (available: ${result.years.join(', ')}).`,
    }, 'notAvailable');
  }
  return year;
};

export const schoolsOfYear = (result: IdentificationResult, year: number): SchoolYearResult[] => result.schools.filter((s) => s.year === year);

/** Reading problems on the rows of one school (a cell of the row names it), for explanations. */
export const problemsOfSchool = (read: TablesRead, key: string): Problem[] =>
  read.problems.filter((p) => {
    if (p.row === undefined) return false;
    const row = read.grids.find((g) => g.sheet === p.sheet)?.values[p.row - 1] ?? [];
    return row.some((v) => typeof v === 'string' && read.resolveSchool(v) === key);
  });

/**
 * The school named by the user, with the tables' identity: its key, an official code, «Муниципалитет | Школа»,
 * or a name («МБОУ "СОШ № 5"» = «СОШ №5») that only one school of the run has.
 */
export const findSchool = (read: Identification, year: number, name: string): SchoolYearResult => {
  const { result } = read;
  const found = read.resolveSchool(name);
  if (Array.isArray(found)) {
    const among = found.map((k) => result.schools.find((s) => s.schoolKey === k)).map((s) => (s ? `${s.municipality ?? ''} | ${s.name}` : '')).filter(Boolean);
    throw new FunctionInputError({
      ru: `Школа «${name}» есть в нескольких муниципалитетах (${among.join('; ')}). Укажите её как «Муниципалитет | Школа» или кодом.`,
      en: `Several municipalities have a school "${name}" (${among.join('; ')}). Write it as "Municipality | School" or by its code.`,
    }, 'notAvailable');
  }
  const school = schoolsOfYear(result, year).find((s) => s.schoolKey === found || s.name === name);
  if (!school) throw new FunctionInputError({ ru: `Школа «${name}» не найдена в таблице за ${year} год.`, en: `School "${name}" is not in the table for ${year}.` }, 'notAvailable');
  return school;
};

/** #N/A when a criterion is not evaluated at all (disabled in the settings, or no data for it), with the reason. */
export const requireEvaluated = (result: IdentificationResult, code: CriterionCode): void => {
  const skipped = result.notEvaluated.find((n) => n.code === code);
  if (skipped) throw new FunctionInputError({ ru: `Критерий ${code} не оценивается: ${skipped.reason.ru}.`, en: `Criterion ${code} is not evaluated: ${skipped.reason.en}.` }, 'notAvailable');
};
