import { identify, type IdentificationResult, type Settings } from '../domain';
import type { WorkbookPort } from '../hosts/port';
import type { Language } from '../i18n';
import type { Problem } from '../tables/problem';
import type { SheetSpec } from '../tables/sheet-spec';
import {
  ADJUSTMENTS_SHEET,
  adjustmentsSheetSpec,
  identificationSheetSpec,
  readAdjustments,
  readSettings,
  SETTINGS_SHEET,
  settingsSheetSpec,
  teachersSheetSpec,
} from './identification-output';
import { loadWorkbook } from './load-workbook';
import { writeOwnedSheet, type OwnedWriteReport } from './owned-sheets';
import { checkpoint, type ProgressCallback } from './progress';
import { saveState, type OporaState } from './state';

export interface IdentifyRequest {
  /** Settings to use instead of the workbook's «Параметры» (the CLI's --settings). */
  settings?: Settings;
  /** Year of the «Идентификация <год>» sheet; default the latest year with data. */
  year?: number;
  /** Years to report; default every year with data. */
  years?: number[];
  language?: Language;
  onProgress?: ProgressCallback;
  signal?: AbortSignal;
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
}

const noop: ProgressCallback = () => undefined;

/**
 * The identification use case: read the workbook and Opora's «Параметры» and «Корректировки», run the
 * rules, write «Параметры» (the first time), «Идентификация <год>» and the teachers sheet, save the
 * state. Host-agnostic: everything goes through the WorkbookPort.
 */
export const runIdentification = async (port: WorkbookPort, request: IdentifyRequest = {}): Promise<IdentifyOutcome> => {
  const progress = request.onProgress ?? noop;
  const { signal } = request;
  progress(0, 'Чтение книги…', 'Reading the workbook…');
  await checkpoint(signal);
  const loaded = await loadWorkbook(port, { ownSheets: [SETTINGS_SHEET, ADJUSTMENTS_SHEET] });
  let state: OporaState = request.language ? { ...loaded.state, language: request.language } : loaded.state;
  const language = state.language;
  const fromSheet = readSettings(loaded.own.get(SETTINGS_SHEET) ?? null);
  const settings = request.settings ?? fromSheet.settings;
  const adjustments = readAdjustments(loaded.own.get(ADJUSTMENTS_SHEET) ?? null);
  const problems: Problem[] = [...loaded.problems, ...(request.settings ? [] : fromSheet.problems), ...adjustments.problems];

  progress(0.3, 'Идентификация школ и педагогов…', 'Identifying schools and teachers…');
  await checkpoint(signal);
  const result = identify(loaded.read.dataset, settings, {
    ...(request.years ? { years: request.years } : {}),
    adjustments: adjustments.adjustments,
  });
  const year = request.year ?? (result.years.length > 0 ? result.lastYear : null);

  const specs = [
    loaded.own.has(SETTINGS_SHEET) ? null : settingsSheetSpec(settings, language),
    loaded.own.has(ADJUSTMENTS_SHEET) ? null : adjustmentsSheetSpec(language),
    year === null ? null : identificationSheetSpec(result, year, language),
    year === null ? null : teachersSheetSpec(result, year, language),
  ].filter((s): s is SheetSpec => s !== null);

  const writes: OwnedWriteReport[] = [];
  state = { ...state, mapping: loaded.read.mapping };
  let completed = false;
  try {
    for (const [i, spec] of specs.entries()) {
      progress(0.6 + (0.35 * i) / specs.length, `Запись листа «${spec.name}»…`, `Writing sheet "${spec.name}"…`);
      await checkpoint(signal);
      const written = await writeOwnedSheet(port, spec, state);
      writes.push(written.report);
      state = written.state;
    }
    completed = true;
  } finally {
    // Sheets already written must stay known as Opora's, even when the run is cancelled half-way.
    if (completed || writes.length > 0) await saveState(port, state);
  }
  progress(1, 'Готово.', 'Done.');
  return { result, settings, problems, writes, state, year };
};
