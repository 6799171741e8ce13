/**
 * What the task pane needs from the rest of Opora, in the shape the UI shows it.
 * services/ adapts the app layer (src/app) to these types; tests pass fakes.
 */
import type { SheetInfo, WriteReport } from '../hosts/port';
import type { Problem } from '../domain/problem';
import type { SheetSpec } from '../grid/sheet-spec';

export type StepId = 'data' | 'identification' | 'partners' | 'roadmap' | 'targets';
export const STEP_ORDER: readonly StepId[] = ['data', 'identification', 'partners', 'roadmap', 'targets'];

/** A bilingual text: Russian always, English when the producing module has it. */
export interface Text {
  ru: string;
  en?: string;
}

/** Long operations report progress as the app layer does: a fraction 0..1 (null = unknown) and a message. */
export type ProgressListener = (fraction: number | null, message: Text) => void;

export interface RunContext {
  signal: AbortSignal;
  onProgress: ProgressListener;
}

// ---- Data step ----

export interface MappingField {
  id: string;
  label: Text;
  required: boolean;
}

export interface MappingColumn {
  index: number; // 0-based column of the sheet
  letter: string;
  header: string;
}

/** Column index per field id; null = the field is not in this sheet. */
export type FieldAssignment = Record<string, number | null>;

/** One column of a wide results sheet: «Русский язык › средний балл» → subject and measure. */
export interface SubjectColumn {
  column: number; // 0-based
  subject: string;
  field: string;
}

/** A subject block of a wide results sheet as the mapping step shows it. */
export interface SubjectBlock {
  subject: string;
  columns: SubjectColumn[];
}

/** The user's correction of one sheet: plain columns, and for results the sheet's year, exam and subject columns. */
export interface SheetCorrection {
  fields: FieldAssignment;
  /** Year and exam of the whole sheet; absent = as detected, null = none. */
  year?: number | null;
  family?: string | null;
  /** Every subject column of the sheet, as corrected; absent = as detected. */
  subjects?: SubjectColumn[];
}

/** Per sheet name. */
export type WorkbookAssignment = Record<string, SheetCorrection>;

export interface SheetReading {
  sheet: string;
  kind: string | null; // table kind id; null = not recognised
  kindLabel: Text;
  rows: number;
  fields: MappingField[];
  columns: MappingColumn[];
  assignment: FieldAssignment;
  /** Field ids whose column was detected automatically (not set by the user). */
  autoDetected: string[];
  /** Results sheets: the year and exam of the whole sheet (from its title or name), with the choices. */
  sheetMeta?: { year: number | null; family: string | null; families: string[] };
  /** Wide results sheets: the subject blocks (subject › measure → column), the measures and subjects to choose from. */
  subjects?: SubjectBlock[];
  measures?: MappingField[];
  subjectNames?: string[];
}

export interface DataReading {
  sheets: SheetReading[];
  problems: Problem[];
  counts: { schools: number; results: number; social: number };
  /** «Сопоставление школ»: non-exact matches to confirm or split, schools that did not join to merge. */
  matches: MatchView[];
  unjoined: UnjoinedView[];
}

/** One spelling of a school as the pane shows it. */
export interface SpellingView {
  id: string;
  label: string; // «Муниципалитет | Школа»
  where: string;
}

export interface MatchView {
  a: SpellingView;
  b: SpellingView;
  rule: Text;
  confidence: number;
  decision?: 'confirm' | 'split';
}

export interface UnjoinedView {
  spelling: SpellingView;
  reason: Text;
  /** Registry schools it may be merged with (same municipality first). */
  candidates: { id: string; label: string }[];
}

/** A decision of the user on two spellings; null action = forget the decision. */
export interface MatchChoice {
  a: string;
  b: string;
  action: 'confirm' | 'split' | 'merge' | null;
}

// ---- Identification step ----

/** One editable setting, described so the form needs no knowledge of the domain's Settings type. */
export interface SettingDescriptor {
  id: string;
  group: 'criteria' | 'thresholds' | 'weights' | 'teachers' | 'deficits';
  label: Text;
  kind: 'boolean' | 'number' | 'choice';
  min?: number;
  max?: number;
  integer?: boolean;
  options?: { value: string; label: Text }[];
}

export type SettingValues = Record<string, number | boolean | string>;

export interface SchoolRef {
  key: string;
  name: string;
}

export interface Adjustment {
  schoolKey: string;
  schoolName: string;
  action: 'include' | 'exclude';
  group: string; // e.g. 'ШНОР' | 'ШНСУ'
  reason: string;
  /** The evaluated year it concerns; the latest when absent. */
  year?: number;
}

export interface FlaggedSchool extends SchoolRef {
  groups: string[];
  reasons: string;
  /** The criteria met (R1…S3), each explained by the outcome's legend. */
  codes?: string[];
}

/** A criterion code with what it means, for legends and tooltips. */
export interface CodeMeaning {
  code: string;
  meaning: Text;
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

export interface PairView {
  school: string;
  partner: string;
  municipality: string;
  partnerMunicipality: string;
  distance: string;
  deficits: string;
  /** The help written out (seed 000's «примечание»). */
  note: string;
  alternatives: string[];
  fixed: boolean;
}

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
