import { defaultCatalogue } from '../domain/roadmap/default-catalogue';
import { roadmapInputFromIdentification } from '../domain/roadmap/from-identification';
import { buildRoadmap } from '../domain/roadmap/plan';
import { parseSchoolYear, schoolYearAfter, sheetYearLabel } from '../domain/roadmap/school-calendar';
import type { Catalogue, Roadmap, RoadmapInput, RoadmapPair } from '../domain/roadmap/types';
import { identify } from '../domain/identify';
import type { Settings } from '../domain/settings';
import type { Adjustment } from '../domain/types';
import type { Grid } from '../grid/grid';
import type { WorkbookPort } from '../hosts/port';
import { buildCatalogueSheet, readCatalogue } from '../sheets/roadmap-catalogue-sheet';
import { preserveEdits } from '../sheets/preserve-edits';
import { ROADMAP_LABELS, type RoadmapLanguage } from '../sheets/roadmap-labels';
import { buildSchoolPlansSheet } from '../sheets/roadmap-school-plans-sheet';
import { ROADMAP_COLUMNS, buildRoadmapSheet } from '../sheets/roadmap-sheet';
import { buildTimelineSheet } from '../sheets/roadmap-timeline-sheet';
import type { Problem } from '../domain/problem';
import type { SheetSpec } from '../grid/sheet-spec';
import { IDENTIFICATION_INPUT_SHEETS, ownSheetOf, readAdjustments, readSettings } from './own-input-sheets';
import { ADJUSTMENTS_SHEET_NAMES } from '../sheets/adjustments-sheet';
import { SETTINGS_SHEET_NAMES } from '../sheets/settings-sheet';
import { loadWorkbook } from './load-workbook';
import { pairsOfWorkbook } from './pairing';
import { findOwnedSheet, writeOwnedSheet, type OwnedWriteReport } from './owned-sheets';
import type { Session } from './session';
import { saveState, type OporaState } from './state';

/**
 * Use case «Построить дорожную карту»: the catalogue sheet (created from the default catalogue on
 * first use), then the district roadmap, the schools' own plans and the month-by-month timeline for
 * one school year. Every sheet goes through writeOwnedSheet, so what the user typed survives.
 */

export interface RoadmapProgress {
  (step: string, stepEn: string): void;
}

export interface WriteRoadmapOptions {
  language?: RoadmapLanguage;
  /** Opora's own sheets already read by the caller (requested name → grid), to save a read. */
  ownGrids?: ReadonlyMap<string, Grid>;
  onProgress?: RoadmapProgress;
}

export interface RoadmapRun {
  roadmap: Roadmap;
  catalogue: Catalogue;
  catalogueCreated: boolean;
  reports: OwnedWriteReport[];
  problems: Problem[];
  state: OporaState;
  /** The specs as written (after carrying edits over), for the CLI's JSON and for tests. */
  specs: SheetSpec[];
}

export const roadmapSheetNames = (schoolYear: string, language: RoadmapLanguage = 'ru') => {
  const year = parseSchoolYear(schoolYear);
  const labels = ROADMAP_LABELS[language];
  const y = year ? sheetYearLabel(year) : schoolYear;
  return {
    catalogue: labels.catalogueSheet,
    roadmap: labels.roadmapSheet(y),
    schoolPlans: labels.schoolPlansSheet(y),
    timeline: labels.timelineSheet(y),
  };
};

/** Dates as they stand in the roadmap after the user's edits: the timeline follows them. */
const timingsOf = (spec: SheetSpec): Map<string, string> => {
  const out = new Map<string, string>();
  spec.rows.forEach((row, i) => {
    const key = spec.rowKeys?.[i];
    const text = row[ROADMAP_COLUMNS.timing];
    if (key && typeof text === 'string') out.set(key, text);
  });
  return out;
};

const readOwn = async (port: WorkbookPort, state: OporaState, requested: string[]): Promise<Map<string, Grid>> => {
  const names = (await port.listSheets()).map((s) => s.name);
  const found = requested.map((r) => [r, findOwnedSheet(r, names, state)] as const).filter((x): x is [string, string] => x[1] !== null);
  if (found.length === 0) return new Map();
  const grids = await port.readGrids(found.map(([, actual]) => actual));
  const byName = new Map(grids.map((g) => [g.sheet, g]));
  return new Map(found.flatMap(([r, actual]) => (byName.has(actual) ? [[r, byName.get(actual)!] as const] : [])));
};

/** Builds and writes the roadmap sheets from a ready input (identification adapted, pairs attached). */
export const writeRoadmap = async (
  port: WorkbookPort,
  state: OporaState,
  input: RoadmapInput,
  options: WriteRoadmapOptions = {},
): Promise<RoadmapRun> => {
  const language = options.language ?? state.language;
  const progress = options.onProgress ?? (() => undefined);
  const names = roadmapSheetNames(input.schoolYear, language);
  const own = options.ownGrids ?? (await readOwn(port, state, [names.catalogue, names.roadmap]));
  const problems: Problem[] = [];
  const reports: OwnedWriteReport[] = [];
  let current = state;

  const catalogueGrid = own.get(names.catalogue);
  const read = catalogueGrid ? readCatalogue(catalogueGrid) : null;
  const catalogue = read?.catalogue ?? defaultCatalogue();
  if (read) problems.push(...read.problems);
  const specs: SheetSpec[] = [];
  const write = async (spec: SheetSpec) => {
    const out = await writeOwnedSheet(port, spec, current);
    current = out.state;
    reports.push(out.report);
  };
  if (!read) {
    progress('Создаю лист «Каталог мероприятий»', 'Creating the activity catalogue sheet');
    const spec = buildCatalogueSheet(catalogue, language);
    specs.push(spec);
    await write(spec);
  }

  progress('Составляю дорожную карту', 'Building the roadmap');
  const roadmap = buildRoadmap(input, catalogue);
  const roadmapSpec = buildRoadmapSheet(roadmap, language);
  // writeOwnedSheet carries the edits over itself (from the generated spec, whose fingerprints must
  // stay those of generated values); the same merge here only tells the timeline the user's dates.
  const asWritten = preserveEdits(own.get(names.roadmap) ?? null, roadmapSpec, { language: current.language });
  const plansSpec = buildSchoolPlansSheet(roadmap, language);
  const timelineSpec = buildTimelineSheet(roadmap, language, timingsOf(asWritten));
  specs.push(asWritten, plansSpec, timelineSpec);
  for (const spec of [roadmapSpec, plansSpec, timelineSpec]) {
    progress(`Записываю лист «${spec.name}»`, `Writing sheet "${spec.name}"`);
    await write(spec);
  }
  await saveState(port, current);
  return { roadmap, catalogue, catalogueCreated: !read, reports, problems, state: current, specs };
};

export interface RoadmapFromWorkbookOptions {
  /** «2025/2026»; by default the year after the last year of results. */
  schoolYear?: string;
  settings?: Settings;
  adjustments?: Adjustment[];
  /** Partner pairs from the pairing capability, when it has run. */
  pairs?: RoadmapPair[];
  language?: RoadmapLanguage;
  onProgress?: RoadmapProgress;
}

/** One click: read the workbook, identify, build and write the roadmap sheets. */
export const buildRoadmapFromWorkbook = async (port: WorkbookPort, options: RoadmapFromWorkbookOptions = {}): Promise<RoadmapRun> => {
  const progress = options.onProgress ?? (() => undefined);
  progress('Читаю книгу', 'Reading the workbook');
  const early = options.schoolYear ? roadmapSheetNames(options.schoolYear, options.language ?? 'ru') : null;
  const ownSheets = [...IDENTIFICATION_INPUT_SHEETS, ...(early ? [early.catalogue, early.roadmap] : [])];
  const probe = await loadWorkbook(port, { ownSheets });
  // The same «Параметры» and «Корректировки» as the identification sheet (in either language), unless the caller overrides them.
  const language = options.language ?? probe.state.language;
  const fromSheet = readSettings(ownSheetOf(probe.own, SETTINGS_SHEET_NAMES, language)?.grid ?? null);
  const adjustments = options.adjustments ?? readAdjustments(ownSheetOf(probe.own, ADJUSTMENTS_SHEET_NAMES, language)?.grid ?? null).adjustments;
  const identification = identify(probe.read.dataset, options.settings ?? fromSheet.settings, { adjustments });
  // The partners of the «Сетевое партнёрство» sheet, when the user has made one.
  const pairs = options.pairs ?? (await pairsOfWorkbook(port, probe, identification, options.settings ?? fromSheet.settings));
  const schoolYear = options.schoolYear ?? schoolYearAfter(identification.lastYear);
  const names = roadmapSheetNames(schoolYear, language);
  const own = early && names.roadmap === early.roadmap ? probe.own : await readOwn(port, probe.state, [names.catalogue, names.roadmap]);
  progress('Определяю мероприятия по результатам идентификации', 'Matching activities to the identification');
  const input = roadmapInputFromIdentification(identification, {
    schoolYear,
    social: probe.read.dataset.social,
    ...(pairs ? { pairs } : {}),
  });
  const run = await writeRoadmap(port, probe.state, input, { language, ownGrids: own, onProgress: progress });
  const settingsProblems = options.settings ? [] : fromSheet.problems;
  return { ...run, problems: [...probe.problems, ...settingsProblems, ...identification.problems, ...run.problems] };
};

/** The roadmap of the session's last identification (not identified again), its sheets written as they are built. */
export const roadmapInSession = async (session: Session, schoolYear: string, onProgress?: RoadmapProgress): Promise<RoadmapRun> => {
  const identification = session.identification();
  const loaded = session.loaded();
  if (!identification || !loaded) throw new Error('roadmap before identification');
  const state = await session.state();
  const input = roadmapInputFromIdentification(identification, { schoolYear, social: loaded.read.dataset.social });
  const run = await writeRoadmap(session.port, state, input, { ...(onProgress ? { onProgress } : {}) });
  await session.setState(run.state);
  return run;
};
