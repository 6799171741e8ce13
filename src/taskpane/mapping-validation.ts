import type { FieldAssignment, MappingColumn, MappingField } from './model';

export type MappingIssue =
  | { kind: 'missing-required'; field: MappingField }
  | { kind: 'duplicate-column'; column: MappingColumn; fields: MappingField[] };

/** What stops a sheet's mapping from being applied: unset required fields, one column used twice. */
export const mappingIssues = (fields: MappingField[], columns: MappingColumn[], assignment: FieldAssignment): MappingIssue[] => {
  const issues: MappingIssue[] = [];
  for (const field of fields) {
    if (field.required && (assignment[field.id] ?? null) === null) issues.push({ kind: 'missing-required', field });
  }
  const byColumn = new Map<number, MappingField[]>();
  for (const field of fields) {
    const column = assignment[field.id];
    if (column === null || column === undefined) continue;
    byColumn.set(column, [...(byColumn.get(column) ?? []), field]);
  }
  for (const [index, sharing] of byColumn) {
    const column = columns.find((c) => c.index === index);
    if (sharing.length > 1 && column) issues.push({ kind: 'duplicate-column', column, fields: sharing });
  }
  return issues;
};
