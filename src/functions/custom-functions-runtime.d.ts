/**
 * The part of Excel's custom functions runtime Opora uses (the global `CustomFunctions`).
 * @types/custom-functions-runtime is not installed; if it is added later, delete this file.
 */
declare namespace CustomFunctions {
  enum ErrorCode {
    invalidValue = '#VALUE!',
    notAvailable = '#N/A',
    divisionByZero = '#DIV/0!',
    invalidNumber = '#NUM!',
    nullReference = '#NULL!',
    invalidName = '#NAME?',
    invalidReference = '#REF!',
  }
  class Error {
    constructor(errorCode: ErrorCode, errorMessage?: string);
    code: ErrorCode;
    message?: string;
  }
  function associate(id: string, functionObject: (...args: never[]) => unknown): void;
}
