import { OperationCancelled } from '../../app/progress';

/** Throws the app layer's OperationCancelled when the user cancelled. */
export const throwIfAborted = (signal: AbortSignal): void => {
  if (signal.aborted) throw new OperationCancelled();
};

/** Lets the browser paint and handle input before the next piece of synchronous work. */
export const yieldToUi = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
