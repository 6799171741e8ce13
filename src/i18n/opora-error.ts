import type { Bilingual } from './bilingual';

/**
 * The one error shape of Opora: a stable machine code and a text in both languages, like a Problem
 * of the reader's catalogue. `reason` marks a text that is a reason for the caller to put into its
 * own message (the task pane wraps it); otherwise the text is a whole message saying what to do.
 * Subclasses (HostError, OperationCancelled, FunctionInputError, UserError…) exist only where a
 * caller tells them apart; each sets `name` itself, since minified class names are not stable.
 */
export class OporaError extends Error {
  readonly code: string;
  readonly text: Bilingual;
  readonly reason: boolean;

  constructor(code: string, text: Bilingual, options: { reason?: boolean } = {}) {
    super(text.ru);
    this.name = 'OporaError';
    this.code = code;
    this.text = text;
    this.reason = options.reason ?? false;
  }
}

export const isOporaError = (e: unknown): e is OporaError => e instanceof OporaError;
