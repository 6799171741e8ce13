import { HostError } from '../../host-error';

/**
 * What one workbook may hold before Opora refuses it. They bound memory: a zip bomb, a sheet filled to
 * Excel's last row or millions of cells stop with a message instead of exhausting the computer.
 * Far above any real committee workbook: a whole country's results (40,000 schools × 3 years) unpack
 * to 55 MB of XML and 1.6 million cells, 200,000 teacher rows to 89 MB and 2.4 million cells.
 */
export const READ_LIMITS = {
  /** Bytes of XML unpacked from the archive, all parts together. */
  decompressedBytes: 512 * 1024 * 1024,
  /** Non-empty cells in all sheets together. */
  cells: 5_000_000,
  /** Rows holding at least one non-empty cell, all sheets together. */
  rows: 1_000_000,
} as const;

export type ReadLimits = { [K in keyof typeof READ_LIMITS]: number };

const grouped = (n: number): string => n.toLocaleString('ru-RU').replace(/\u00a0/g, ' ');
const mebibytes = (n: number): string => `${grouped(Math.round(n / (1024 * 1024)))} МБ`;
const mebibytesEn = (n: number): string => `${Math.round(n / (1024 * 1024)).toLocaleString('en-US')} MB`;

export const tooLarge = (label: string, what: keyof ReadLimits, limit: number, sheet?: string): HostError => {
  const where = sheet ? ` (лист «${sheet}»)` : '';
  const whereEn = sheet ? ` (sheet "${sheet}")` : '';
  const ru: Record<keyof ReadLimits, string> = {
    decompressedBytes: `в распакованном виде книга больше ${mebibytes(limit)} — так много данных Опора не читает (возможно, файл повреждён или это «zip-бомба»)`,
    cells: `в книге больше ${grouped(limit)} заполненных ячеек — это предел Опоры`,
    rows: `в книге больше ${grouped(limit)} заполненных строк — это предел Опоры`,
  };
  const en: Record<keyof ReadLimits, string> = {
    decompressedBytes: `unpacked, the workbook exceeds ${mebibytesEn(limit)} - more data than Opora reads (the file may be damaged or a "zip bomb")`,
    cells: `the workbook has more than ${limit.toLocaleString('en-US')} non-empty cells - Opora's limit`,
    rows: `the workbook has more than ${limit.toLocaleString('en-US')} non-empty rows - Opora's limit`,
  };
  return new HostError('too-large', {
    ru: `Книга «${label}» слишком велика${where}: ${ru[what]}. Оставьте в ней только нужные листы и строки (или разделите её на несколько книг) и откройте снова.`,
    en: `Workbook "${label}" is too large${whereEn}: ${en[what]}. Keep only the sheets and rows you need (or split it into several workbooks) and open it again.`,
  });
};

export const damaged = (label: string, detail: string, detailEn = detail): HostError =>
  new HostError('not-a-workbook', {
    ru: `Файл «${label}» не является книгой Excel (.xlsx): архив повреждён (${detail}).`,
    en: `File "${label}" is not an Excel workbook (.xlsx): the archive is damaged (${detailEn}).`,
  });
