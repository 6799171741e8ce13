import { unzipSync, zipSync } from 'fflate';

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const utf16le = (text: string): number[] => [...text].flatMap((ch) => [ch.charCodeAt(0), 0]);

/** An OLE compound file whose directory names the given streams: enough for a format sniffer, not for Excel. */
export const compoundFile = (streams: string[]): Uint8Array => {
  const bytes = new Uint8Array(4096);
  bytes.set(CFB_SIGNATURE, 0);
  streams.forEach((name, i) => bytes.set(utf16le(name), 1024 + i * 128));
  return bytes;
};

/** What Excel writes for «Encrypt with Password»: a compound file with EncryptionInfo and EncryptedPackage. */
export const encryptedBook = (): Uint8Array => compoundFile(['EncryptionInfo', 'EncryptedPackage', 'DataSpaces']);
/** An old binary .xls: a compound file with a «Workbook» stream. */
export const oldXls = (): Uint8Array => compoundFile(['Workbook', 'SummaryInformation']);

/** The .xlsx with extra zip parts added (a VBA project, a chart) that ExcelJS does not carry over. */
export const withParts = (xlsx: Uint8Array, parts: Record<string, string>): Uint8Array => {
  const files = unzipSync(xlsx);
  for (const [name, text] of Object.entries(parts)) files[name] = new TextEncoder().encode(text);
  return zipSync(files);
};
