import { unzipSync } from 'fflate';
import type { Language, Bilingual } from '../i18n/bilingual';

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const utf16le = (text: string): Uint8Array => {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) out[i * 2] = text.charCodeAt(i);
  return out;
};
const ENCRYPTED_PACKAGE = utf16le('EncryptedPackage');

const indexOf = (bytes: Uint8Array, needle: Uint8Array, limit = bytes.length): number => {
  const end = Math.min(bytes.length, limit) - needle.length;
  outer: for (let i = 0; i <= end; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
};

/**
 * A password-protected .xlsx is an OLE compound file (like an old .xls) holding an «EncryptedPackage»
 * stream; its directory names that stream in UTF-16.
 */
export const isEncryptedWorkbook = (bytes: Uint8Array): boolean =>
  CFB_SIGNATURE.every((b, i) => bytes[i] === b) && indexOf(bytes, ENCRYPTED_PACKAGE) >= 0;

export const encryptedWorkbookMessage = (label: string): Bilingual => ({
  ru: `Книга «${label}» защищена паролем (зашифрована), Опора не может её прочитать. Откройте её в Excel, снимите пароль (Файл → Сведения → Защита книги → Зашифровать с использованием пароля → пустой пароль) и сохраните копию как «Книга Excel (.xlsx)».`,
  en: `Workbook "${label}" is password-protected (encrypted) and Opora cannot read it. Open it in Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password → empty) and save a copy as "Excel Workbook (.xlsx)".`,
});

/** Parts of an .xlsx that the copy Opora saves (through ExcelJS) does not carry over. */
const LOST_PARTS: { test: RegExp; ru: string; en: string }[] = [
  { test: /^xl\/vbaProject\.bin$/i, ru: 'макросы (VBA)', en: 'macros (VBA)' },
  { test: /^xl\/charts\//i, ru: 'диаграммы', en: 'charts' },
  { test: /^xl\/pivotTables\//i, ru: 'сводные таблицы', en: 'pivot tables' },
  { test: /^xl\/slicers\//i, ru: 'срезы', en: 'slicers' },
  { test: /^xl\/ctrlProps\//i, ru: 'элементы управления формы', en: 'form controls' },
  { test: /^xl\/externalLinks\//i, ru: 'связи с другими книгами', en: 'links to other workbooks' },
];

const WORKBOOK_PROTECTION = { ru: 'защита структуры книги', en: 'the workbook structure protection' };

/**
 * What a saved copy of this workbook will lack, read from the zip's directory only (nothing is
 * decompressed). Empty for a file that is not a zip: reading it reports that.
 */
export const partsLostOnCopy = (bytes: Uint8Array): Bilingual[] => {
  const names: string[] = [];
  let workbookXml: Uint8Array | undefined;
  try {
    // Only the small workbook part is inflated: it says whether the book's structure is protected.
    workbookXml = unzipSync(bytes, {
      filter: (f) => {
        names.push(f.name);
        return f.name === 'xl/workbook.xml' && f.originalSize < 1 << 20;
      },
    })['xl/workbook.xml'];
  } catch {
    return [];
  }
  const lost = LOST_PARTS.filter((p) => names.some((n) => p.test.test(n))).map(({ ru, en }) => ({ ru, en }));
  if (workbookXml && new TextDecoder().decode(workbookXml).includes('<workbookProtection')) lost.push(WORKBOOK_PROTECTION);
  return lost;
};

/** One sentence for the user about what the copy lacks; null when it lacks nothing. */
export const lostOnCopyNotice = (lost: readonly Bilingual[], language: Language): string | null => {
  if (lost.length === 0) return null;
  return language === 'en'
    ? `The saved copy lacks: ${lost.map((l) => l.en).join(', ')} — Opora cannot carry them over. The input workbook keeps them; copy Opora's sheets into it by hand if you need both.`
    : `В сохранённой копии нет: ${lost.map((l) => l.ru).join(', ')} — Опора не может их перенести. В исходной книге они сохранены; если нужны и они, и листы Опоры, перенесите листы Опоры в исходную книгу вручную.`;
};
