import { identify } from '../domain/identify';
import type { MonitoringRecord } from '../domain/records';
import type { Settings } from '../domain/settings';
import {
  defaultIndicators,
  evaluateTargets,
  resultsOverTime,
  type DistrictMonitoring,
  type Indicator,
  type MonitoringStage,
  type ProgrammeSchool,
  type ResultsOverTime,
  type TargetControl,
  type TargetPair,
} from '../domain/targets';
import type { IdentificationResult } from '../domain/types';
import type { Grid } from '../grid/grid';
import { chartDataOf, type ChartData } from '../hosts/chart-data';
import type { WorkbookPort } from '../hosts/port';
import { preserveEdits } from '../sheets/preserve-edits';
import { specToGrid } from '../grid/spec-to-grid';
import { buildTargetsCatalogueSheet, catalogueYearsFor } from '../sheets/targets/catalogue-sheet';
import { readTargetsCatalogue } from '../tables/own-sheets/targets-catalogue-reader';
import { buildControlSheet } from '../sheets/targets/control-sheet';
import { TARGETS_LABELS, type TargetsLanguage } from '../tables/labels/targets-labels';
import { buildDistrictMonitoringSheet, buildMonitoringTemplate } from '../sheets/targets/monitoring-template';
import { readDistrictMonitoring, readMonitoringTemplate } from '../tables/own-sheets/monitoring-reader';
import { buildOverTimeSheet } from '../sheets/targets/over-time-sheet';
import type { Problem } from '../domain/problem';
import type { SheetSpec } from '../grid/sheet-spec';
import { IDENTIFICATION_INPUT_SHEETS, ownSheetOf, readAdjustments, readSettings } from './own-input-sheets';
import { ADJUSTMENTS_SHEET_NAMES } from '../sheets/adjustments-sheet';
import { SETTINGS_SHEET_NAMES } from '../sheets/settings-sheet';
import { loadWorkbook, type LoadedWorkbook } from './load-workbook';
import { pairsOfWorkbook } from './pairing';
import { writeOwnedSheet, type OwnedWriteReport } from './owned-sheets';
import type { Session } from './session';
import { saveState, type OporaState } from './state';

/**
 * Use case «Целевые показатели»: the catalogue sheet (defaults on first use, the user's edits kept),
 * the monitoring templates for the year and stage (schools' and district's), the control sheet of the
 * year and the results over years. Monitoring comes from the user's own monitoring sheets and from
 * the filled templates; the programme's schools are the identified ones plus those monitored.
 */

export interface TargetsOptions {
  /** The control year; by default the last year with monitoring data, else the last identified year. */
  year?: number;
  stage?: MonitoringStage;
  settings?: Settings;
  /** Partner pairs counted as concluded agreements; by default those of the «Сетевое партнёрство» sheet, when there is one. */
  pairs?: readonly TargetPair[];
  language?: TargetsLanguage;
  onProgress?: (step: string, stepEn: string) => void;
  /** The workbook as already read and identified (the task pane's session): neither read nor identified again. */
  reuse?: { loaded: LoadedWorkbook; identification: IdentificationResult };
}

export interface TargetsRun {
  year: number;
  indicators: Indicator[];
  control: TargetControl;
  overTime: ResultsOverTime;
  identification: IdentificationResult;
  reports: OwnedWriteReport[];
  /** The specs as written (user edits carried over), for the CLI and the task pane. */
  specs: SheetSpec[];
  /** The charts of those sheets with the values they show (the task pane draws them too). */
  charts: ChartData[];
  problems: Problem[];
  state: OporaState;
}

const sheetNames = (year: number, language: TargetsLanguage) => {
  const l = TARGETS_LABELS[language];
  return { catalogue: l.catalogueSheet, template: l.templateSheet(year), district: l.districtSheet(year), control: l.controlSheet(year), overTime: l.overTimeSheet };
};

/** The year's programme: schools flagged in that year (or the last identified year before it), then schools monitored. */
export const programmeSchools = (identification: IdentificationResult, year: number, monitoring: readonly MonitoringRecord[]): ProgrammeSchool[] => {
  const idYear = [...identification.years].filter((y) => y <= year).pop() ?? identification.lastYear;
  const out = new Map<string, ProgrammeSchool>();
  for (const r of identification.schools)
    if (r.year === idYear && r.groups.length > 0) out.set(r.schoolKey, { key: r.schoolKey, name: r.name, ...(r.municipality ? { municipality: r.municipality } : {}), groups: [...r.groups] });
  for (const m of monitoring)
    if (m.year === year && !out.has(m.schoolKey)) out.set(m.schoolKey, { key: m.schoolKey, name: m.schoolName, groups: [] });
  return [...out.values()];
};

export const checkTargetsFromWorkbook = async (port: WorkbookPort, options: TargetsOptions = {}): Promise<TargetsRun> => {
  const progress = options.onProgress ?? (() => undefined);
  progress('Читаю книгу', 'Reading the workbook');
  const probe = await loadWorkbook(port, { ownSheets: [...IDENTIFICATION_INPUT_SHEETS], ...(options.reuse ? { reuse: options.reuse.loaded } : {}) });
  const language = options.language ?? probe.state.language;
  const fromSheet = readSettings(ownSheetOf(probe.own, SETTINGS_SHEET_NAMES, language)?.grid ?? null);
  const settings = options.settings ?? fromSheet.settings;
  const adjustments = readAdjustments(ownSheetOf(probe.own, ADJUSTMENTS_SHEET_NAMES, language)?.grid ?? null).adjustments;
  const identification = options.reuse?.identification ?? identify(probe.read.dataset, settings, { adjustments });
  const userMonitoring = probe.read.dataset.monitoring;
  const year = options.year ?? (Math.max(...userMonitoring.map((m) => m.year), 0) || identification.lastYear);
  const names = sheetNames(year, language);

  // The catalogue and the filled templates of every year are Opora's own sheets: read them in one batch.
  const all = (await port.listSheets()).map((s) => s.name);
  const templateNames = all.filter((n) => probe.state.generatedSheets.includes(n) && (/^(Мониторинг показателей|Indicator monitoring) \d{4}$/.test(n) || /^(Мониторинг района|District monitoring) \d{4}$/.test(n)));
  const wanted = [...new Set([names.catalogue, ...templateNames].filter((n) => all.includes(n) && probe.state.generatedSheets.includes(n)))];
  const grids = new Map<string, Grid>((await port.readGrids(wanted)).map((g) => [g.sheet, g]));
  const problems: Problem[] = [...probe.problems, ...(options.settings ? [] : fromSheet.problems), ...identification.problems];

  progress('Читаю целевые показатели', 'Reading the target indicators');
  const defaults = defaultIndicators({ districtAgreements: settings.targets.districtAgreements });
  const catalogueSpec = buildTargetsCatalogueSheet(defaults, catalogueYearsFor(year), language);
  const catalogueWritten = preserveEdits(grids.get(names.catalogue) ?? null, catalogueSpec, { language });
  const read = readTargetsCatalogue(specToGrid(catalogueWritten), defaults);
  const indicators = read?.indicators ?? defaults;
  if (read) problems.push(...read.problems);

  const templateRecords: (MonitoringRecord & { stage: MonitoringStage })[] = [];
  const district: DistrictMonitoring[] = [];
  for (const n of templateNames) {
    const g = grids.get(n);
    if (!g) continue;
    const t = readMonitoringTemplate(g);
    if (t) {
      problems.push(...t.problems);
      templateRecords.push(...t.records.filter((r) => r.year > 0));
      continue;
    }
    const d = readDistrictMonitoring(g);
    if (d && d.year > 0) district.push(d);
  }
  const monitoring = [...userMonitoring, ...templateRecords];
  const stage = options.stage ?? 'final';
  // The partner-pairing sheet, when the user has made one: its pairs count as concluded agreements.
  const pairs = options.pairs ?? (await pairsOfWorkbook(port, probe, identification, settings));
  const input = (y: number) => ({
    year: y,
    stage,
    indicators,
    schools: programmeSchools(identification, y, monitoring),
    monitoring,
    district,
    ...(pairs ? { pairs } : {}),
  });
  progress('Проверяю показатели', 'Checking the indicators');
  const control = evaluateTargets(input(year));
  const monitoredYears = [...new Set(monitoring.map((m) => m.year))].filter((y) => identification.years.includes(y));
  const controls = monitoredYears.map((y) => (y === year ? control : evaluateTargets(input(y))));
  const exitRule = settings.targets.exitRule === 'gapReduced' ? { kind: 'gapReduced' as const, share: settings.targets.exitGapShare } : { kind: 'notFlagged' as const };
  const overTime = resultsOverTime(identification.schools, exitRule, controls);

  const specs: SheetSpec[] = [
    catalogueSpec,
    buildMonitoringTemplate({ year, stage, indicators: control.schoolIndicators, schools: control.schools.map((s) => s.school), language }),
    buildDistrictMonitoringSheet(year, indicators, language),
    buildControlSheet(control, language),
    buildOverTimeSheet(overTime, language),
  ];
  let current = probe.state;
  const reports: OwnedWriteReport[] = [];
  const written: SheetSpec[] = [];
  for (const spec of specs) {
    progress(`Записываю лист «${spec.name}»`, `Writing sheet "${spec.name}"`);
    const previous = grids.get(spec.name) ?? null;
    written.push(preserveEdits(previous, spec, { language }));
    const out = await writeOwnedSheet(port, spec, current);
    current = out.state;
    reports.push(out.report);
  }
  await saveState(port, current);
  return { year, indicators, control, overTime, identification, reports, specs: written, charts: written.flatMap(chartDataOf), problems, state: current };
};

/** The targets of the session's workbook, reusing its read and its last identification when it ran. */
export const targetsInSession = async (session: Session, onProgress?: TargetsOptions['onProgress']): Promise<TargetsRun> => {
  const loaded = session.loaded();
  const identification = session.identification();
  const run = await checkTargetsFromWorkbook(session.port, {
    language: session.language(),
    ...(onProgress ? { onProgress } : {}),
    ...(loaded && identification ? { reuse: { loaded, identification } } : {}),
  });
  await session.adopt(run.state);
  return run;
};
