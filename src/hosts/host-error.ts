import type { Bilingual } from '../i18n/bilingual';
import { OporaError } from '../i18n/opora-error';

/** A failure of a host (a file that is not a workbook, a missing sheet...). */
export class HostError extends OporaError {
  constructor(code: string, text: Bilingual) {
    super(code, text);
    this.name = 'HostError';
  }
}

export const isHostError = (e: unknown): e is HostError => e instanceof HostError;

export const sheetNotFound = (name: string): HostError =>
  new HostError('sheet-not-found', { ru: `Лист «${name}» не найден в книге.`, en: `Sheet "${name}" was not found in the workbook.` });
