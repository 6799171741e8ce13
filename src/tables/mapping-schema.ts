import { z } from 'zod';
import { FAMILIES } from '../domain/records';
import { FIELD_IDS, TABLE_KINDS } from './fields';

/** One column's meaning, remembered by letter AND header path so a moved column is still found. */
export const ColumnMappingSchema = z.object({
  column: z.string().regex(/^[A-Z]+$/),
  path: z.string(),
  field: z.enum(FIELD_IDS),
  subject: z.string().optional(),
  confidence: z.number().min(0).max(1).optional(),
});

export const SheetMappingSchema = z.object({
  sheet: z.string(),
  kind: z.enum(TABLE_KINDS).nullable(),
  /** 1-based sheet rows of the header block. */
  headerRows: z.array(z.number().int().positive()),
  /** 1-based sheet row of the first data row. */
  dataStartRow: z.number().int().positive(),
  year: z.number().int().optional(),
  family: z.enum(FAMILIES as unknown as ['ЕГЭ', 'ОГЭ', 'ВПР']).optional(),
  columns: z.array(ColumnMappingSchema),
  /** True once the user has checked the mapping; a confirmed mapping overrides detection. */
  confirmed: z.boolean(),
  /** Why the sheet is not read (Russian), when it is not. */
  skipped: z.string().optional(),
});

export const WorkbookMappingSchema = z.object({
  version: z.literal(1),
  sheets: z.array(SheetMappingSchema),
});

export type ColumnMapping = z.infer<typeof ColumnMappingSchema>;
export type SheetMapping = z.infer<typeof SheetMappingSchema>;
export type WorkbookMapping = z.infer<typeof WorkbookMappingSchema>;
