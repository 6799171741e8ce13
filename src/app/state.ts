import { z } from 'zod';
import type { WorkbookPort } from '../hosts/port';
import type { Language } from '../i18n';
import { WorkbookMappingSchema, type WorkbookMapping } from '../tables/mapping-schema';
import type { Problem } from '../domain/problem';
import type { MatchDecision } from '../tables/identity';
import { couldBeOporaSheet } from './opora-sheet-names';

/**
 * Opora's state kept inside the workbook (port.loadState/saveState): the confirmed column mapping,
 * the sheets Opora generated (the only ones it may overwrite), the interface language and the user's
 * decisions on which rows are one school.
 */
export const OPORA_STATE_VERSION = 1;

const OporaStateSchema = z.object({
  version: z.literal(OPORA_STATE_VERSION),
  mapping: WorkbookMappingSchema.optional(),
  generatedSheets: z.array(z.string()),
  language: z.enum(['ru', 'en']),
  schoolMatches: z.array(z.object({ action: z.enum(['confirm', 'split', 'merge']), a: z.string(), b: z.string() })).optional(),
});

export interface OporaState {
  version: typeof OPORA_STATE_VERSION;
  mapping?: WorkbookMapping;
  generatedSheets: string[];
  language: Language;
  /** The user's decisions on school matches («Сопоставление школ»): confirmed, split or merged spellings. */
  schoolMatches?: MatchDecision[];
}

export const defaultState = (): OporaState => ({ version: OPORA_STATE_VERSION, generatedSheets: [], language: 'ru' });

export interface LoadedState {
  state: OporaState;
  /** Set when a stored state was unreadable and the defaults were used instead. */
  problem?: Problem;
}

const damagedState = (detail: string): Problem => ({
  sheet: '',
  code: 'damaged-state',
  severity: 'warning',
  message: `Сохранённые настройки Опоры в книге повреждены (${detail}) и не использованы: сопоставление столбцов определено заново, созданные Опорой листы считаются листами пользователя.`,
  messageEn: `Opora's saved state in the workbook is damaged (${detail}) and was ignored: columns were detected again and sheets Opora created are treated as the user's.`,
});

const forgedSheets = (names: string[]): Problem => {
  const list = names.map((n) => `«${n}»`).join(', ');
  return {
    sheet: '',
    code: 'damaged-state',
    severity: 'warning',
    message: `Сохранённые настройки Опоры называют листы ${list} созданными Опорой, но Опора листов с такими именами не создаёт: они прочитаны как ваши листы и не будут перезаписаны.`,
    messageEn: `Opora's saved state calls sheets ${names.map((n) => `"${n}"`).join(', ')} its own, but Opora never gives sheets such names: they were read as your sheets and will not be overwritten.`,
  };
};

/** Parses stored state JSON; anything unreadable gives the defaults and a problem, never an exception. */
export const parseState = (json: string | null): LoadedState => {
  if (json === null || json.trim() === '') return { state: defaultState() };
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { state: defaultState(), problem: damagedState('не JSON') };
  }
  const parsed = OporaStateSchema.safeParse(raw);
  if (!parsed.success) return { state: defaultState(), problem: damagedState(parsed.error.issues[0]?.message ?? 'неверный формат') };
  const forged = parsed.data.generatedSheets.filter((n) => !couldBeOporaSheet(n));
  if (forged.length === 0) return { state: parsed.data };
  return { state: { ...parsed.data, generatedSheets: parsed.data.generatedSheets.filter((n) => couldBeOporaSheet(n)) }, problem: forgedSheets(forged) };
};

export const loadState = async (port: WorkbookPort): Promise<LoadedState> => parseState(await port.loadState());

export const saveState = (port: WorkbookPort, state: OporaState): Promise<void> => port.saveState(JSON.stringify(state));

/** Sheet names compare as Excel does: case-insensitively. */
export const sameSheetName = (a: string, b: string): boolean => a.toLocaleLowerCase('ru') === b.toLocaleLowerCase('ru');

export const isGeneratedSheet = (state: OporaState, name: string): boolean => state.generatedSheets.some((g) => sameSheetName(g, name));

export const withGeneratedSheet = (state: OporaState, name: string): OporaState =>
  isGeneratedSheet(state, name) ? state : { ...state, generatedSheets: [...state.generatedSheets, name] };
