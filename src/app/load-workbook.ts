import type { Grid } from '../grid/grid';
import type { WorkbookPort } from '../hosts/port';
import { readWorkbook, type ReadResult } from '../tables';
import type { Problem } from '../domain/problem';
import type { SubjectCatalogue } from '../tables/subjects';
import { isDistanceSheet } from '../tables/read-distances';
import { findOwnedSheet } from './owned-sheets';
import { decisionsFromGrid, mergeDecisions, SCHOOL_MATCHING_SHEETS } from '../sheets/school-matching-sheet';
import type { MatchDecision } from '../tables/identity';
import { isGeneratedSheet, loadState, type OporaState } from './state';

export interface LoadWorkbookOptions {
  /** State already loaded by the caller; loaded from the workbook when absent. */
  state?: OporaState;
  /** Opora's own sheets to read in the same batch (e.g. «Параметры», «Корректировки»), by requested name. */
  ownSheets?: string[];
  subjects?: SubjectCatalogue;
  /**
   * The user's sheets as already read and recognised (the task pane reads them once per open): only the
   * own sheets are read, the recognition is reused.
   */
  reuse?: Pick<LoadedWorkbook, 'inputSheets' | 'read' | 'problems' | 'decisions' | 'matchingSheet' | 'distances'>;
}

export interface LoadedWorkbook {
  state: OporaState;
  /** The user's sheets that were read as input, in workbook order. */
  inputSheets: string[];
  read: ReadResult;
  /** Grids of the requested own sheets that exist, keyed by requested name. */
  own: Map<string, Grid>;
  /** The decisions on school matches the read used: the stored ones with those typed on «Сопоставление школ». */
  decisions: MatchDecision[];
  /** The name of the «Сопоставление школ» sheet present in the workbook, if any. */
  matchingSheet: string | null;
  /** The user's «Расстояния» sheet (partner pairing), read as a grid, not as a data table. */
  distances: Grid | null;
  /** Problems of reading, the damaged-state warning first when there is one. */
  problems: Problem[];
}

const hiddenSheetProblem = (sheet: string): Problem => ({
  sheet,
  code: 'hidden-sheet',
  severity: 'warning',
  message: `Лист «${sheet}» скрыт и не прочитан. Если в нём данные для Опоры, покажите лист (правый щелчок по ярлыку листа → «Показать») и запустите снова; если данные устарели, удалите лист.`,
  messageEn: `Sheet "${sheet}" is hidden and was not read. If it holds data for Opora, unhide it (right-click a sheet tab → Unhide) and run again; if its data are stale, delete it.`,
});

/**
 * Reads the workbook's input: every sheet Opora did not generate, in one readGrids call (one batch on
 * Office.js) together with the own sheets asked for, then applies the saved column mapping.
 */
export const loadWorkbook = async (port: WorkbookPort, options: LoadWorkbookOptions = {}): Promise<LoadedWorkbook> => {
  const loaded = options.state ? { state: options.state } : await loadState(port);
  const state = loaded.state;
  const listed = await port.listSheets();
  const names = listed.map((s) => s.name);
  // Hidden sheets are not read, on every host alike, and each one is reported: stale rows kept out of
  // sight must not change who is flagged without the user knowing.
  const hidden = listed.filter((s) => !s.visible && !isGeneratedSheet(state, s.name)).map((s) => s.name);
  const inputSheets = names.filter((n) => !isGeneratedSheet(state, n) && !hidden.includes(n) && !isDistanceSheet(n));
  const distanceSheet = names.find((n) => !isGeneratedSheet(state, n) && !hidden.includes(n) && isDistanceSheet(n));
  const ownNames = new Map<string, string>();
  for (const requested of [...(options.ownSheets ?? []), ...SCHOOL_MATCHING_SHEETS]) {
    const found = findOwnedSheet(requested, names, state);
    if (found) ownNames.set(requested, found);
  }
  const reuse = options.reuse;
  const grids = await port.readGrids(reuse ? [...ownNames.values()] : [...inputSheets, ...ownNames.values(), ...(distanceSheet ? [distanceSheet] : [])]);
  const byName = new Map(grids.map((g) => [g.sheet, g]));
  const own = new Map<string, Grid>();
  for (const [requested, actual] of ownNames) {
    const grid = byName.get(actual);
    if (grid) own.set(requested, grid);
  }
  if (reuse) {
    const { inputSheets, read, problems, decisions, matchingSheet, distances } = reuse;
    return { state, inputSheets, read, own, distances, problems, decisions, matchingSheet };
  }
  const inputGrids = grids.filter((g) => inputSheets.includes(g.sheet));
  const matchingSheet = SCHOOL_MATCHING_SHEETS.find((n) => own.has(n)) ?? null;
  const decisions = mergeDecisions(state.schoolMatches ?? [], matchingSheet ? decisionsFromGrid(own.get(matchingSheet)!) : []);
  const read = readWorkbook(inputGrids, state.mapping, { ...(options.subjects ? { subjects: options.subjects } : {}), decisions });
  const problems = [...(loaded.problem ? [loaded.problem] : []), ...hidden.map(hiddenSheetProblem), ...read.problems];
  const distances = distanceSheet ? (byName.get(distanceSheet) ?? null) : null;
  return { state, inputSheets, read, own, distances, problems, decisions, matchingSheet: matchingSheet ? ownNames.get(matchingSheet)! : null };
};
