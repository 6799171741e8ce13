import { unzipSync } from 'fflate';
import type { Language, Bilingual } from '../i18n/bilingual';
import { splicesInto, type SaveFormat } from '../hosts/xlsx/splice/splice-check';

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

/** What a copy saved through ExcelJS's whole-book rewrite lacks (the fallback of a book splicing cannot handle). */
const LOST_ON_REWRITE: { test: RegExp; ru: string; en: string }[] = [
  { test: /^xl\/charts\//i, ru: 'диаграммы', en: 'charts' },
  { test: /^xl\/pivotTables\//i, ru: 'сводные таблицы', en: 'pivot tables' },
  { test: /^xl\/slicers\//i, ru: 'срезы', en: 'slicers' },
  { test: /^xl\/ctrlProps\//i, ru: 'элементы управления формы', en: 'form controls' },
  { test: /^xl\/externalLinks\//i, ru: 'связи с другими книгами', en: 'links to other workbooks' },
];

/** What a copy lacks; `macros` only in an .xlsx copy (an .xlsm keeps them when it is spliced). */
export interface LostPart extends Bilingual {
  macros?: boolean;
}

const MACROS: LostPart = { ru: 'макросы (VBA)', en: 'macros (VBA)', macros: true };
const WORKBOOK_PROTECTION = { ru: 'защита структуры книги', en: 'the workbook structure protection' };

const PARTS_READ = new Set(['xl/workbook.xml', 'xl/styles.xml']);

/**
 * What a saved copy of this workbook will lack, read from the zip's directory and its two small parts
 * workbook.xml and styles.xml. A copy spliced into the user's package (hosts/xlsx/splice) keeps every
 * part but the macros of an .xlsx; a book splicing cannot handle is rewritten by ExcelJS, which drops
 * what it cannot model. Empty for a file that is not a zip: reading it reports that.
 */
export const partsLostOnCopy = (bytes: Uint8Array): LostPart[] => {
  const names: string[] = [];
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, {
      filter: (f) => {
        names.push(f.name);
        return PARTS_READ.has(f.name) && f.originalSize < 1 << 24;
      },
    });
  } catch {
    return [];
  }
  const text = (name: string): string | null => (parts[name] ? new TextDecoder().decode(parts[name]) : null);
  const macros = names.some((n) => /(^|\/)vbaProject\.bin$/i.test(n)) ? [MACROS] : [];
  if (splicesInto(bytes, text('xl/workbook.xml'), text('xl/styles.xml'))) return macros;
  const lost: LostPart[] = [...macros, ...LOST_ON_REWRITE.filter((p) => names.some((n) => p.test.test(n))).map(({ ru, en }) => ({ ru, en }))];
  if (text('xl/workbook.xml')?.includes('<workbookProtection')) lost.push(WORKBOOK_PROTECTION);
  return lost;
};

/** One sentence for the user about what the copy lacks; null when it lacks nothing. An .xlsm copy keeps the macros. */
export const lostOnCopyNotice = (all: readonly LostPart[], language: Language, format: SaveFormat = 'xlsx'): string | null => {
  const lost = format === 'xlsm' ? all.filter((l) => !l.macros) : all;
  if (lost.length === 0) return null;
  if (lost.every((l) => l.macros))
    return language === 'en'
      ? 'The saved copy lacks: macros (VBA) — an .xlsx workbook cannot hold them. The input workbook keeps them; to keep them in the copy too, save it as .xlsm (in the command line: --out <name>.xlsm).'
      : 'В сохранённой копии нет: макросы (VBA) — книга .xlsx не может их содержать. В исходной книге они сохранены; чтобы они были и в копии, сохраните её как .xlsm (в командной строке: --out <имя>.xlsm).';
  return language === 'en'
    ? `The saved copy lacks: ${lost.map((l) => l.en).join(', ')} — Opora cannot carry them over. The input workbook keeps them; copy Opora's sheets into it by hand if you need both.`
    : `В сохранённой копии нет: ${lost.map((l) => l.ru).join(', ')} — Опора не может их перенести. В исходной книге они сохранены; если нужны и они, и листы Опоры, перенесите листы Опоры в исходную книгу вручную.`;
};
