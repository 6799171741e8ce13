import { readRawEntries, RawZipUnsupported } from './raw-zip';

/** Whether a package can be saved by splicing (splice-package.ts), decided the same way before and at the save. */

export type SaveFormat = 'xlsx' | 'xlsm';

export const SPREADSHEETML = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/**
 * The part with SpreadsheetML as its default namespace: a producer that writes `<x:workbook
 * xmlns:x="…/main">` and `<x:sheet>` (the Open XML SDK's way) gets the same document without the prefix,
 * so Opora's elements, written without one, belong to it. Text is escaped in XML, so '<x:' only starts tags.
 */
export const withDefaultNamespace = (xml: string | null, root: 'workbook' | 'styleSheet'): string | null => {
  if (xml === null) return null;
  const m = new RegExp(`<([A-Za-z_][\\w.-]*):${root}\\b[^>]*?\\sxmlns:\\1="${SPREADSHEETML}"`).exec(xml);
  if (!m) return xml;
  const prefix = m[1];
  const plain = xml.replace(new RegExp(`<(/?)${prefix}:`, 'g'), '<$1');
  return new RegExp(`<${root}\\b[^>]*\\sxmlns="`).test(plain) ? plain : plain.replace(`<${root}`, `<${root} xmlns="${SPREADSHEETML}"`);
};

/** Null when splicing can handle the package's workbook and styles parts (after withDefaultNamespace); else the reason. */
export const spliceBlocker = (workbookXml: string | null, stylesXml: string | null): string | null => {
  if (!workbookXml) return 'no workbook part';
  // Opora's elements are written without a prefix: the parts must use SpreadsheetML as their default namespace.
  if (!new RegExp(`<workbook\\b[^>]*\\sxmlns="${SPREADSHEETML}"`).test(workbookXml)) return 'workbook.xml is not transitional SpreadsheetML without a prefix';
  if (!/<sheets\b[^>]*>[\s\S]*<\/sheets>/.test(workbookXml)) return 'workbook.xml lists no sheets';
  if (stylesXml !== null && !new RegExp(`<styleSheet\\b[^>]*\\sxmlns="${SPREADSHEETML}"`).test(stylesXml)) return 'styles.xml is not transitional SpreadsheetML without a prefix';
  return null;
};

/** The package's directory can be copied entry by entry and its parts are ones splicing handles. */
export const splicesInto = (bytes: Uint8Array, workbookXml: string | null, stylesXml: string | null): boolean => {
  if (spliceBlocker(withDefaultNamespace(workbookXml, 'workbook'), withDefaultNamespace(stylesXml, 'styleSheet'))) return false;
  try {
    readRawEntries(bytes);
    return true;
  } catch (e) {
    if (e instanceof RawZipUnsupported) return false;
    throw e;
  }
};
