import { HostError, sheetNotFound } from '../../host-error';
import { byPosition } from '../../merge-order';
import type { CellValue } from '../../../grid/cell';
import type { Grid } from '../../../grid/grid';
import { damaged, READ_LIMITS, tooLarge, type ReadLimits } from './limits';
import { SheetScanner, type ScannedSheet } from './sheet-scan';
import { parseDateStyles, parseRelationships, parseSharedStrings, parseWorkbook, relsPathOf, type SheetEntry } from './workbook-parts';
import { nativeStreamInflater } from './native-inflate';
import { StreamInflaterFailed, UnpackStopped, ZipArchive, ZipError, type StreamInflater, type WholeInflater } from './zip';

/** The row every empty row of a sparse grid shares: frozen, so no reader can write into all of them at once. */
export const EMPTY_ROW: readonly CellValue[] = Object.freeze([]);

/**
 * A grid is dense (every row as wide as the sheet, as ExcelJS gives it) unless that would cost far more
 * than its cells: a stray value at XFD1048576 must not make a sheet of 17 billion cells.
 */
const denseFits = (height: number, width: number, cells: number): boolean => height * width <= Math.max(4 * cells, 1 << 20);

/** Counts what a read unpacks and stores, and stops it at the first limit passed. */
class Budget {
  private bytes = 0;
  private cells = 0;
  private rows = 0;
  sheet: string | undefined;

  constructor(
    private readonly label: string,
    private readonly limits: ReadLimits,
  ) {}

  unpacked(n: number): void {
    this.bytes += n;
    if (this.bytes > this.limits.decompressedBytes) this.stop('decompressedBytes');
  }

  /** Unpacked bytes still allowed. */
  remaining(): number {
    return this.limits.decompressedBytes - this.bytes;
  }

  cell(): void {
    if (++this.cells > this.limits.cells) this.stop('cells');
  }

  row(): void {
    if (++this.rows > this.limits.rows) this.stop('rows');
  }

  private stop(what: keyof ReadLimits): never {
    throw new LimitPassed(tooLarge(this.label, what, this.limits[what], this.sheet));
  }
}

class LimitPassed extends UnpackStopped {
  constructor(readonly error: HostError) {
    super(error.message);
  }
}

/** The grid of a scanned sheet: merged cells emptied except the top-left one, as every host reads them. */
const toGrid = (name: string, scanned: ScannedSheet): Grid => {
  const { rows, formulas, height, width } = scanned;
  const merges = [...scanned.merges].sort(byPosition);
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      const row = rows.get(r);
      const fr = formulas?.get(r);
      if (!row && !fr) continue;
      for (let c = m.left; c <= m.right; c++) {
        if (r === m.top && c === m.left) continue;
        if (row && c < row.length) row[c] = null;
        if (fr && c < fr.length) fr[c] = null;
      }
    }
  }
  const dense = denseFits(height, width, scanned.cells);
  const values = layOut(rows, height, width, dense);
  return formulas ? { sheet: name, values, merges, formulas: layOut(formulas, height, width, dense) } : { sheet: name, values, merges };
};

/** Rows 0..height-1 in order: padded to the width when dense, else as scanned with empty rows shared. */
const layOut = <T>(rows: Map<number, T[]>, height: number, width: number, dense: boolean): T[][] => {
  const out: T[][] = [];
  for (let r = 0; r < height; r++) {
    const row = rows.get(r);
    if (dense) {
      const full = row ?? [];
      while (full.length < width) full.push(null as T);
      out.push(full);
    } else out.push(row ?? (EMPTY_ROW as T[]));
  }
  return out;
};

/** A part as it unpacks: push() takes each piece of its bytes, finish() gives what was made of them. */
interface Unpacking<T> {
  push: (chunk: Uint8Array) => void;
  finish: () => T;
}

/** The part's bytes counted and decoded as UTF-8 into `take`, piece by piece (a character split between pieces kept whole). */
const decoding = <T>(budget: Budget, take: (text: string) => void, made: () => T): Unpacking<T> => {
  const decoder = new TextDecoder('utf-8');
  return {
    push: (chunk) => {
      budget.unpacked(chunk.length);
      take(decoder.decode(chunk, { stream: true }));
    },
    finish: () => {
      take(decoder.decode());
      return made();
    },
  };
};

/**
 * An .xlsx read directly: the archive's directory at once, each sheet scanned from the zip when asked,
 * with limits on unpacked bytes, cells and rows. Values, merges and formulas as the WorkbookPort gives them.
 */
export class FastXlsx {
  readonly sheets: SheetEntry[];
  private readonly zip: ZipArchive;
  readonly date1904: boolean;
  private sharedStrings: string[] | null = null;
  private dateStyles: boolean[] | null = null;
  private readonly stylesPath: string | null;
  private readonly sharedStringsPath: string | null;
  /** The platform's inflater for read() where no faster whole inflater was given (the browser). */
  private readonly streamInflate: StreamInflater | null;

  constructor(
    bytes: Uint8Array,
    private readonly label: string,
    private readonly limits: ReadLimits = READ_LIMITS,
    inflateWhole?: WholeInflater,
  ) {
    this.streamInflate = inflateWhole ? null : nativeStreamInflater();
    try {
      this.zip = new ZipArchive(bytes, inflateWhole);
      const root = parseRelationships(this.zip.text('_rels/.rels'), '');
      const main = [...root.values()].find((r) => r.type.endsWith('/officeDocument'))?.path ?? 'xl/workbook.xml';
      const workbookXml = this.zip.text(main);
      if (workbookXml === null) throw new ZipError('no workbook part');
      const rels = parseRelationships(this.zip.text(relsPathOf(main)), main);
      const info = parseWorkbook(workbookXml, rels);
      this.sheets = info.sheets;
      this.date1904 = info.date1904;
      this.stylesPath = [...rels.values()].find((r) => r.type.endsWith('/styles'))?.path ?? null;
      this.sharedStringsPath = [...rels.values()].find((r) => r.type.endsWith('/sharedStrings'))?.path ?? null;
    } catch (e) {
      throw this.failure(e);
    }
    const declared = this.sheets.reduce((n, s) => n + this.zip.declaredSize(s.path), 0) + (this.sharedStringsPath ? this.zip.declaredSize(this.sharedStringsPath) : 0);
    if (declared > limits.decompressedBytes) throw tooLarge(label, 'decompressedBytes', limits.decompressedBytes);
  }

  /** Reads the named sheets (every limit counted over them together). */
  readGrids(names: string[]): Grid[] {
    return this.readWithFflate(names);
  }

  private readWithFflate(names: string[]): Grid[] {
    const budget = new Budget(this.label, this.limits);
    try {
      this.loadShared(budget);
      return names.map((name) => {
        budget.sheet = name;
        const scan = this.scanOf(budget);
        if (!this.zip.unpack(this.pathOf(name), scan.push, budget.remaining())) throw new ZipError(`no part ${this.pathOf(name)}`);
        return toGrid(name, scan.finish());
      });
    } catch (e) {
      throw this.failure(e);
    }
  }

  /**
   * readGrids() unpacking with the platform's inflater where there is one (the browser): the same grids
   * and the same limits. Damaged data are read again with fflate, which reports them as it always has.
   */
  async read(names: string[]): Promise<Grid[]> {
    const inflate = this.streamInflate;
    if (!inflate) return this.readWithFflate(names);
    const budget = new Budget(this.label, this.limits);
    const fresh = !(this.sharedStrings && this.dateStyles);
    try {
      if (fresh) {
        let shared: string | null = null;
        if (this.sharedStringsPath) {
          const text = this.textOf(budget);
          if (await this.zip.unpackStreaming(this.sharedStringsPath, text.push, inflate)) shared = text.finish();
        }
        this.sharedStrings = parseSharedStrings(shared);
        this.dateStyles = parseDateStyles(this.partText(this.stylesPath, budget));
      }
      const grids: Grid[] = [];
      for (const name of names) {
        budget.sheet = name;
        const scan = this.scanOf(budget);
        if (!(await this.zip.unpackStreaming(this.pathOf(name), scan.push, inflate))) throw new ZipError(`no part ${this.pathOf(name)}`);
        grids.push(toGrid(name, scan.finish()));
      }
      return grids;
    } catch (e) {
      if (!(e instanceof StreamInflaterFailed)) throw this.failure(e);
      if (fresh) this.sharedStrings = this.dateStyles = null;
      return this.readWithFflate(names);
    }
  }

  private pathOf(name: string): string {
    const entry = this.sheets.find((s) => s.name === name);
    if (!entry) throw sheetNotFound(name);
    return entry.path;
  }

  private partText(path: string | null, budget: Budget): string | null {
    return path ? this.zip.text(path, (n) => budget.unpacked(n), budget.remaining()) : null;
  }

  private loadShared(budget: Budget): void {
    if (this.sharedStrings && this.dateStyles) return;
    this.sharedStrings = parseSharedStrings(this.partText(this.sharedStringsPath, budget));
    this.dateStyles = parseDateStyles(this.partText(this.stylesPath, budget));
  }

  /** A part's text collected as it unpacks, its bytes counted. */
  private textOf(budget: Budget): Unpacking<string> {
    const parts: string[] = [];
    return decoding(budget, (text) => parts.push(text), () => parts.join(''));
  }

  /** A sheet scanned as it unpacks, its bytes, cells and rows counted. */
  private scanOf(budget: Budget): Unpacking<ScannedSheet> {
    const scanner = new SheetScanner({
      sharedStrings: this.sharedStrings ?? [],
      dateStyles: this.dateStyles ?? [],
      date1904: this.date1904,
      onCell: () => budget.cell(),
      onRow: () => budget.row(),
    });
    return decoding(budget, (text) => scanner.push(text), () => scanner.finish());
  }

  private failure(e: unknown): Error {
    if (e instanceof LimitPassed) return e.error;
    if (e instanceof HostError) return e;
    if (e instanceof ZipError) return damaged(this.label, e.message);
    if (e instanceof RangeError) return tooLarge(this.label, 'decompressedBytes', this.limits.decompressedBytes);
    return e instanceof Error ? e : new Error(String(e));
  }
}
