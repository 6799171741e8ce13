import type { Grid } from '../grid/grid';
import type { WorkbookPort, WriteReport } from '../hosts/port';
import { preserveEdits } from '../sheets/preserve-edits';
import { KEY_HEADER } from '../tables/key-cell';
import type { SheetSpec } from '../grid/sheet-spec';
import { isGeneratedSheet, sameSheetName, withGeneratedSheet, type OporaState } from './state';
import type { Bilingual } from '../i18n/bilingual';

/** Excel's limit on sheet-name length. */
const MAX_SHEET_NAME = 31;

export interface OwnedWriteReport extends WriteReport {
  /** The name the generator asked for; report.sheet is the name actually written. */
  requestedName: string;
  /** A user's sheet already had the requested name, so another name was used. */
  renamed: boolean;
  /** What happened, for the user. */
  text: Bilingual;
}

export interface OwnedWrite {
  report: OwnedWriteReport;
  /** The state with the written sheet recorded as Opora's; save it after the writes. */
  state: OporaState;
}

const candidateName = (base: string, n: number): string => {
  const suffix = ` (${n})`;
  return base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
};

/**
 * The name to write under: the requested one when Opora owns it or no sheet has it; otherwise
 * «<name> (2)», «<name> (3)»… — the first that Opora owns or that is free. A user's sheet is never taken.
 */
export const ownedSheetName = (requested: string, existing: readonly string[], state: OporaState): string => {
  const usable = (name: string) => isGeneratedSheet(state, name) || !existing.some((e) => sameSheetName(e, name));
  if (usable(requested)) return requested;
  for (let n = 2; ; n++) {
    const name = candidateName(requested, n);
    if (usable(name)) return name;
  }
};

/** How many of the first rows are searched for the header of a sheet Opora wrote. */
const HEADER_SEARCH_ROWS = 20;

/**
 * Whether a sheet the state calls Opora's still holds an Opora table: some row near the top has the key
 * column's header («Ключ»/«Key», in either language) or repeats at least two of the spec's header texts.
 * A user's own sheet under the same name, or one the user has rewritten, does not.
 */
export const looksLikeOwnSheet = (grid: Grid, spec: SheetSpec): boolean => {
  const keys = new Set(Object.values(KEY_HEADER));
  const wanted = new Set(spec.header.flat().map((h) => String(h ?? '').trim()).filter(Boolean));
  const need = Math.min(2, wanted.size);
  const texts = (row: readonly unknown[]) => row.flatMap((v) => (typeof v === 'string' ? [v.trim()] : []));
  return grid.values.slice(0, HEADER_SEARCH_ROWS).some((row) => {
    const cells = texts(row);
    return cells.some((t) => keys.has(t)) || new Set(cells.filter((t) => wanted.has(t))).size >= need;
  });
};

/**
 * Writes one of Opora's sheets. A sheet Opora wrote before is read first and the user's edits in it are
 * carried into the new version (sheets/preserve-edits.ts); a user's sheet with the same name is left alone.
 */
export interface OwnedWriteOptions {
  /**
   * false when the spec already holds everything the user wants on the sheet (settings and adjustments
   * edited in the task pane, which loaded them from this very sheet): the previous version is replaced.
   */
  keepUserEdits?: boolean;
  /**
   * Builds the whole spec again (required when `spec` is a preview: SheetSpec.totalRows set). With it, when there is no earlier version to merge, a host that can
   * (port.writeDeferred) builds the previewed sheet only when the book is saved: the caller need not hold it.
   */
  rebuild?: () => SheetSpec;
}

export const writeOwnedSheet = async (
  port: WorkbookPort,
  spec: SheetSpec,
  state: OporaState,
  options: OwnedWriteOptions = {},
): Promise<OwnedWrite> => {
  const existing = (await port.listSheets()).map((s) => s.name);
  // The state may be stale or forged: a sheet it calls Opora's that does not look like one is the user's.
  let trusted = state;
  let name = ownedSheetName(spec.name, existing, trusted);
  let present = existing.find((e) => sameSheetName(e, name));
  let previous: Grid | null = present ? ((await port.readGrids([present]))[0] ?? null) : null;
  while (present && previous && !looksLikeOwnSheet(previous, spec)) {
    const disowned = present;
    trusted = { ...trusted, generatedSheets: trusted.generatedSheets.filter((g) => !sameSheetName(g, disowned)) };
    name = ownedSheetName(spec.name, existing, trusted);
    present = existing.find((e) => sameSheetName(e, name));
    previous = present ? ((await port.readGrids([present]))[0] ?? null) : null;
  }
  const earlier = (options.keepUserEdits ?? true) ? previous : null;
  const target = present ?? name;
  const { language } = state;
  const { rebuild } = options;
  // A preview (spec.totalRows, its first rows only) is built whole on save by a host that can defer
  // (without an earlier version the merge adds the key column only: the row count is the preview's
  // total), otherwise now. A spec already whole is written as it is, never built a second time.
  const preview = spec.totalRows !== undefined && rebuild ? { totalRows: spec.totalRows, rebuild } : null;
  const written =
    preview && port.writeDeferred && earlier === null
      ? await port.writeDeferred({ name: target, rows: preview.totalRows, build: () => preserveEdits(null, { ...preview.rebuild(), name: target }, { language }) })
      : await port.writeSheet(preserveEdits(earlier, { ...(preview ? preview.rebuild() : spec), name: target }, { language }));
  state = trusted;
  const renamed = name !== spec.name;
  const notApplied = written.notApplied ?? [];
  const cosmeticNote =
    notApplied.length > 0
      ? {
          ru: ` Данные записаны, но Excel не применил: ${notApplied.map((n) => n.ru).join('; ')}. Это можно задать вручную.`,
          en: ` The data was written, but Excel did not apply: ${notApplied.map((n) => n.en).join('; ')}. You can set it by hand.`,
        }
      : { ru: '', en: '' };
  const report: OwnedWriteReport = {
    ...written,
    requestedName: spec.name,
    renamed,
    text: {
      ru:
        (renamed
          ? `В книге уже есть ваш лист «${spec.name}»; он не изменён, результат записан на лист «${written.sheet}».`
          : `Лист «${written.sheet}» записан: строк ${written.rows}.`) + cosmeticNote.ru,
      en:
        (renamed
          ? `The workbook already has your sheet "${spec.name}"; it was left unchanged and the result was written to "${written.sheet}".`
          : `Sheet "${written.sheet}" written: ${written.rows} rows.`) + cosmeticNote.en,
    },
  };
  return { report, state: withGeneratedSheet(state, written.sheet) };
};

/** The sheet Opora wrote for a requested name («<name>» or «<name> (n)»), if it exists in the workbook. */
export const findOwnedSheet = (requested: string, existing: readonly string[], state: OporaState): string | null => {
  const ownedHere = (name: string) => existing.find((e) => sameSheetName(e, name) && isGeneratedSheet(state, e)) ?? null;
  const direct = ownedHere(requested);
  if (direct) return direct;
  for (const g of state.generatedSheets) {
    for (let n = 2; n < 100; n++) if (sameSheetName(g, candidateName(requested, n))) return ownedHere(g) ?? null;
  }
  return null;
};
