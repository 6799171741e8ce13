/**
 * Errors of custom functions. Adapters throw FunctionInputError (plain TypeScript, testable without
 * Excel); the wrappers turn any thrown error into an Excel error value with a message in the user's
 * language through excelError - the only place that touches CustomFunctions.
 */

import { pick, type Bilingual, type Language } from '../i18n/bilingual';
import { OporaError } from '../i18n/opora-error';

/** Names of CustomFunctions.ErrorCode members used by Opora, with the codes Excel shows. */
export const ERROR_CODES = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
} as const;
export type ErrorCodeName = keyof typeof ERROR_CODES;

/** A problem with a function's arguments or data, answered in the cell as the Excel error `errorCode`. */
export class FunctionInputError extends OporaError {
  constructor(
    text: Bilingual,
    readonly errorCode: ErrorCodeName = 'invalidValue',
  ) {
    super('function-input', text);
    this.name = 'FunctionInputError';
  }
}

/** What excelError returns when Excel's runtime is absent (tests, Node): same code and message. */
export interface DetachedCellError {
  code: string;
  message: string;
}

export type CellError = CustomFunctions.Error | DetachedCellError;

export const excelError = (name: ErrorCodeName, message: string): CellError =>
  typeof CustomFunctions !== 'undefined' && CustomFunctions.Error
    ? new CustomFunctions.Error(CustomFunctions.ErrorCode[name], message)
    : { code: ERROR_CODES[name], message };


/** Russian unless Office says the user works in English. */
export const messageLanguage = (): Language => {
  try {
    const language = typeof Office !== 'undefined' ? Office.context?.displayLanguage : undefined;
    return language?.toLowerCase().startsWith('en') ? 'en' : 'ru';
  } catch {
    return 'ru';
  }
};

/** The Excel error for anything an adapter threw. Unexpected errors are still #VALUE!, never a silent value. */
export const toCellError = (error: unknown, language: Language = messageLanguage()): CellError => {
  if (error instanceof FunctionInputError) return excelError(error.errorCode, pick(error.text, language));
  const detail = error instanceof Error ? error.message : String(error);
  return excelError('invalidValue', language === 'en' ? `Opora internal error: ${detail}` : `Внутренняя ошибка Опоры: ${detail}`);
};

/** Runs an adapter; a thrown error leaves as an Excel error (Excel accepts a thrown CustomFunctions.Error). */
export const evaluate = <T>(body: () => T): T => {
  try {
    return body();
  } catch (error) {
    throw toCellError(error);
  }
};
