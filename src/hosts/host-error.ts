/** A failure of a host (a file that is not a workbook, a missing sheet...). message is Russian, messageEn English. */
export class HostError extends Error {
  readonly messageEn: string;
  readonly code: string;

  constructor(code: string, message: string, messageEn: string) {
    super(message);
    this.name = 'HostError';
    this.code = code;
    this.messageEn = messageEn;
  }
}

export const isHostError = (e: unknown): e is HostError => e instanceof HostError;

export const sheetNotFound = (name: string): HostError =>
  new HostError('sheet-not-found', `Лист «${name}» не найден в книге.`, `Sheet "${name}" was not found in the workbook.`);
