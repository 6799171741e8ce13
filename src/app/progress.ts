/** Progress of a long use case: fraction 0..1 and what is happening, in Russian and English. */
export type ProgressCallback = (fraction: number, messageRu: string, messageEn: string) => void;

/** Raised when the caller's AbortSignal fires; the message says what was kept. */
export class OperationCancelled extends Error {
  readonly messageEn: string;
  constructor(message = 'Операция отменена.', messageEn = 'The operation was cancelled.') {
    super(message);
    this.name = 'OperationCancelled';
    this.messageEn = messageEn;
  }
}

export const isCancelled = (e: unknown): e is OperationCancelled => e instanceof OperationCancelled;

/** Lets the host breathe (the task pane stays responsive) and stops if the caller cancelled. */
export const checkpoint = async (signal: AbortSignal | undefined): Promise<void> => {
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  if (signal?.aborted) throw new OperationCancelled();
};
