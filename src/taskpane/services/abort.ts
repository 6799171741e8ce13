/** Throws the standard AbortError when the user cancelled. */
export const throwIfAborted = (signal: AbortSignal): void => {
  if (signal.aborted) throw Object.assign(new Error('Операция отменена'), { name: 'AbortError' });
};

/** Lets the browser paint and handle input before the next piece of synchronous work. */
export const yieldToUi = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
