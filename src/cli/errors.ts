import { same, type Bilingual } from '../i18n/bilingual';
import { OporaError } from '../i18n/opora-error';

/** Exit codes: 0 done, 1 the user must fix something (Russian message says what), 2 Opora failed. */
export const EXIT_OK = 0;
export const EXIT_USER = 1;
export const EXIT_INTERNAL = 2;

/**
 * A mistake the user can fix: a wrong argument, a missing file. The CLI's own messages are Russian
 * only so far (a plain string); a host's or a use case's error keeps both of its languages.
 */
export class UserError extends OporaError {
  constructor(text: string | Bilingual, code = 'user-input') {
    super(code, typeof text === 'string' ? same(text) : text);
    this.name = 'UserError';
  }
}
