import { schoolResolver } from '../tables/identity';
import { identify } from '../domain/identify';
import { pairingInputFromIdentification, type PairingInputOptions } from '../domain/pairing/from-identification';
import { solvePairing } from '../domain/pairing/solve';
import { roadmapPairs } from '../domain/pairing/to-roadmap';
import type { Need, PairingInput, PairingResult } from '../domain/pairing/types';
import type { RoadmapPair } from '../domain/roadmap/types';
import type { Settings } from '../domain/settings';
import type { Adjustment, IdentificationResult } from '../domain/types';
import type { Grid } from '../grid/grid';
import type { WorkbookPort } from '../hosts/port';
import { readPairingEdits } from '../sheets/pairing-decisions';
import type { PairingLanguage } from '../tables/labels/pairing-labels';
import { buildPairingSheet, pairingSheetName } from '../sheets/pairing-sheet';
import type { Problem } from '../domain/problem';
import { readDistances } from '../tables/read-distances';
import { schoolTypeOf } from '../tables/read-records';
import { schoolKey } from '../tables/school-key';
import type { SheetSpec } from '../grid/sheet-spec';
import { IDENTIFICATION_INPUT_SHEETS, ownSheetOf, readAdjustments, readSettings } from './own-input-sheets';
import { ADJUSTMENTS_SHEET_NAMES } from '../sheets/adjustments-sheet';
import { SETTINGS_SHEET_NAMES } from '../sheets/settings-sheet';
import { loadWorkbook, type LoadedWorkbook } from './load-workbook';
import { findOwnedSheet, writeOwnedSheet, type OwnedWriteReport } from './owned-sheets';
import { checkpoint, OperationCancelled, type ProgressCallback } from './progress';
import type { Session } from './session';
import { saveState, type OporaState } from './state';

/**
 * Use case «Партнёры»: read the workbook, identify, read the user's decisions on the previous
 * «Сетевое партнёрство <год>» and the optional «Расстояния» sheet, pair exactly, write the sheet.
 */

export interface PairingRequest {
  settings?: Settings;
  adjustments?: Adjustment[];
  /** Identification year to pair for; the last year with data by default. */
  year?: number;
  /** What-if: the capacity of every partner without its own figure. */
  capacity?: number;
  language?: PairingLanguage;
  /** false: compute only (the task pane's what-if), nothing is written. */
  write?: boolean;
  onProgress?: (step: string, stepEn: string) => void;
}

export interface PairingRun {
  identification: IdentificationResult;
  input: PairingInput;
  result: PairingResult;
  /** The sheet as generated (before the user's edits are carried over by the write). */
  spec: SheetSpec;
  report: OwnedWriteReport | null;
  problems: Problem[];
  state: OporaState;
  /** For RoadmapInput.pairs. */
  pairs: RoadmapPair[];
}

const bothLanguages = (year: number) => [pairingSheetName(year, 'ru'), pairingSheetName(year, 'en')];

/** The previous pairing sheet of the year (either language), or null. */
const previousSheet = async (port: WorkbookPort, state: OporaState, year: number, probe: LoadedWorkbook): Promise<Grid | null> => {
  for (const name of bothLanguages(year)) if (probe.own.has(name)) return probe.own.get(name)!;
  const names = (await port.listSheets()).map((s) => s.name);
  const found = bothLanguages(year).map((n) => findOwnedSheet(n, names, state)).find((n): n is string => n !== null);
  return found ? ((await port.readGrids([found]))[0] ?? null) : null;
};

/** Pairing of an identification already made (the workbook read), with the decisions of the previous sheet. */
export const pairingOf = (
  identification: IdentificationResult,
  probe: LoadedWorkbook,
  settings: Settings,
  previous: Grid | null,
  year: number,
): { input: PairingInput; result: PairingResult; problems: Problem[]; decisions: NonNullable<PairingInput['decisions']> } => {
  const edits = readPairingEdits(previous);
  const distances = probe.distances ? readDistances(probe.distances) : { rows: [], problems: [] };
  // Schools named on the sheets are resolved with the tables' identity («Муниципалитет | Школа», a code, or a
  // name unique in the run); a name that names no school, or several, keeps a key that matches none.
  const resolve = schoolResolver(probe.read.identity.identities.values());
  const keyOf = (name: string) => {
    const found = resolve(name);
    return typeof found === 'string' ? found : schoolKey(name);
  };
  const manualNeeds: Need[] = edits.manualNeeds.map((n) => ({ schoolKey: keyOf(n.schoolName), subject: n.subject, band: n.band, origin: 'manual' }));
  const options: PairingInputOptions = {
    year,
    manualNeeds,
    decisions: edits.decisions,
    distances: distances.rows.map((d) => ({ ...d, a: keyOf(d.a), b: keyOf(d.b) })),
    typeOf: schoolTypeOf,
  };
  const input = pairingInputFromIdentification(identification, probe.read.dataset, settings, options);
  const known = new Set(input.schools.map((s) => s.key));
  const problems = [...edits.problems, ...distances.problems];
  edits.manualNeeds.forEach((n, i) => {
    if (known.has(manualNeeds[i].schoolKey)) return;
    problems.push({
      sheet: previous?.sheet ?? '',
      code: 'pairing-unknown-school',
      severity: 'warning',
      message: `Школа «${n.schoolName}» из добавленной строки не найдена в данных; её дефицит «${n.subject}, ${n.band}» не учтён.`,
      messageEn: `School «${n.schoolName}» of an added row is not in the data; its deficit «${n.subject}, ${n.band}» is left out.`,
    });
  });
  return { input, result: solvePairing(input), problems, decisions: edits.decisions };
};

/**
 * The pairs of the «Сетевое партнёрство <year>» sheet when the user has made one (the roadmap names the
 * partners then): recalculated with the decisions written on it. undefined when there is no such sheet.
 */
export const pairsOfWorkbook = async (
  port: WorkbookPort,
  probe: LoadedWorkbook,
  identification: IdentificationResult,
  settings: Settings,
): Promise<RoadmapPair[] | undefined> => {
  const year = identification.lastYear;
  const previous = await previousSheet(port, probe.state, year, probe);
  if (!previous) return undefined;
  return roadmapPairs(pairingOf(identification, probe, settings, previous, year).result);
};

const pairingSpec = (input: PairingInput, result: PairingResult, settings: Settings, decisions: NonNullable<PairingInput['decisions']>, language: PairingLanguage): SheetSpec =>
  buildPairingSheet(result, settings.pairing, { language, decisions, schools: input.schools, partnerNames: new Map(input.candidates.map((c) => [c.id, c.name])) });

export const pairFromWorkbook = async (port: WorkbookPort, request: PairingRequest = {}): Promise<PairingRun> => {
  const progress = request.onProgress ?? (() => undefined);
  progress('Читаю книгу', 'Reading the workbook');
  const early = request.year ? bothLanguages(request.year) : [];
  const probe = await loadWorkbook(port, { ownSheets: [...IDENTIFICATION_INPUT_SHEETS, ...early] });
  const language = request.language ?? probe.state.language;
  const fromSheet = readSettings(ownSheetOf(probe.own, SETTINGS_SHEET_NAMES, language)?.grid ?? null);
  const base = request.settings ?? fromSheet.settings;
  const settings: Settings = request.capacity === undefined ? base : { ...base, pairing: { ...base.pairing, capacity: request.capacity } };
  const adjustments = request.adjustments ?? readAdjustments(ownSheetOf(probe.own, ADJUSTMENTS_SHEET_NAMES, language)?.grid ?? null).adjustments;
  progress('Определяю ШНОР и ШНСУ и их дефициты', 'Identifying ШНОР/ШНСУ schools and their deficits');
  const identification = identify(probe.read.dataset, settings, { adjustments });
  const year = request.year ?? identification.lastYear;
  const previous = await previousSheet(port, probe.state, year, probe);
  progress('Подбираю партнёров', 'Pairing partners');
  const { input, result, problems, decisions } = pairingOf(identification, probe, settings, previous, year);
  const spec = pairingSpec(input, result, settings, decisions, language);
  let state = probe.state;
  let report: OwnedWriteReport | null = null;
  if (request.write !== false) {
    progress(`Записываю лист «${spec.name}»`, `Writing sheet "${spec.name}"`);
    const out = await writeOwnedSheet(port, previous ? { ...spec, name: previous.sheet } : spec, state);
    state = out.state;
    report = out.report;
    await saveState(port, state);
  }
  return {
    identification,
    input,
    result,
    spec,
    report,
    problems: [...probe.problems, ...(request.settings ? [] : fromSheet.problems), ...problems],
    state,
    pairs: roadmapPairs(result),
  };
};

export interface SessionPairing {
  year: number;
  capacity: number;
  input: PairingInput;
  result: PairingResult;
  /** The sheet as generated (before the user's edits are carried over by the write). */
  spec: SheetSpec;
  /** null for the what-if: nothing written. */
  report: OwnedWriteReport | null;
  problems: Problem[];
}

/** The settings of «Параметры» as the session's workbook holds it (either language), else the defaults. */
export const sessionSettings = async (session: Session): Promise<Settings> => {
  for (const name of SETTINGS_SHEET_NAMES) {
    const grid = await session.ownSheet(name);
    if (grid) return readSettings(grid).settings;
  }
  return readSettings(null).settings;
};

/**
 * Pairing over the session's last identification (not identified again) with a partner capacity; with
 * `write` the sheet «Сетевое партнёрство <год>» is written where it stands (the user's decisions on it kept).
 */
export const pairInSession = async (
  session: Session,
  capacity: number,
  options: { write: boolean; signal?: AbortSignal; onProgress?: ProgressCallback },
): Promise<SessionPairing> => {
  const progress = options.onProgress ?? (() => undefined);
  const identification = session.identification();
  const loaded = session.loaded();
  if (!identification || !loaded) throw new Error('pairing before identification');
  const base = await sessionSettings(session);
  const settings: Settings = { ...base, pairing: { ...base.pairing, capacity } };
  const year = identification.lastYear;
  const state = await session.state();
  const previous = (await session.ownSheet(pairingSheetName(year, 'ru'))) ?? (await session.ownSheet(pairingSheetName(year, 'en')));
  await checkpoint(options.signal);
  progress(0.3, 'Подбираю партнёров', 'Pairing partners');
  const { input, result, problems, decisions } = pairingOf(identification, loaded, settings, previous, year);
  const spec = pairingSpec(input, result, settings, decisions, session.language());
  let report: OwnedWriteReport | null = null;
  if (options.write) {
    if (options.signal?.aborted) throw new OperationCancelled();
    progress(0.7, `Записываю лист «${spec.name}»`, `Writing sheet "${spec.name}"`);
    const out = await writeOwnedSheet(session.port, previous ? { ...spec, name: previous.sheet } : spec, state);
    await session.setState(out.state);
    report = out.report;
  }
  return { year, capacity, input, result, spec, report, problems };
};
