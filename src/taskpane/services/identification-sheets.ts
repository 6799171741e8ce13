import type { IdentificationResult } from '../../domain/types';
import type { SheetSpec } from '../../tables/sheet-spec';

/**
 * The sheets an identification run writes, from the sheets/ builders. None has landed yet, so the
 * step shows its table and writes nothing rather than a home-made sheet.
 */
export const identificationSheets = (_result: IdentificationResult): SheetSpec[] => [];
