/** Recognises what a file is before reading it as an .xlsx (no ExcelJS here: this runs on every open). */
import { HostError } from '../host-error';

export type Format = 'empty' | 'xls' | 'ods' | 'zip' | 'other';

const startsWith = (bytes: Uint8Array, signature: number[]): boolean => signature.every((b, i) => bytes[i] === b);

export const sniff = (bytes: Uint8Array): Format => {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'xls';
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'other';
  // An .ods keeps its uncompressed 'mimetype' entry first, so the media type sits in the first bytes.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  return head.includes('application/vnd.oasis.opendocument') ? 'ods' : 'zip';
};

export const notAWorkbook = (label: string, format: Format, detail?: string): HostError => {
  const reasonRu: Record<Format, string> = {
    empty: 'файл пустой',
    xls: 'это старый формат .xls — откройте его в Excel и сохраните как «Книга Excel (.xlsx)»',
    ods: 'это таблица OpenDocument (.ods) — сохраните её как «Книга Excel (.xlsx)»',
    zip: 'архив не содержит книги Excel или повреждён',
    other: 'содержимое не похоже на книгу Excel — возможно, это текстовый файл с другим расширением',
  };
  const reasonEn: Record<Format, string> = {
    empty: 'the file is empty',
    xls: 'it is the old .xls format - open it in Excel and save it as "Excel Workbook (.xlsx)"',
    ods: 'it is an OpenDocument spreadsheet (.ods) - save it as "Excel Workbook (.xlsx)"',
    zip: 'the archive holds no Excel workbook or is damaged',
    other: 'the content does not look like an Excel workbook - it may be a text file with another extension',
  };
  const suffix = detail ? ` (${detail})` : '';
  return new HostError('not-a-workbook', {
    ru: `Файл «${label}» не является книгой Excel (.xlsx): ${reasonRu[format]}.${suffix}`,
    en: `File "${label}" is not an Excel workbook (.xlsx): ${reasonEn[format]}.${suffix}`,
  });
};

export const toBytes = (buf: ArrayBuffer | Uint8Array): Uint8Array => (buf instanceof Uint8Array ? buf : new Uint8Array(buf));

/** Throws the user's message when the bytes are not an .xlsx archive (empty, .xls, .ods, text...). */
export const assertXlsxBytes = (bytes: Uint8Array, label: string): void => {
  const format = sniff(bytes);
  if (format !== 'zip') throw notAWorkbook(label, format);
};
