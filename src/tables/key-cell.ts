/**
 * The «Ключ» ("Key") column every sheet Opora generates ends with (sheets/preserve-edits.ts writes it):
 * its header and the format of its cells, `<row key>|<fingerprint>`, which the readers of Opora's own
 * sheets recognise too.
 */

export type EditsLanguage = 'ru' | 'en';

export const KEY_HEADER: Record<EditsLanguage, string> = { ru: 'Ключ', en: 'Key' };

const FINGERPRINT_SEPARATOR = '|';
const FINGERPRINT_PATTERN = /^[0-9a-z]{1,7}(\.[0-9a-z]{1,7})*$/;

export const isKeyHeader = (text: string): boolean =>
  text === KEY_HEADER.ru || text === KEY_HEADER.en;

/** FNV-1a, 32 bits, base 36: short, stable, no dependency. */
export const shortHash = (text: string): string => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
};

export const keyCellText = (key: string, fingerprint: string): string =>
  fingerprint ? `${key}${FINGERPRINT_SEPARATOR}${fingerprint}` : key;

export const parseKeyCell = (text: string): { key: string; fingerprint: Set<string> | null } => {
  const at = text.lastIndexOf(FINGERPRINT_SEPARATOR);
  if (at > 0) {
    const tail = text.slice(at + 1);
    if (FINGERPRINT_PATTERN.test(tail)) return { key: text.slice(0, at), fingerprint: new Set(tail.split('.')) };
  }
  return { key: text, fingerprint: null };
};

/** The row key of a «Ключ» cell, its fingerprint dropped (a key may itself hold «|», e.g. a school's «municipality|name»). */
export const keyOfCell = (text: string): string => parseKeyCell(text).key;
