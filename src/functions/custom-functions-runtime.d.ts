/**
 * The part of Excel's custom functions runtime Opora uses (the global `CustomFunctions`).
 * @types/custom-functions-runtime is not installed; if it is added later, delete this file.
 */
declare namespace CustomFunctions {
  /** [Api set: CustomFunctionsRuntime 1.2] */
  enum ErrorCode {
    invalidValue = '#VALUE!',
    notAvailable = '#N/A',
    divisionByZero = '#DIV/0!',
    invalidNumber = '#NUM!',
    nullReference = '#NULL!',
    /** [Api set: CustomFunctionsRuntime 1.3] */
    invalidName = '#NAME?',
    /** [Api set: CustomFunctionsRuntime 1.3] */
    invalidReference = '#REF!',
  }
  /** [Api set: CustomFunctionsRuntime 1.2] */
  class Error {
    constructor(errorCode: ErrorCode, errorMessage?: string);
    code: ErrorCode;
    message?: string;
  }
  /** [Api set: CustomFunctionsRuntime 1.1] */
  function associate(id: string, functionObject: (...args: never[]) => unknown): void;
}
