import * as fs from 'fs';
import * as path from 'path';
import type { SheetSpec } from '../../src/grid/sheet-spec';

/** A readable text rendering of a spec: one line per row, cells separated by « | ». */
export const renderSpec = (spec: SheetSpec): string => {
  const cell = (v: unknown) => (v === null || v === undefined ? '' : typeof v === 'object' ? `=${(v as { formula: string }).formula}` : String(v));
  const styles = new Map((spec.rowStyles ?? []).map((s) => [s.row, s.style]));
  const lines = [
    `sheet: ${spec.name} (${spec.kind})`,
    `print: ${JSON.stringify(spec.print ?? null)} freeze: ${spec.freezeHeader ?? false} filter: ${spec.autoFilter ?? false}`,
    `editable: ${JSON.stringify(spec.editableColumns ?? [])}`,
    `conditional: ${JSON.stringify(spec.conditionalFormats ?? [])}`,
    ...spec.title.map((t) => `title: ${t}`),
    ...spec.header.map((h) => `header: ${h.map(cell).join(' | ')}`),
    ...spec.rows.map((r, i) => `${styles.has(i) ? `[${styles.get(i)}] ` : ''}${r.map(cell).join(' | ')}`),
    ...(spec.footer ?? []).map((r) => `footer: ${r.map(cell).join(' | ')}`),
  ];
  return `${lines.join('\n')}\n`;
};

/** Compares with test/roadmap/golden/<name>; UPDATE_GOLDEN=1 rewrites the file after a reviewed change. */
export const expectGolden = (name: string, actual: string): void => {
  const file = path.join(__dirname, 'golden', name);
  if (process.env.UPDATE_GOLDEN === '1' || !fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, actual);
  }
  expect(actual).toBe(fs.readFileSync(file, 'utf8'));
};
