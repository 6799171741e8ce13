/**
 * A list shared by many results and never changed, typed as a plain array so the results' types stay
 * simple; frozen, so that a stray push fails loudly instead of changing every result that shares it.
 */
export const frozen = <T>(xs: T[]): T[] => Object.freeze(xs) as unknown as T[];
