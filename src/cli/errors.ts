/** Exit codes: 0 done, 1 the user must fix something (Russian message says what), 2 Opora failed. */
export const EXIT_OK = 0;
export const EXIT_USER = 1;
export const EXIT_INTERNAL = 2;

/** A mistake the user can fix: a wrong argument, a missing file. The message is Russian. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}
