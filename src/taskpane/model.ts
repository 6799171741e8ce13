/**
 * What the task pane needs from the rest of Opora, in the shape the UI shows it.
 * services/ adapts the app layer (src/app) to these types; tests pass fakes.
 */
import type { Problem } from '../domain/problem';
import type { SheetSpec } from '../grid/sheet-spec';
import type { CodeMeaning, FlaggedSchool, SchoolRef } from '../app/identification-report';
import type { PairRow } from '../app/pairing-report';
import type { SheetInfo, WriteReport } from '../app/session';
import type { SettingDescriptor, SettingValues } from '../app/settings-form';
import type { MatchChoice } from '../app/school-matches';
import type { DataReading, WorkbookAssignment } from '../app/data-reading';
import type { Text } from '../app/view-text';

// The views the app layer builds, named here for the pane's components.
export type { Text } from '../app/view-text';
export type {
  DataReading,
  FieldAssignment,
  MappingColumn,
  MappingField,
  SheetCorrection,
  SheetReading,
  SubjectBlock,
  SubjectColumn,
  WorkbookAssignment,
} from '../app/data-reading';
export type { MatchChoice, MatchView, SpellingView, UnjoinedView } from '../app/school-matches';
export type { SettingDescriptor, SettingValues } from '../app/settings-form';
export type { CodeMeaning, FlaggedSchool, SchoolRef } from '../app/identification-report';

export type StepId = 'data' | 'identification' | 'partners' | 'roadmap' | 'targets';
export const STEP_ORDER: readonly StepId[] = ['data', 'identification', 'partners', 'roadmap', 'targets'];

/** Long operations report progress as the app layer does: a fraction 0..1 (null = unknown) and a message. */
export type ProgressListener = (fraction: number | null, message: Text) => void;

export interface RunContext {
  signal: AbortSignal;
  onProgress: ProgressListener;
}

// ---- Identification step ----

export interface Adjustment {
  schoolKey: string;
  schoolName: string;
  action: 'include' | 'exclude';
  group: string; // e.g. 'ШНОР' | 'ШНСУ'
  reason: string;
  /** The evaluated year it concerns; the latest when absent. */
  year?: number;
}

export interface WrittenSheet {
  sheet: string;
  rows: number;
  message: Text;
}

/** A bar chart the pane draws, from the same cells as the chart on the sheet. */
export interface PaneChart {
  title: string;
  kind: 'bar' | 'column';
  categories: string[];
  series: { name: string; values: (number | null)[] }[];
  /** Values are shares, 0–100. */
  percent?: boolean;
}

export interface StepOutcome {
  summary: Text;
  sheets: SheetSpec[];
  /** Charts of the outcome (indicators step), drawn in the pane as well as on the sheets. */
  charts?: PaneChart[];
  /** Sheets the use case already wrote (one-click use cases); the others are written on request. */
  written?: WrittenSheet[];
  problems?: Problem[];
}

export interface IdentificationOutcome extends StepOutcome {
  flagged: FlaggedSchool[];
  counts: { low: number; social: number; total: number };
  /** Criteria that could not be evaluated (no data), with the reason: «ШНСУ — 0» means nothing without them. */
  notEvaluated?: Text[];
  /** Every criterion code the result shows, with its meaning. */
  legend?: CodeMeaning[];
}

export interface IdentificationService {
  groups: string[];
  descriptors: SettingDescriptor[];
  defaults: SettingValues;
  /** Settings and adjustments remembered in the workbook, if any. */
  loadSaved(): Promise<{ settings: SettingValues; adjustments: Adjustment[] } | null>;
  schools(): SchoolRef[];
  run(settings: SettingValues, adjustments: Adjustment[], ctx: RunContext): Promise<IdentificationOutcome>;
  /** What-if: the flagged schools under candidate settings, without writing anything. */
  preview(settings: SettingValues, adjustments: Adjustment[], signal: AbortSignal): Promise<FlaggedSchool[]>;
}

export interface RoadmapService {
  /** School years to offer; they follow the last identification. */
  yearOptions(): { defaultYear: string; years: string[] };
  build(year: string, ctx: RunContext): Promise<StepOutcome>;
}

/** A step with one action and its sheets (partners, indicators): enough for the generic step view. */
export interface SimpleStepService {
  run(ctx: RunContext): Promise<StepOutcome>;
}

// ---- Partners step ----

export type PairView = PairRow;

export interface PartnersOutcome extends StepOutcome {
  pairs: PairView[];
  uncovered: { school: string; deficit: string; reason: Text }[];
  /** The picture: schools by coordinates, lines to partners, colour by municipality (SVG text). */
  svg: string | null;
  capacity: number;
  covered: number;
  deficits: number;
}

export interface PartnersService {
  /** The capacity per partner of the settings («Параметры», P.capacity). */
  defaultCapacity(): Promise<number>;
  /** Pairs and writes «Сетевое партнёрство <год>» (the user's decisions on it are kept). */
  run(capacity: number, ctx: RunContext): Promise<PartnersOutcome>;
  /** What-if: the pairing with another capacity, nothing written. */
  preview(capacity: number, signal: AbortSignal): Promise<PartnersOutcome>;
}

/** Everything the task pane can do on the open workbook. Absent services = hidden steps. */
export interface OporaServices {
  listSheets(): Promise<SheetInfo[]>;
  /** Reads the sheets; corrections (per sheet, user-confirmed) are applied over the remembered mapping and saved. */
  readData(sheets: string[], corrections: WorkbookAssignment | null, ctx: RunContext): Promise<DataReading>;
  /** Remembers the user's decision on a school match in the workbook and reads the data again. */
  decideMatch?(choice: MatchChoice, ctx: RunContext): Promise<DataReading>;
  /** Writes one of Opora's sheets; message says what happened (renamed to spare a user's sheet...). */
  writeSheet(spec: SheetSpec): Promise<WriteReport & { message?: string; messageEn?: string }>;
  selectCell?(sheet: string, row: number, column: number): Promise<void>;
  identification?: IdentificationService;
  roadmap?: RoadmapService;
  partners?: PartnersService;
  targets?: SimpleStepService;
}

/** A file the user picked: .xlsx or .csv. */
export interface PickedFile {
  name: string;
  data: ArrayBuffer;
}

/** Browser mode only: the file(s) behind the port, held as one in-memory workbook. */
export interface BrowserWorkbook {
  fileName: string;
  /** Several files (results + registry, .xlsx or .csv) open as one dataset. */
  open(files: PickedFile[]): Promise<OporaServices>;
  /** The workbook with Opora's sheets, named «<first file>.opora.xlsx». */
  download(): Promise<{ name: string; data: Uint8Array }>;
  /** What the downloaded copy of the opened file lacks (macros, charts...), as one sentence; null when nothing. */
  lostOnDownload?(language: 'ru' | 'en'): string | null;
}
