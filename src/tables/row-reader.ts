import type { ZodType } from 'zod';
import { CellValue } from '../grid/cell';
import type { Problem } from '../domain/problem';
import { columnLetter } from '../grid/column-letter';
import { cellText, parseBoolean, parseNumber, parseShare, ShareScale } from './cells';
import { FIELDS, FieldId } from './fields';
import { makeProblem, PROBLEM_TEMPLATES, ProblemCode } from './problems';
import { impossibleValue, MAX_COUNT, roundForMessage } from './plausibility';
import { rowIssues, type RowRules } from './schemas';

/**
 * Reads typed values out of a data row, reporting every unreadable cell by row and column. One reader may move
 * from row to row (moveTo): a sheet's pass over a million rows then makes no reader a row.
 */
export class RowReader {
  constructor(
    private readonly sheet: string,
    /** The row's cells, as the grid holds them (changed only by moveTo). */
    public cells: CellValue[],
    public rowNumber: number, // 1-based (changed only by moveTo)
    private readonly problems: Problem[],
    private readonly shareScales: Map<number, ShareScale> = new Map(),
    /** The largest plausible count in this row: a school's, or a total row's (plausibility.ts). */
    private maxCount = MAX_COUNT,
  ) {}

  /** The reader, now reading another row of the same sheet. */
  moveTo(cells: CellValue[], rowNumber: number, maxCount: number): this {
    this.cells = cells;
    this.rowNumber = rowNumber;
    this.maxCount = maxCount;
    return this;
  }

  raw(col: number | undefined): CellValue {
    return col === undefined ? null : (this.cells[col] ?? null);
  }

  text(col: number | undefined): string {
    return cellText(this.raw(col));
  }

  /** text(col) === '', without making the text of a number. */
  isBlank(col: number | undefined): boolean {
    const v = this.raw(col);
    return typeof v === 'number' ? false : cellText(v) === '';
  }

  private report(code: ProblemCode, col: number, params: Record<string, string | number> = {}): void {
    this.problems.push(makeProblem(code, { sheet: this.sheet, row: this.rowNumber, column: columnLetter(col) }, params));
  }

  /** A number, null for blank/unreadable (unreadable ones are reported). Counts must be whole. */
  number(col: number | undefined, field: FieldId): number | null {
    if (col === undefined) return null;
    const isShare = FIELDS[field].type === 'share';
    const raw = this.raw(col);
    if (raw === null) return null; // blank, as parseNumber would say
    // A typed finite number (most cells) needs no parsed-cell object: the same value parseNumber/parseShare give.
    if (typeof raw === 'number' && Number.isFinite(raw)) return this.checked(col, field, isShare && (this.shareScales.get(col) ?? 'percent') === 'fraction' ? raw * 100 : raw);
    const p = isShare ? parseShare(raw, this.shareScales.get(col) ?? 'percent') : parseNumber(raw);
    if (p.kind === 'blank') return null;
    if (p.kind === 'error') {
      this.report('excel-error', col, { code: p.code });
      return null;
    }
    if (p.kind === 'text') {
      this.report('text-in-number', col, { field: FIELDS[field].ru, text: p.text });
      return null;
    }
    return this.checked(col, field, p.value);
  }

  /** A read value checked for plausibility: null (reported) when impossible; a fractional count is reported but kept. */
  private checked(col: number, field: FieldId, value: number): number | null {
    const impossible = impossibleValue(field, value, this.maxCount);
    if (impossible) {
      this.report(impossible.code, col, { field: FIELDS[field].ru, value: roundForMessage(value), max: impossible.max ?? '' });
      return null;
    }
    if (FIELDS[field].type === 'count' && !Number.isInteger(value)) this.report('fractional-count', col, { field: FIELDS[field].ru, value });
    return value;
  }

  bool(col: number | undefined, field: FieldId): boolean | null {
    if (col === undefined) return null;
    const p = parseBoolean(this.raw(col));
    if (p.kind === 'boolean') return p.value;
    if (p.kind === 'error') this.report('excel-error', col, { code: p.code });
    if (p.kind === 'text') this.report('bad-boolean', col, { field: FIELDS[field].ru, text: p.text });
    return null;
  }

  /** Checks a typed row against its rules (schemas.ts), as validate() does with a schema. */
  check(rules: RowRules, value: Record<string, unknown>, columnOf: (field: string) => number | undefined): boolean {
    const issues = rowIssues(rules, value);
    if (issues.length === 0) return true;
    this.reportIssues(issues, value, columnOf);
    return false;
  }

  /**
   * Validates a typed row; each issue becomes a problem at the column of the field it names.
   * `params` (message parameters) may be a function: it then runs only when there is a problem.
   */
  validate<T>(
    schema: ZodType<T>,
    value: Record<string, unknown>,
    columnOf: (field: string) => number | undefined,
    params: Record<string, string | number> | (() => Record<string, string | number>) = {},
  ): boolean {
    const result = schema.safeParse(value);
    if (result.success) return true;
    this.reportIssues(result.error.issues, value, columnOf, params);
    return false;
  }

  /** Each issue (its path starting with the field) becomes a problem at that field's column. */
  reportIssues(
    issues: readonly { path: PropertyKey[]; message: string }[],
    value: Record<string, unknown>,
    columnOf: (field: string) => number | undefined,
    params: Record<string, string | number> | (() => Record<string, string | number>) = {},
  ): void {
    const extra = typeof params === 'function' ? params() : params;
    for (const issue of issues) {
      const field = String(issue.path[0] ?? '');
      const col = columnOf(field);
      const v = value[field];
      const fieldName = field in FIELDS ? FIELDS[field as FieldId].ru : field;
      this.problems.push(
        makeProblem((issue.message in PROBLEM_TEMPLATES ? issue.message : 'text-in-number') as ProblemCode, { sheet: this.sheet, row: this.rowNumber, column: col === undefined ? undefined : columnLetter(col) }, {
          field: fieldName,
          value: typeof v === 'number' ? Math.round(v * 100) / 100 : String(v),
          ...extra,
        }),
      );
    }
  }
}
