import { identify, type Adjustment, type IdentificationResult, type Settings } from '../domain';
import { lastDataYear } from '../domain/identify';
import type { WorkbookPort } from '../hosts/port';
import type { Language } from '../i18n';
import type { Problem } from '../domain/problem';
import { SHEET_PREVIEW_ROWS, sheetPreview } from '../grid/sheet-preview';
import type { SheetSpec } from '../grid/sheet-spec';
import { adjustmentsSheetSpec, IDENTIFICATION_INPUT_SHEETS, ownSheetOf, readAdjustments, readSettings, settingsSheetSpec } from './own-input-sheets';
import { ADJUSTMENTS_SHEET_NAMES } from '../sheets/adjustments-sheet';
import { deficitMapSheet } from '../sheets/deficit-map-sheet';
import { identificationSheet } from '../sheets/identification-sheet';
import { SETTINGS_SHEET_NAMES } from '../sheets/settings-sheet';
import { teachersSheet } from '../sheets/teachers-sheet';
import { measuredYears } from './data-years';
import { loadWorkbook, type LoadWorkbookOptions } from './load-workbook';
import { schoolResolver } from '../tables/identity';
import { schoolMatchingSheet } from '../sheets/school-matching-sheet';
import type { LoadedWorkbook } from './load-workbook';
import { writeOwnedSheet, type OwnedWriteReport } from './owned-sheets';
import { checkpoint, type ProgressCallback } from './progress';
import type { Session } from './session';
import { saveState, type OporaState } from './state';

export interface IdentifyRequest {
  /**
   * Settings to use instead of the workbook's «Параметры» (the CLI's --settings, the task pane's form).
   * They are written to «Параметры» so the sheet always shows what the last run used.
   */
  settings?: Settings;
  /** Expert adjustments to use instead of the «Корректировки» sheet; written there in their place. */
  adjustments?: Adjustment[];
  /** Year of the «Идентификация <год>» sheet; default the latest year with data. */
  year?: number;
  /** Years to report; default every year with data. */
  years?: number[];
  language?: Language;
  onProgress?: ProgressCallback;
  signal?: AbortSignal;
  /**
   * Whether to write the sheets (default true). The CLI without --out saves no workbook: building and
   * holding the sheets of a whole country would only cost time and memory.
   */
  writeSheets?: boolean;
  /** The workbook's input as already read (see LoadWorkbookOptions.reuse): not read again. */
  reuse?: LoadWorkbookOptions['reuse'];
  /** Called once the workbook is read and recognised, before identification (the CLI collects the read's garbage there). */
  afterRead?: () => void;
}

export interface IdentifyOutcome {
  result: IdentificationResult;
  settings: Settings;
  /** Problems of reading the workbook, «Параметры» and «Корректировки»; the computation's own are in result.problems. */
  problems: Problem[];
  writes: OwnedWriteReport[];
  state: OporaState;
  /** The year of the identification sheet; null when there was no data to identify. */
  year: number | null;
  /** Years with at least one measured value (app/data-years.ts), whatever years were asked for. */
  dataYears: number[];
  /**
   * «Идентификация <год>» and the teachers sheet as built (before the user's edits were carried over), their
   * first rows only (grid/sheet-preview.ts); empty without data or when nothing was written.
   */
  specs: SheetSpec[];
}

const withYears = (loaded: LoadedWorkbook, adjustments: readonly Adjustment[]): Adjustment[] => {
  // The latest year costs a pass over the data: only worked out when an adjustment leaves its year out.
  const year = adjustments.some((a) => a.year === undefined) ? lastDataYear(loaded.read.dataset) : 0;
  return adjustments.map((a) => ({ ...a, year: a.year ?? year }));
};

/** The rules over data already read, as the run applies them; the what-if preview uses the same, so the two agree. */
const identifyRead = (loaded: Pick<LoadedWorkbook, 'read'>, settings: Settings, adjustments: Adjustment[], years?: number[]): IdentificationResult => {
  // The resolver indexes every school: built only when an adjustment names a school the data does not key.
  let resolver: ((text: string) => string | string[] | undefined) | undefined;
  return identify(loaded.read.dataset, settings, {
    ...(years ? { years } : {}),
    adjustments,
    resolveSchool: (text) => (resolver ??= schoolResolver(loaded.read.identity.identities.values()))(text),
  });
};

const noop: ProgressCallback = () => undefined;

interface PlannedWrite {
  /** Builds the sheet; called again when the host builds written sheets on save (port.writeDeferred). */
  build: (headRows?: number) => SheetSpec | null;
  keepUserEdits: boolean;
  /** Shown in the task pane (its first rows, sheetPreview). */
  shown?: boolean;
}

/**
 * The identification use case: read the workbook and Opora's «Параметры» and «Корректировки», run the
 * rules, write «Параметры» (the first time), «Идентификация <год>» and the teachers sheet, save the
 * state. Host-agnostic: everything goes through the WorkbookPort.
 */
export const runIdentification = async (port: WorkbookPort, request: IdentifyRequest = {}): Promise<IdentifyOutcome> => {
  const progress = request.onProgress ?? noop;
  const { signal } = request;
  progress(0, { ru: 'Чтение книги…', en: 'Reading the workbook…' });
  await checkpoint(signal);
  const loaded = await loadWorkbook(port, { ownSheets: [...IDENTIFICATION_INPUT_SHEETS], ...(request.reuse ? { reuse: request.reuse } : {}) });
  request.afterRead?.();
  let state: OporaState = request.language ? { ...loaded.state, language: request.language } : loaded.state;
  const language = state.language;
  // Either language's «Параметры» / «Корректировки»: the user may have switched language since they were written.
  const settingsSheet = ownSheetOf(loaded.own, SETTINGS_SHEET_NAMES, language);
  const adjustmentsSheet = ownSheetOf(loaded.own, ADJUSTMENTS_SHEET_NAMES, language);
  const fromSheet = readSettings(settingsSheet?.grid ?? null);
  const settings = request.settings ?? fromSheet.settings;
  const fromAdjustmentsSheet = readAdjustments(adjustmentsSheet?.grid ?? null);
  const adjustments = request.adjustments ?? fromAdjustmentsSheet.adjustments;
  const problems: Problem[] = [
    ...loaded.problems,
    ...(request.settings ? [] : fromSheet.problems),
    ...(request.adjustments ? [] : fromAdjustmentsSheet.problems),
  ];

  progress(0.3, { ru: 'Идентификация школ и педагогов…', en: 'Identifying schools and teachers…' });
  await checkpoint(signal);
  const result = identifyRead(loaded, settings, adjustments, request.years);
  const year = request.year ?? (result.years.length > 0 ? result.lastYear : null);

  // «Параметры» and «Корректировки» are written the first time, and whenever the caller supplied their
  // content: then it replaces the sheet (the caller's values came from the sheet and were edited), under
  // the name it already has.
  const given = (sheetGiven: boolean, exists: boolean, build: () => SheetSpec | null): PlannedWrite | null =>
    sheetGiven ? { build, keepUserEdits: false } : exists ? null : { build, keepUserEdits: true };
  const resultSheets = request.writeSheets === false || year === null ? [] : [identificationSheet, teachersSheet];
  const writesPlanned = request.writeSheets === false ? [] : [
    given(request.settings !== undefined, settingsSheet !== null, () => settingsSheetSpec(settings, language, settingsSheet?.name)),
    given(request.adjustments !== undefined, adjustmentsSheet !== null, () =>
      adjustmentsSheetSpec(language, request.adjustments ?? [], adjustmentsSheet?.name),
    ),
    ...resultSheets.map((sheet) => ({ build: (headRows?: number) => sheet(result, year!, language, headRows), keepUserEdits: true, shown: true })),
    // The deficit map exists for the latest year only (the domain computes it there).
    year === result.lastYear ? { build: (headRows?: number) => deficitMapSheet(result, settings.deficits, language, headRows), keepUserEdits: true } : null,
    schoolMatchingPlan(loaded, language),
  ];
  const plans = writesPlanned.filter((w): w is PlannedWrite => w !== null);

  const writes: OwnedWriteReport[] = [];
  // Only the first rows of the sheets shown are kept: a host that holds the book builds the sheets again on save.
  const specs: SheetSpec[] = [];
  state = { ...state, mapping: loaded.read.mapping, ...(loaded.decisions.length > 0 ? { schoolMatches: loaded.decisions } : {}) };
  let completed = false;
  try {
    for (const [i, { build, keepUserEdits, shown }] of plans.entries()) {
      // A host that builds sheets on save (port.writeDeferred) needs now only the first rows and the count.
      const spec = build(port.writeDeferred ? SHEET_PREVIEW_ROWS : undefined);
      if (spec === null) continue;
      progress(0.6 + (0.35 * i) / plans.length, { ru: `Запись листа «${spec.name}»…`, en: `Writing sheet "${spec.name}"…` });
      await checkpoint(signal);
      const written = await writeOwnedSheet(port, spec, state, { keepUserEdits, rebuild: () => build()! });
      writes.push(written.report);
      state = written.state;
      if (shown) specs.push(sheetPreview(spec));
    }
    completed = true;
  } finally {
    // Sheets already written must stay known as Opora's, even when the run is cancelled half-way.
    if (completed || writes.length > 0) await saveState(port, state);
  }
  progress(1, { ru: 'Готово.', en: 'Done.' });
  return { result, settings, problems, writes, state, year, dataYears: measuredYears(loaded.read.dataset), specs };
};

const readFirst = (session: Session): LoadedWorkbook => {
  const loaded = session.loaded();
  if (!loaded) throw new Error('identification before the workbook was read');
  return loaded;
};

export interface SessionIdentifyRequest {
  /** The form's settings and adjustments: used, and written to «Параметры» and «Корректировки». */
  settings: Settings;
  adjustments: readonly Adjustment[];
  signal?: AbortSignal;
  onProgress?: ProgressCallback;
}

/**
 * The identification of the data the session read (the workbook is not read again): one run of the
 * rules, its sheets written; the result is kept for the partners, roadmap and targets steps.
 */
export const identifyInSession = async (session: Session, request: SessionIdentifyRequest): Promise<IdentifyOutcome> => {
  const loaded = readFirst(session);
  const outcome = await runIdentification(session.port, {
    reuse: loaded,
    settings: request.settings,
    adjustments: withYears(loaded, request.adjustments),
    language: session.language(),
    ...(request.signal ? { signal: request.signal } : {}),
    ...(request.onProgress ? { onProgress: request.onProgress } : {}),
  });
  session.setIdentification(outcome.result);
  await session.adopt(outcome.state);
  return outcome;
};

/** What-if: the identification under candidate settings and adjustments, the same rules as the run, nothing written or kept. */
export const previewInSession = (session: Session, settings: Settings, adjustments: readonly Adjustment[]): IdentificationResult => {
  const loaded = readFirst(session);
  return identifyRead(loaded, settings, withYears(loaded, adjustments));
};

/**
 * «Сопоставление школ» when some rows were matched by a rule other than an exact one, a school did not join the
 * registry, or the user decided something; rewritten under the name it has (the user's decisions column kept).
 */
const schoolMatchingPlan = (loaded: LoadedWorkbook, language: Language): PlannedWrite | null => {
  const { identity } = loaded.read;
  if (identity.matches.length === 0 && identity.unjoined.length === 0 && loaded.decisions.length === 0 && !loaded.matchingSheet) return null;
  const build = () => {
    const spec = schoolMatchingSheet(identity, loaded.decisions, language);
    return loaded.matchingSheet ? { ...spec, name: loaded.matchingSheet } : spec;
  };
  return { build, keepUserEdits: true };
};
