import type { Bilingual } from '../i18n/bilingual';
import { OporaError } from '../i18n/opora-error';

/** Progress of a long use case: fraction 0..1 and what is happening. */
export type ProgressCallback = (fraction: number, message: Bilingual) => void;

/** A step of a use case whose fraction the caller counts. */
export type StepCallback = (step: Bilingual) => void;

/** Raised when the caller's AbortSignal fires; the text says what was kept. */
export class OperationCancelled extends OporaError {
  constructor(text: Bilingual = { ru: 'Операция отменена.', en: 'The operation was cancelled.' }) {
    super('cancelled', text);
    this.name = 'OperationCancelled';
  }
}

export const isCancelled = (e: unknown): e is OperationCancelled => e instanceof OperationCancelled;

/** Lets the host breathe (the task pane stays responsive) and stops if the caller cancelled. */
export const checkpoint = async (signal: AbortSignal | undefined): Promise<void> => {
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  if (signal?.aborted) throw new OperationCancelled();
};
