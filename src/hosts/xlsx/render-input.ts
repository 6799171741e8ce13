import type { DataValidation, Worksheet } from 'exceljs';
import { columnLetter } from '../../grid/column-letter';
import type { SheetSpec, ValidationRule } from '../../grid/sheet-spec';
import type { SpecLayout } from '../sheet-style';
import { VALIDATION_SPARE_ROWS } from '../validation-rows';

/**
 * The input side of a sheet in a saved .xlsx: data validation over the data rows and the rows the user
 * adds below them (warnings, so «—» for no data still goes in), and protection that leaves only the
 * input columns editable. Both hosts validate the same rows (hosts/validation-rows.ts).
 */

const validationOf = (rule: ValidationRule): DataValidation => {
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: 'warning',
    errorTitle: 'Опора',
    error: rule.prompt ?? '',
    ...(rule.prompt ? { showInputMessage: true, promptTitle: 'Опора', prompt: rule.prompt } : {}),
  } as const;
  if (rule.kind === 'list') return { ...common, type: 'list', formulae: [`"${(rule.list ?? []).join(',')}"`] };
  if (rule.kind === 'date') return { ...common, type: 'date', operator: 'greaterThanOrEqual', formulae: [new Date(Date.UTC(2000, 0, 1))] };
  const between = rule.max !== undefined;
  return {
    ...common,
    type: rule.kind,
    operator: between ? 'between' : 'greaterThanOrEqual',
    formulae: between ? [rule.min ?? 0, rule.max] : [rule.min ?? 0],
  };
};

export const renderInput = (ws: Worksheet, spec: SheetSpec, layout: SpecLayout): void => {
  const last = layout.firstDataRow + Math.max(spec.rows.length, 1) + VALIDATION_SPARE_ROWS - 1;
  const validations = (ws as unknown as { dataValidations: { add(address: string, v: DataValidation): void } }).dataValidations;
  for (const rule of spec.validations ?? [])
    validations.add(`${columnLetter(rule.firstColumn)}${layout.firstDataRow}:${columnLetter(rule.lastColumn)}${last}`, validationOf(rule));

  if (!spec.protection) return;
  for (const c of spec.protection.inputColumns) {
    ws.getColumn(c + 1).protection = { locked: false };
    for (let r = layout.firstDataRow; r <= layout.lastDataRow; r++) ws.getCell(r, c + 1).protection = { locked: false };
  }
  // No password: the protection guards formulas against slips, not against the user. The promise settles at once.
  void ws.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    insertRows: true,
    deleteRows: true,
    sort: true,
    autoFilter: true,
  });
};
