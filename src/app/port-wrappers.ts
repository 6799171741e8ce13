import type { Grid } from '../grid/grid';
import type { DeferredSheet, WorkbookPort } from '../hosts/port';

/** The port as the use cases should see it when the user chose some sheets: the others are not listed. */
export const withSheetsOnly = (port: WorkbookPort, keep: (name: string) => boolean): WorkbookPort => ({
  ...bind(port),
  listSheets: async () => (await port.listSheets()).filter((s) => keep(s.name)),
});

/** The port, remembering the grids it last read (the mapping screen needs the header cells). */
export const recordingGrids = (port: WorkbookPort): { port: WorkbookPort; grids: () => Grid[] } => {
  let last: Grid[] = [];
  return {
    port: {
      ...bind(port),
      readGrids: async (sheets) => {
        last = await port.readGrids(sheets);
        return last;
      },
    },
    grids: () => last,
  };
};

/** Methods of a class instance as plain functions, so the wrappers can spread them. */
const bind = (port: WorkbookPort): WorkbookPort => ({
  listSheets: () => port.listSheets(),
  readGrids: (sheets) => port.readGrids(sheets),
  writeSheet: (spec) => port.writeSheet(spec),
  deleteSheet: (name) => port.deleteSheet(name),
  loadState: () => port.loadState(),
  saveState: (json) => port.saveState(json),
  ...(port.writeDeferred ? { writeDeferred: (sheet: DeferredSheet) => port.writeDeferred!(sheet) } : {}),
  ...(port.selectCell ? { selectCell: (sheet: string, row: number, column: number) => port.selectCell!(sheet, row, column) } : {}),
});
